import { useTranslation } from 'react-i18next';
import { citationText, citeClause } from '../../shared/contract';
import { decisionsFor } from '../../shared/review';
import { useStore } from '../store/store';
import { currentAnnex, currentClause, currentSection } from '../store/selectors';
import { CommentForm } from './CommentForm';
import { CommentThread } from './CommentThread';
import { DecisionRecord } from './DecisionRecord';

/** Comments on the selected clause or measure, a form for a new one, and its decision record. */
export function NotesPanel() {
  const { t } = useTranslation();
  const section = useStore(currentSection);
  const clause = useStore(currentClause);
  const annex = useStore(currentAnnex);
  const tom = useStore((state) => (annex?.isTomAnnex ? (state.review?.contract.toms.find((candidate) => candidate.id === state.tomId) ?? null) : null));
  const review = useStore((state) => state.review!);

  const item = clause ?? tom;
  if (!item) return <p className="muted">{t('notes.nothingSelected')}</p>;
  const target = { kind: clause ? ('clause' as const) : ('tom' as const), id: item.id };
  const reference = clause && section ? citationText(citeClause(section, clause), t) : (tom?.category.title ?? '');

  return (
    <section className="notes" aria-label={t('notes.on', { ref: reference })}>
      <h3 className="panel-subtitle">{t('notes.on', { ref: reference })}</h3>
      <h4>{t('notes.comments')}</h4>
      {(item.comments ?? []).length === 0 && <p className="muted">{t('notes.noComments')}</p>}
      {(item.comments ?? []).map((comment) => (
        <CommentThread key={comment.id} target={target} comment={comment} />
      ))}
      <CommentForm key={`${target.kind}:${target.id}`} target={target} text={item.text} />
      <DecisionRecord decisions={decisionsFor(review, target)} />
    </section>
  );
}
