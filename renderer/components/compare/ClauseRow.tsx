import { useTranslation } from 'react-i18next';
import type { ClauseComparison } from '../../../shared/compare';
import { citationText, sameCitation, type Translate } from '../../../shared/contract';
import { ComparisonComments } from './ComparisonComments';
import { DiffText, type DiffSide } from './DiffText';
import { ComparisonStatusBadge } from './ComparisonStatusBadge';

/** Where a clause stands: `9.1 → 10.1` when renumbered, one number where it stands on one side only. */
export function clausePlace(entry: ClauseComparison, t: Translate): string {
  if (entry.old && entry.new && !sameCitation(entry.old.number, entry.new.number)) return `${citationText(entry.old.number, t)} → ${citationText(entry.new.number, t)}`;
  return citationText((entry.new ?? entry.old)!.number, t);
}

/** One clause of a comparison, whole (inline) or as one side shows it (side by side). */
export function ClauseBody({ entry, side }: { readonly entry: ClauseComparison; readonly side: DiffSide }) {
  const { t } = useTranslation();
  const shown = side === 'old' ? entry.old : side === 'new' ? entry.new : (entry.new ?? entry.old);
  if (!shown) return null;
  const moved = entry.status === 'moved' ? t(entry.textChanged ? 'compare.movedAndChanged' : 'compare.movedFrom', { from: citationText(entry.old!.number, t), to: citationText(entry.new!.number, t) }) : null;
  return (
    <div className="clause-change">
      <p className="compare-place">
        {(side === 'both' || entry.status !== 'unchanged') && <ComparisonStatusBadge status={entry.status} />}{' '}
        <span className="compare-number">{side === 'both' ? clausePlace(entry, t) : citationText(shown.number, t)}</span>
        {moved && <span className="compare-note"> · {moved}</span>}
      </p>
      {entry.headingChanged && <p className="cue-change">{t('compare.headingChanged', { from: entry.old?.heading ?? '', to: entry.new?.heading ?? '' })}</p>}
      {!entry.headingChanged && shown.heading && <h4 className="clause-heading">{shown.heading}</h4>}
      <DiffText segments={entry.segments} side={side} />
      {side !== 'old' && <ComparisonComments comments={entry.comments} />}
    </div>
  );
}
