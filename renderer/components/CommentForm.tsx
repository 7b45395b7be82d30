import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, CommentVisibility } from '../../shared/contract';
import type { Commentable } from '../../shared/review';
import { attributeValue, focusItem } from '../commands/navigation';
import { useFocusTarget } from '../focusTargets';
import { useStore } from '../store/store';

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

/**
 * A new comment on one clause or measure. Internal unless the reviewer chooses External for
 * this very comment: an external comment goes to the counterparty in the exported document, so
 * the choice never outlives the comment it was made for. Render it keyed by its target, so a
 * draft and its choice stay with their clause and never reach another one.
 */
export function CommentForm({ target, text: itemText }: { readonly target: Commentable; readonly text: string }) {
  const { t } = useTranslation();
  const addComment = useStore((state) => state.addComment);
  const requireAuthor = useStore((state) => state.requireAuthor);
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<CommentVisibility>('internal');
  const [anchor, setAnchor] = useState<Comment['anchor'] | undefined>(undefined);
  const ids = { text: useId(), visibility: useId() };
  const field = useRef<HTMLTextAreaElement>(null);
  useFocusTarget('comment-field', field);

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    requireAuthor(() => {
      addComment(target, body, visibility, anchor);
      setText('');
      setVisibility('internal');
      setAnchor(undefined);
      // Back to reading: the clause (or measure) now shows the comment's count.
      focusItem(target);
    });
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={ids.text}>{t('notes.add')}</label>
      <textarea
        ref={field}
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
        <button type="button" className="link" onMouseDown={(event) => event.preventDefault()} onClick={() => setAnchor(selectedAnchor(target.id, itemText))}>
          {t('notes.useSelection')}
        </button>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          {t('notes.add')}
        </button>
      </div>
    </form>
  );
}
