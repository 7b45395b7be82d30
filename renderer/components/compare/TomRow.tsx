import { useTranslation } from 'react-i18next';
import type { TomComparison, TomSide } from '../../../shared/compare';
import { PartyLabel } from '../ResponsibilityChip';
import { ComparisonComments } from './ComparisonComments';
import { DiffText, type DiffSide } from './DiffText';
import { ComparisonStatusBadge } from './ComparisonStatusBadge';

function place(side: TomSide): string {
  const category = [side.category.number, side.category.title].filter(Boolean).join(' ');
  return side.services.length > 0 ? `${category} · ${side.services.join(', ')}` : category;
}

/** One measure of a comparison: where it stands, who carries it on each side, and its words. */
export function TomBody({ entry, side }: { readonly entry: TomComparison; readonly side: DiffSide }) {
  const { t } = useTranslation();
  const shown = side === 'old' ? entry.old : side === 'new' ? entry.new : (entry.new ?? entry.old);
  if (!shown) return null;
  const both = side === 'both' && entry.old && entry.new;
  return (
    <div className="measure-change">
      <p className="compare-place">
        {side === 'both' && <ComparisonStatusBadge status={entry.kind} />} {place(shown)}
      </p>
      <p className="responsibility-change">
        {both && entry.responsibilityChange === 'party' ? (
          <>
            <PartyLabel party={entry.old!.party} /> <span aria-label={t('compare.partyChange', { from: t(`responsibility.${entry.old!.party}`), to: t(`responsibility.${entry.new!.party}`) })}>→</span> <PartyLabel party={entry.new!.party} />
          </>
        ) : (
          <PartyLabel party={shown.party} />
        )}
      </p>
      {entry.responsibilityChange === 'cue' && side === 'both' && (
        <p className="cue-change">{t('compare.cueChange', { from: entry.old!.cue ?? t('compare.noCue'), to: entry.new!.cue ?? t('compare.noCue') })}</p>
      )}
      {entry.placeChanged && side !== 'old' && entry.new && <p className="cue-change">{t('compare.placeChange', { place: place(entry.new) })}</p>}
      <div className="tom-text">
        <DiffText segments={entry.segments} side={side} blocks={false} />
      </div>
      {side !== 'old' && <ComparisonComments comments={entry.comments} />}
    </div>
  );
}
