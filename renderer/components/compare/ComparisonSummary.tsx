import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { commentCount, type Comparison, type ComparisonSummary as Summary, type ComparisonFilter } from '../../../shared/compare';
import { largest } from '../../../shared/lists';

const ORDER: readonly { readonly key: keyof Summary; readonly status: string }[] = [
  { key: 'responsibilityChanged', status: 'responsibility' },
  { key: 'changed', status: 'changed' },
  { key: 'added', status: 'added' },
  { key: 'removed', status: 'removed' },
  { key: 'moved', status: 'moved' },
  { key: 'unchanged', status: 'unchanged' },
];

const KINDS = ['changed', 'added', 'removed', 'moved'] as const;

interface SummaryProps {
  readonly comparison: Comparison;
  readonly onFilter: (filter: ComparisonFilter) => void;
  /** Goes to a section (by its index in the comparison). */
  readonly onSection: (index: number) => void;
}

/**
 * The counts of every kind of change (responsibility first, as the issue asks of a
 * customer's data protection officer), and a small chart: one bar per section, as high
 * as its changes are many, stacked by kind. A bar leads to its section.
 */
export const ComparisonSummary = memo(function ComparisonSummary({ comparison, onFilter, onSection }: SummaryProps) {
  const { t } = useTranslation();
  const totals = comparison.sections.map((section) => KINDS.reduce((sum, kind) => sum + section.counts[kind], 0));
  const most = Math.max(1, largest(totals));
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
      <figure className="section-chart">
        <figcaption className="muted">{t('compare.chart')}</figcaption>
        <ol>
          {comparison.sections.map((section, index) => {
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
    </section>
  );
});
