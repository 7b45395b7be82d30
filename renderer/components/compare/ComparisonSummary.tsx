import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { commentCount, type Comparison, type ComparisonSummary as Summary, type ComparisonFilter } from '../../../shared/compare';
import { largest } from '../../../shared/lists';
import { useTasksAfter } from '../useNextTask';

const ORDER: readonly { readonly key: keyof Summary; readonly status: string }[] = [
  { key: 'responsibilityChanged', status: 'responsibility' },
  { key: 'changed', status: 'changed' },
  { key: 'added', status: 'added' },
  { key: 'removed', status: 'removed' },
  { key: 'moved', status: 'moved' },
  { key: 'unchanged', status: 'unchanged' },
];

const KINDS = ['changed', 'added', 'removed', 'moved'] as const;

/**
 * Bars of the chart drawn in one task. A 5000-clause contract has 700 sections, five elements
 * a bar: drawn with the comparison's first screen they were the larger part of its one long
 * task; so the chart comes after the rows, a slice of bars a task.
 */
export const BARS_PER_TASK = 100;

interface SummaryProps {
  readonly comparison: Comparison;
  readonly onFilter: (filter: ComparisonFilter) => void;
  /** Goes to a section (by its index in the comparison). */
  readonly onSection: (index: number) => void;
  /** Whether to draw the chart's bars yet (they grow a slice a task from then on). */
  readonly chart: boolean;
}

/**
 * The counts of every kind of change (responsibility first, as the issue asks of a
 * customer's data protection officer), and a small chart: one bar per section, as high
 * as its changes are many, stacked by kind. A bar leads to its section.
 */
export const ComparisonSummary = memo(function ComparisonSummary({ comparison, onFilter, onSection, chart }: SummaryProps) {
  const { t } = useTranslation();
  const comments = commentCount(comparison);
  return (
    <section className="compare-summary" aria-label={t('compare.summary')}>
      <ul className="compare-counts">
        {ORDER.map(({ key, status }) => (
          <li key={key}>
            {key === 'responsibilityChanged' && comparison.summary[key] > 0 ? (
              <button type="button" className={`compare-count compare-badge-${status}`} onClick={() => onFilter('responsibility')}>
                {t(`compare.counts.${status}`, { count: comparison.summary[key] })}
              </button>
            ) : (
              <span className={`compare-count compare-badge-${status}${comparison.summary[key] === 0 ? ' is-zero' : ''}`}>{t(`compare.counts.${status}`, { count: comparison.summary[key] })}</span>
            )}
          </li>
        ))}
        {comments > 0 && (
          <li>
            <span className="compare-count compare-badge-comments">{t('compare.counts.comments', { count: comments })}</span>
          </li>
        )}
      </ul>
      <SectionChart sections={comparison.sections} onSection={onSection} draw={chart} />
    </section>
  );
});

/** One bar per section, from when it may `draw` on `BARS_PER_TASK` a task; those of a new comparison (options changed) again so. */
function SectionChart({ sections, onSection, draw }: { readonly sections: Comparison['sections']; readonly onSection: (index: number) => void; readonly draw: boolean }) {
  const { t } = useTranslation();
  const slices = useTasksAfter(draw ? Math.ceil(sections.length / BARS_PER_TASK) - 1 : 0, sections);
  const drawn = draw ? Math.min(sections.length, (slices + 1) * BARS_PER_TASK) : 0;
  const totals = sections.map((section) => KINDS.reduce((sum, kind) => sum + section.counts[kind], 0));
  const most = Math.max(1, largest(totals));
  return (
    <figure className="section-chart">
      <figcaption className="muted">{t('compare.chart')}</figcaption>
      {/* As wide from the start as its bars will make it: bars to come do not move the rows (the chart wrapping below the counts). */}
      <ol aria-busy={drawn < sections.length || undefined} style={{ '--bars': sections.length } as CSSProperties}>
        {sections.slice(0, drawn).map((section, index) => {
          const side = section.new ?? section.old!;
          const name = [side.label, side.title].filter(Boolean).join(' ');
          const label = t('compare.chartRow', { section: name, count: totals[index]! });
          return (
            <li key={`${section.old?.id ?? ''}:${section.new?.id ?? ''}`}>
              <button type="button" className="chart-bar" title={label} aria-label={label} onClick={() => onSection(index)}>
                {KINDS.map((kind) =>
                  section.counts[kind] > 0 ? <span key={kind} className={`chart-part heat-${kind}`} style={{ '--share': section.counts[kind] / most } as CSSProperties} /> : null,
                )}
              </button>
              <span className="chart-label" aria-hidden="true">
                {side.number}
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
