import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, CommentVisibility } from '../../shared/contract/model';
import { citationText, citeClause } from '../../shared/contract/reference';
import { decisionsFor } from '../../shared/review/operations';
import { attributeValue, focusItem } from '../store/navigation';
import { useStore } from '../store/store';
import { currentAnnex, currentClause, currentSection } from '../store/selectors';
import { CommentThread } from './CommentThread';
import { DecisionRecord } from './DecisionRecord';

/** The words selected inside the reader's current clause, as a comment anchor. */
function selectedAnchor(clauseId: string, text: string): Comment['anchor'] | undefined {
  const selection = window.getSelection?.();
  const quote = selection?.toString().trim() ?? '';
  if (!selection || quote === '' || selection.rangeCount === 0) return undefined;
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element?.closest(`[data-clause-id="${attributeValue(clauseId)}"], [data-tom-id="${attributeValue(clauseId)}"]`)) return undefined;
  const start = text.indexOf(quote);
  return start < 0 ? undefined : { start, end: start + quote.length, quote };
}

/** Comments on the selected clause or measure, a form for a new one, and its decision record. */
export function NotesPanel() {
  const { t } = useTranslation();
  const section = useStore(currentSection);
  const clause = useStore(currentClause);
  const annex = useStore(currentAnnex);
  const tom = useStore((state) => (annex?.isTomAnnex ? (state.review?.contract.toms.find((candidate) => candidate.id === state.tomId) ?? null) : null));
  const review = useStore((state) => state.review!);
  const addComment = useStore((state) => state.addComment);
  const requireAuthor = useStore((state) => state.requireAuthor);
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<CommentVisibility>('internal');
  const [anchor, setAnchor] = useState<Comment['anchor'] | undefined>(undefined);
  const ids = { text: useId(), visibility: useId() };

  const item = clause ?? tom;
  if (!item) return <p className="muted">{t('notes.nothingSelected')}</p>;
  const target = { kind: clause ? ('clause' as const) : ('tom' as const), id: item.id };
  const reference = clause && section ? citationText(citeClause(section, clause), t) : (tom?.category.title ?? '');

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    requireAuthor(() => {
      addComment(target, body, visibility, anchor);
      setText('');
      setAnchor(undefined);
      // Back to reading: the clause (or measure) now shows the comment's count.
      focusItem(target);
    });
  };

  return (
    <section className="notes" aria-label={t('notes.on', { ref: reference })}>
      <h3 className="panel-subtitle">{t('notes.on', { ref: reference })}</h3>
      <h4>{t('notes.comments')}</h4>
      {(item.comments ?? []).length === 0 && <p className="muted">{t('notes.noComments')}</p>}
      {(item.comments ?? []).map((comment) => (
        <CommentThread key={comment.id} target={target} comment={comment} />
      ))}
      <form
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor={ids.text}>{t('notes.add')}</label>
        <textarea
          id={ids.text}
          placeholder={t('notes.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              focusItem(target);
            }
          }}
        />
        <fieldset className="visibility-choice">
          <legend>{t('notes.visibility')}</legend>
          {(['internal', 'external'] as const).map((option) => (
            <label key={option} className={`visibility-option badge-${option}`}>
              <input type="radio" name={ids.visibility} value={option} checked={visibility === option} onChange={() => setVisibility(option)} />
              {t(`notes.${option}`)}
            </label>
          ))}
        </fieldset>
        {anchor ? (
          <p className="comment-quote">
            {t('notes.onWords', { quote: anchor.quote })}{' '}
            <button type="button" className="link" onClick={() => setAnchor(undefined)}>
              ✗
            </button>
          </p>
        ) : (
          <button type="button" className="link" onMouseDown={(event) => event.preventDefault()} onClick={() => setAnchor(selectedAnchor(item.id, item.text))}>
            {t('notes.useSelection')}
          </button>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            {t('notes.add')}
          </button>
        </div>
      </form>
      <DecisionRecord decisions={decisionsFor(review, target)} />
    </section>
  );
}
