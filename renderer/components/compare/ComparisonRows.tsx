import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { citationText } from '../../../shared/contract';
import { describeWhere, type OtherChange, type SectionComparison, type ComparisonRow } from '../../../shared/compare';
import type { ComparisonLayout } from '../../store/compareSlice';
import { VirtualRows, type VirtualRowsControl } from '../VirtualRows';
import { ClauseBody } from './ClauseRow';
import { DiffText } from './DiffText';
import { ComparisonStatusBadge } from './ComparisonStatusBadge';
import { TomBody } from './TomRow';

interface RowsProps {
  readonly rows: readonly ComparisonRow[];
  readonly layout: ComparisonLayout;
  readonly current: string | null;
  readonly names: { readonly old: string; readonly new: string };
  readonly onExpand: (key: string) => void;
  /** Brings the row with this key into view (a moved clause's note links to where it stands now). */
  readonly onShow: (key: string) => void;
  /** Filled, for a long comparison whose rows are rendered only near the screen, with what brings one into view. */
  readonly control?: { current: VirtualRowsControl | null };
}

/**
 * Comparisons with more rows than this render only the rows near the screen: two versions
 * of a 1000-clause contract make over a thousand rows of marked-up text, which took a second
 * to lay out. Shorter ones render whole (find in page, print).
 */
export const VIRTUAL_ROWS_FROM = 200;

/** Characters a line of text holds, inline and in one column side by side. */
const LINE = { inline: 80, split: 40 } as const;

function textLength(row: ComparisonRow): number {
  switch (row.kind) {
    case 'clause':
      return row.entry.segments.reduce((sum, segment) => sum + segment.text.length, 0);
    case 'measure':
      return (row.entry.new ?? row.entry.old)!.text.length;
    case 'other':
      return row.change.segments.reduce((sum, segment) => sum + segment.text.length, 0);
    default:
      return 0;
  }
}

/** A row's height before it is measured: its place line and its text's lines. */
function estimateFor(split: boolean): (row: ComparisonRow) => number {
  return (row) => {
    if (row.kind === 'heading' || row.kind === 'section') return 48;
    if (row.kind === 'unchanged' || row.kind === 'moved-away') return 40;
    return 56 + 26 * Math.ceil(textLength(row) / (split ? LINE.split : LINE.inline));
  };
}
const ESTIMATES = { inline: estimateFor(false), split: estimateFor(true) } as const;

function SectionTitle({ section, side }: { readonly section: SectionComparison; readonly side: 'both' | 'old' | 'new' }) {
  const { t } = useTranslation();
  const shown = side === 'old' ? section.old : side === 'new' ? section.new : (section.new ?? section.old);
  if (!shown) return null;
  const label = shown.label;
  return (
    <h3 className={`compare-section${section.old ? '' : ' section-added'}${section.new ? '' : ' section-removed'}`}>
      {label && <span className="compare-section-number">{label} </span>}
      {section.titleSegments ? <DiffText segments={section.titleSegments} side={side} blocks={false} /> : shown.title}
      {side !== 'old' && !section.old && <span className="compare-badge compare-badge-added">{t('compare.addedSection')}</span>}
      {side !== 'new' && !section.new && <span className="compare-badge compare-badge-removed">{t('compare.removedSection')}</span>}
    </h3>
  );
}

function OtherBody({ change, side }: { readonly change: OtherChange; readonly side: 'both' | 'old' | 'new' }) {
  const { t } = useTranslation();
  return (
    <div className="other-change">
      <p className="compare-place">
        <ComparisonStatusBadge status={change.status} /> {describeWhere(change.where, t)}
      </p>
      <p className="other-text">
        <DiffText segments={change.segments} side={side} blocks={false} />
      </p>
    </div>
  );
}

/**
 * The rows of a comparison, inline (one column, deletions and insertions in the text) or
 * side by side (old left, new right, each row aligned with its counterpart, so both sides
 * scroll together by construction).
 */
export function ComparisonRows({ rows, layout, current, names, onExpand, onShow, control }: RowsProps) {
  const { t } = useTranslation();
  const split = layout === 'side-by-side';

  const cells = (left: ReactNode, right: ReactNode, both: ReactNode) =>
    split ? (
      <>
        <div className="compare-cell compare-old">{left}</div>
        <div className="compare-cell compare-new">{right}</div>
      </>
    ) : (
      <div className="compare-cell">{both}</div>
    );

  const row = (item: ComparisonRow): ReactNode => {
    switch (item.kind) {
      case 'heading':
        return <h2 className="compare-heading">{t(`compare.${item.heading}Heading`)}</h2>;
      case 'section':
        return cells(<SectionTitle section={item.section} side="old" />, <SectionTitle section={item.section} side="new" />, <SectionTitle section={item.section} side="both" />);
      case 'clause':
        return cells(<ClauseBody entry={item.entry} side="old" />, <ClauseBody entry={item.entry} side="new" />, <ClauseBody entry={item.entry} side="both" />);
      case 'measure':
        return cells(<TomBody entry={item.entry} side="old" />, <TomBody entry={item.entry} side="new" />, <TomBody entry={item.entry} side="both" />);
      case 'moved-away': {
        const note = (
          <button type="button" className="link moved-away" onClick={() => onShow(item.key.slice('away:'.length))}>
            ↓ {t('compare.movedFrom', { from: citationText(item.entry.old!.number, t), to: citationText(item.entry.new!.number, t) })}
          </button>
        );
        return cells(note, null, note);
      }
      case 'unchanged': {
        const count = item.clauses.length + item.measures.length;
        return (
          <div className="compare-cell compare-fold">
            <span className="muted">{t(item.clauses.length > 0 ? 'compare.unchangedRun' : 'compare.unchangedMeasures', { count })}</span>{' '}
            <button type="button" className="small" onClick={() => onExpand(item.key)}>
              {t('compare.showRun')}
            </button>
          </div>
        );
      }
      case 'other':
        return cells(<OtherBody change={item.change} side="old" />, <OtherBody change={item.change} side="new" />, <OtherBody change={item.change} side="both" />);
    }
  };

  const element = (item: ComparisonRow) => (
    <div
      key={item.key}
      className={`compare-row compare-row-${item.kind}${'change' in item && item.change ? ' is-change' : ''}${item.kind === 'other' ? ' is-change' : ''}`}
      data-row-key={item.key}
      aria-current={item.key === current ? 'true' : undefined}
      tabIndex={-1}
    >
      {row(item)}
    </div>
  );

  return (
    <div className={`compare-rows ${split ? 'side-by-side' : 'inline'}`}>
      {split && (
        <div className="compare-columns" aria-hidden="true">
          <div>{t('compare.oldSide', { name: names.old })}</div>
          <div>{t('compare.newSide', { name: names.new })}</div>
        </div>
      )}
      {rows.length > VIRTUAL_ROWS_FROM ? (
        <VirtualRows rows={rows} estimate={split ? ESTIMATES.split : ESTIMATES.inline} control={control}>
          {element}
        </VirtualRows>
      ) : (
        rows.map(element)
      )}
    </div>
  );
}
