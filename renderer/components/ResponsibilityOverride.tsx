import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Responsibility, ResponsibleParty, Target } from '../../shared/contract';
import { useStore } from '../store/store';
import { useDateFormat } from './markup/useDateFormat';
import { PartyLabel } from './ResponsibilityChip';
import { ReviewerNameField } from './ReviewerNameField';
import { useAuthor } from './useAuthor';

const PARTIES: readonly ResponsibleParty[] = ['provider', 'customer', 'shared', 'unstated'];

/**
 * The reviewer's hand on a responsibility: who set it, when and why, a way back to the
 * automatic reading, and a form to set it with a reason.
 */
export function ResponsibilityOverride({ target, responsibility }: { readonly target: Target<'clause' | 'tom'>; readonly responsibility: Responsibility }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const author = useAuthor();
  const overrideResponsibility = useStore((state) => state.overrideResponsibility);
  const resetResponsibility = useStore((state) => state.resetResponsibility);
  const saveAuthorName = useStore((state) => state.saveAuthorName);
  const [open, setOpen] = useState(false);
  const [party, setParty] = useState<ResponsibleParty>(responsibility.party);
  const [note, setNote] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const errorId = useId();
  const override = responsibility.override;

  const start = () => {
    setParty(responsibility.party);
    setNote('');
    setError(null);
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') return setError(t('override.needNote'));
    if (!author && name.trim() === '') return setError(t('override.needName'));
    if (!author) await saveAuthorName(name);
    overrideResponsibility(target, party, note.trim());
    setOpen(false);
  };

  const [askName, setAskName] = useState(false);
  const reset = async () => {
    if (!author && name.trim() === '') {
      setAskName(true);
      return setError(askName ? t('override.needName') : null);
    }
    if (!author) await saveAuthorName(name);
    setAskName(false);
    setError(null);
    resetResponsibility(target);
  };

  return (
    <div className="override">
      {override && (
        <div className="override-record">
          <p>
            <span className="reviewer-mark" aria-hidden="true">
              ✎
            </span>{' '}
            {t('override.by', { by: override.by, at: formatDate(override.at) })}: {override.note}
          </p>
          <p className="muted">
            {t('override.automatic', { party: t(`responsibility.${override.from}`) })}{' '}
            <button type="button" className="link" onClick={() => void reset()}>
              {t('override.reset')}
            </button>
          </p>
          {askName && !open && (
            <>
              <ReviewerNameField value={name} onChange={setName} />
              {error && (
                <p className="form-error" role="alert">
                  {error}
                </p>
              )}
            </>
          )}
        </div>
      )}
      {!open && (
        <button type="button" className="secondary" onClick={start}>
          {t('override.change')}
        </button>
      )}
      {open && (
        <form className="override-form" onSubmit={(event) => void submit(event)} aria-label={t('override.title')} noValidate>
          <fieldset className="party-choice">
            <legend>{t('override.party')}</legend>
            {PARTIES.map((candidate) => (
              <label key={candidate} className="party-option">
                <input type="radio" name="party" value={candidate} checked={party === candidate} onChange={() => setParty(candidate)} />
                <PartyLabel party={candidate} />
              </label>
            ))}
          </fieldset>
          <div className="form-row">
            <label htmlFor={noteId}>{t('override.note')}</label>
            <textarea
              id={noteId}
              value={note}
              rows={3}
              placeholder={t('override.notePlaceholder')}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={error !== null && note.trim() === ''}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          {author === null && <ReviewerNameField value={name} onChange={setName} />}
          {error && (
            <p id={errorId} className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('override.save')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('override.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
