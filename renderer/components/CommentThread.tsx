import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../shared/contract';
import type { Commentable } from '../../shared/review';
import { requestFocus } from '../focus';
import { focusTarget } from '../focusTargets';
import { useStore } from '../store/store';
import { useDateFormat } from './markup/useDateFormat';

/**
 * After a comment or a reply is deleted, the focus (which was on its Delete button, gone
 * with it) goes to the one after it, else the one before, else to `holder`.
 */
function focusAfterDelete(item: Element | null, holder: () => HTMLElement | null): void {
  const same = (candidate: Element | null | undefined) => (candidate && candidate.tagName === item?.tagName ? (candidate as HTMLElement) : null);
  const neighbour = same(item?.nextElementSibling) ?? same(item?.previousElementSibling);
  requestFocus(() => (neighbour?.isConnected ? neighbour : holder()));
}

function Editable({ text, onSave, onCancel }: { text: string; onSave: (text: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(text);
  return (
    <form
      className="comment-edit"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
    >
      <textarea aria-label={t('notes.edit')} value={value} onChange={(event) => setValue(event.target.value)} autoFocus />
      <div className="form-buttons">
        <button type="button" className="small" onClick={onCancel}>
          {t('notes.cancel')}
        </button>
        <button type="submit" className="small primary">
          {t('notes.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * One comment with its replies. Internal notes (our side only) and external comments
 * (for the counterparty) look different at a glance: badge, border and icon.
 */
export function CommentThread({ target, comment }: { readonly target: Commentable; readonly comment: Comment }) {
  const { t } = useTranslation();
  const me = useStore((state) => state.author?.name ?? null);
  const requireAuthor = useStore((state) => state.requireAuthor);
  const reply = useStore((state) => state.reply);
  const editComment = useStore((state) => state.editComment);
  const deleteComment = useStore((state) => state.deleteComment);
  const setResolved = useStore((state) => state.setResolved);
  const formatDate = useDateFormat();
  const [editing, setEditing] = useState<string | null>(null);
  const [answer, setAnswer] = useState('');

  const meta = (author: string, date: string, editedAt?: string) => (
    <p className="comment-meta">
      <strong>{author}</strong> · <time dateTime={date}>{formatDate(date)}</time>
      {editedAt && <span className="muted"> · {t('notes.edited')}</span>}
    </p>
  );

  return (
    <article className={`comment comment-${comment.visibility}${comment.resolved ? ' comment-resolved' : ''}`} aria-label={`${comment.author}: ${comment.text}`}>
      <div className="comment-badges">
        <span className={`badge badge-${comment.visibility}`}>{comment.visibility === 'internal' ? t('notes.internalBadge') : t('notes.externalBadge')}</span>
        {comment.resolved && <span className="badge badge-resolved">✓ {t('notes.resolved')}</span>}
      </div>
      {meta(comment.author, comment.date, comment.editedAt)}
      {comment.anchor && <blockquote className="comment-quote">{t('notes.onWords', { quote: comment.anchor.quote })}</blockquote>}
      {editing === comment.id ? (
        <Editable
          text={comment.text}
          onSave={(text) => {
            editComment(target, comment.id, null, text);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      <div className="comment-actions">
        <button type="button" className="small" onClick={() => requireAuthor(() => setResolved(target, comment.id, !comment.resolved))}>
          {comment.resolved ? t('notes.reopen') : t('notes.resolve')}
        </button>
        {me === comment.author && (
          <>
            <button type="button" className="small" onClick={() => setEditing(comment.id)}>
              {t('notes.edit')}
            </button>
            <button
              type="button"
              className="small danger"
              onClick={(event) => {
                focusAfterDelete(event.currentTarget.closest('article'), () => focusTarget('comment-field'));
                deleteComment(target, comment.id, null);
              }}
            >
              {t('notes.delete')}
            </button>
          </>
        )}
      </div>
      {comment.replies.length > 0 && (
        <ol className="replies">
          {comment.replies.map((item) => (
            <li key={item.id}>
              {meta(item.author, item.date, item.editedAt)}
              {editing === item.id ? (
                <Editable
                  text={item.text}
                  onSave={(text) => {
                    editComment(target, comment.id, item.id, text);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <p className="comment-text">{item.text}</p>
              )}
              {me === item.author && editing !== item.id && (
                <div className="comment-actions">
                  <button type="button" className="small" onClick={() => setEditing(item.id)}>
                    {t('notes.edit')}
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    onClick={(event) => {
                      const thread = event.currentTarget.closest('article');
                      focusAfterDelete(event.currentTarget.closest('li'), () => thread);
                      deleteComment(target, comment.id, item.id);
                    }}
                  >
                    {t('notes.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <form
        className="reply-form"
        onSubmit={(event) => {
          event.preventDefault();
          const text = answer.trim();
          if (!text) return;
          requireAuthor(() => {
            reply(target, comment.id, text);
            setAnswer('');
          });
        }}
      >
        <input aria-label={t('notes.reply')} placeholder={t('notes.replyPlaceholder')} value={answer} onChange={(event) => setAnswer(event.target.value)} />
        <button type="submit" className="small" disabled={answer.trim() === ''}>
          {t('notes.reply')}
        </button>
      </form>
    </article>
  );
}
