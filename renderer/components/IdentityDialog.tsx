import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHOR_PALETTE, AuthorSchema } from '../../shared/review';
import { host } from '../host';
import { useStore } from '../store/store';
import { Modal } from './Modal';

function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .join('')
    .slice(0, 3);
}

/** Asks once who is reviewing; the answer signs every change and is kept in preferences. */
export function IdentityDialog() {
  const { t } = useTranslation();
  const current = useStore((state) => state.author);
  const setAuthor = useStore((state) => state.setAuthor);
  const resolveIdentity = useStore((state) => state.resolveIdentity);
  const [name, setName] = useState(current?.name ?? '');
  const [initials, setInitials] = useState(current?.initials ?? '');
  const [color, setColor] = useState(current?.color ?? AUTHOR_PALETTE[0].color);
  const ids = { name: useId(), initials: useId(), explain: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AuthorSchema.safeParse({ name, initials: initials || initialsOf(name), color });
    if (!parsed.success) return;
    await host().setPreferences({ author: parsed.data });
    setAuthor(parsed.data);
    resolveIdentity(true);
  };

  return (
    <Modal title={t('identity.title')} onClose={() => resolveIdentity(false)}>
      <form onSubmit={(event) => void submit(event)} className="form" aria-describedby={ids.explain}>
        <p id={ids.explain} className="muted">
          {t('identity.explain')}
        </p>
        <label htmlFor={ids.name}>{t('identity.name')}</label>
        <input id={ids.name} value={name} required maxLength={120} autoComplete="name" onChange={(event) => setName(event.target.value)} />
        <label htmlFor={ids.initials}>{t('identity.initials')}</label>
        <input id={ids.initials} value={initials} maxLength={4} placeholder={initialsOf(name)} onChange={(event) => setInitials(event.target.value)} />
        <fieldset className="color-choice">
          <legend>{t('identity.color')}</legend>
          {AUTHOR_PALETTE.map((option) => (
            <label key={option.color} className="swatch" data-color={option.color} title={t(`identity.colors.${option.name}`)}>
              <input type="radio" name="color" value={option.color} checked={color === option.color} onChange={() => setColor(option.color)} aria-label={t(`identity.colors.${option.name}`)} />
              <span className="swatch-dot" style={{ '--swatch': option.color } as CSSProperties} />
            </label>
          ))}
        </fieldset>
        <div className="form-buttons">
          <button type="button" onClick={() => resolveIdentity(false)}>
            {t('identity.later')}
          </button>
          <button type="submit" className="primary" disabled={name.trim() === ''}>
            {t('identity.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
