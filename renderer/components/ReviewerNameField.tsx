import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks the reviewer's name the first time they record a decision; it is kept in the preferences. */
export function ReviewerNameField({ value, onChange }: { readonly value: string; readonly onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{t('override.name')}</label>
      <input id={id} type="text" value={value} autoComplete="name" onChange={(event) => onChange(event.target.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="muted form-hint">
        {t('override.nameHint')}
      </p>
    </div>
  );
}
