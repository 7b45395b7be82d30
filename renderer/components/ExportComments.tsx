import { useTranslation } from 'react-i18next';
import type { CommentsOfExport, ListedComment } from '../../shared/docx';
import { citationText } from '../../shared/contract';

function Listed({ comment }: { readonly comment: ListedComment }) {
  const { t } = useTranslation();
  const place = comment.place.kind === 'clause' ? citationText(comment.place.reference, t) : t('export.review.measure', { category: comment.place.category, excerpt: comment.place.excerpt });
  return (
    <li className="export-comment">
      <span className="export-comment-place">{place}</span>
      {comment.visibility === 'internal' && <span className="badge badge-internal">{t('notes.internalBadge')}</span>}{' '}
      <q>{comment.excerpt}</q>
      <span className="muted">
        {' '}
        — {comment.author}
        {comment.replies > 0 && `, ${t('export.review.replies', { count: comment.replies })}`}
      </span>
    </li>
  );
}

/**
 * The comments a redline sends, each with its clause, to look through before anything is
 * written; below them the internal notes that stay out, or a word that they go too.
 */
export function ExportComments({ comments, internalMark }: { readonly comments: CommentsOfExport; readonly internalMark: string }) {
  const { t } = useTranslation();
  const { leaving, staying } = comments;
  const staysOut = staying.filter((comment) => comment.visibility === 'internal');
  const internalGoing = leaving.filter((comment) => comment.visibility === 'internal').length;
  if (leaving.length + staysOut.length === 0) return null;
  return (
    <details className="export-comments">
      <summary>{leaving.length > 0 ? t('export.review.show', { count: leaving.length }) : t('export.review.none')}</summary>
      {leaving.length > 0 && (
        <>
          <h3>{t('export.review.leaving')}</h3>
          <ul>
            {leaving.map((comment, index) => (
              <Listed key={`${index}:${comment.id}`} comment={comment} />
            ))}
          </ul>
        </>
      )}
      {internalGoing > 0 && <p className="hint">{t('export.review.internalGoes', { count: internalGoing, mark: internalMark })}</p>}
      {staysOut.length > 0 && (
        <>
          <h3>{t('export.review.staying')}</h3>
          <ul>
            {staysOut.map((comment, index) => (
              <Listed key={`${index}:${comment.id}`} comment={comment} />
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
