import { useTranslation } from 'react-i18next';
import type { CommentComparison } from '../../../shared/compare';
import type { CommentReply } from '../../../shared/contract';
import { useDateFormat } from '../markup/useDateFormat';

/**
 * The comments and replies the new side has and the old one lacks (their answer's, in
 * round two), beside the words they marked: who wrote them, when, on which words, and
 * whether the thread is resolved. Read only: adopting brings them into the review.
 */
export function ComparisonComments({ comments }: { readonly comments: readonly CommentComparison[] | undefined }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (!comments || comments.length === 0) return null;
  const meta = (item: { readonly author: string; readonly date: string }) => (
    <p className="comment-meta">
      <strong>{item.author}</strong>
      {item.date && (
        <>
          {' '}
          · <time dateTime={item.date}>{formatDate(item.date)}</time>
        </>
      )}
    </p>
  );
  const reply = (item: CommentReply) => (
    <li key={item.id}>
      {meta(item)}
      <p className="comment-text">{item.text}</p>
    </li>
  );
  return (
    <div className="compare-comments">
      {comments.map(({ comment, added, replies }) => (
        <article key={comment.id} className={`comment comment-${comment.visibility}${comment.resolved ? ' comment-resolved' : ''}`} aria-label={`${comment.author}: ${comment.text}`}>
          <div className="comment-badges">
            <span className="badge badge-new-comment">{added ? t('compare.newComment') : t('compare.newReplies', { count: replies.length })}</span>
            {comment.resolved && <span className="badge badge-resolved">✓ {t('notes.resolved')}</span>}
          </div>
          {meta(comment)}
          {comment.anchor && <blockquote className="comment-quote">{t('notes.onWords', { quote: comment.anchor.quote })}</blockquote>}
          <p className="comment-text">{comment.text}</p>
          {(added ? comment.replies : replies).length > 0 && <ol className="replies">{(added ? comment.replies : replies).map(reply)}</ol>}
        </article>
      ))}
    </div>
  );
}
