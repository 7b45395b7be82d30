import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { citationText } from '../../shared/contract';
import { articleCitation, describeChecklistReason, itemTitle, type ChecklistEntry, type ChecklistStatus } from '../../shared/checklist';
import { showAnnex, showClause } from '../commands/navigation';
import { useStore } from '../store/store';
import { ReviewerNameField } from './ReviewerNameField';
import { ChecklistStatusBadge } from './ChecklistStatusBadge';
import { useAuthor } from './useAuthor';
import { useVerdictText } from './useVerdictText';

const STATUSES: readonly ChecklistStatus[] = ['covered', 'weak', 'missing'];

/** Clauses shown before a "show all": a long framework agreement says some items in hundreds of places. */
const FIRST_TARGETS = 12;

/** One Art. 28 item: its status, the clauses that say it (each a link into the contract), the reason, the reviewer's verdict. */
export function ChecklistItemRow({ entry }: { readonly entry: ChecklistEntry }) {
  const { t } = useTranslation();
  const verdictText = useVerdictText();
  const translate = (key: string, params?: Readonly<Record<string, string | number>>) => t(key, params);
  const author = useAuthor();
  const setChecklistStatus = useStore((state) => state.setChecklistStatus);
  const clearChecklistStatus = useStore((state) => state.clearChecklistStatus);
  const saveAuthorName = useStore((state) => state.saveAuthorName);
  const [open, setOpen] = useState(false);
  const [allTargets, setAllTargets] = useState(false);
  const [status, setStatus] = useState<ChecklistStatus>(entry.effective);
  const [note, setNote] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const noteId = useId();
  const targets = [...new Map(entry.evidence.map((evidence) => [evidence.ref, evidence])).values()];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') return setError(t('checklist.needNote'));
    if (!author && name.trim() === '') return setError(t('override.needName'));
    if (!author) await saveAuthorName(name);
    setChecklistStatus(entry.id, status, note.trim());
    setOpen(false);
  };

  return (
    <li className={`checklist-item checklist-${entry.effective}`} aria-labelledby={titleId} data-item-id={entry.id}>
      <ChecklistStatusBadge status={entry.effective} />
      <div className="checklist-body">
        <h3 id={titleId} className="checklist-title">
          {itemTitle(entry.id, translate)} <span className="checklist-article">{articleCitation(entry.article, translate)}</span>
        </h3>
        <p className="checklist-reason">{describeChecklistReason(entry.reason, translate)}</p>
        {entry.override && (
          <div className="override-record">
            <p>
              <span className="reviewer-mark" aria-hidden="true">
                ✎
              </span>{' '}
              {verdictText(entry.override)}
            </p>
            <p className="muted">
              {t('checklist.automatic', { status: t(`checklist.status.${entry.status}`) })}{' '}
              <button type="button" className="link" onClick={() => clearChecklistStatus(entry.id)}>
                {t('checklist.reset')}
              </button>
            </p>
          </div>
        )}
        <div className="checklist-actions">
          <p className="checklist-clauses">
            <span className="muted">{t('checklist.clauses')}: </span>
            {targets.length === 0 && <span className="muted">{t('checklist.noClauses')}</span>}
            {(allTargets ? targets : targets.slice(0, FIRST_TARGETS)).map((evidence) => (
              <button
                key={evidence.ref}
                type="button"
                className="clause-link"
                aria-label={t('checklist.goTo', { ref: citationText(evidence.cite, translate) })}
                onClick={() => (evidence.target.kind === 'clause' ? showClause(evidence.target.sectionId, evidence.target.clauseId) : showAnnex(evidence.target.annexId))}
              >
                {citationText(evidence.cite, translate)}
              </button>
            ))}
            {!allTargets && targets.length > FIRST_TARGETS && (
              <button type="button" className="link" onClick={() => setAllTargets(true)}>
                {t('checklist.allClauses', { total: targets.length })}
              </button>
            )}
          </p>
          {!open && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setStatus(entry.effective);
                setNote('');
                setError(null);
                setOpen(true);
              }}
            >
              {t('checklist.setStatus')}
            </button>
          )}
        </div>
        {open && (
          <form className="override-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('checklist.setStatus')}>
            <fieldset className="party-choice">
              <legend>{t('checklist.statusLabel')}</legend>
              {STATUSES.map((candidate) => (
                <label key={candidate} className="party-option">
                  <input type="radio" name={`status-${entry.id}`} value={candidate} checked={status === candidate} onChange={() => setStatus(candidate)} />
                  <ChecklistStatusBadge status={candidate} />
                </label>
              ))}
            </fieldset>
            <div className="form-row">
              <label htmlFor={noteId}>{t('checklist.note')}</label>
              <textarea id={noteId} rows={2} value={note} placeholder={t('checklist.notePlaceholder')} onChange={(event) => setNote(event.target.value)} />
            </div>
            {author === null && <ReviewerNameField value={name} onChange={setName} />}
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" className="primary">
                {t('checklist.save')}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t('checklist.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </li>
  );
}
