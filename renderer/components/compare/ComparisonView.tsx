import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commentCount, describeWhere, comparisonRows, isChange, type ComparisonFilter, type ComparisonRow } from '../../../shared/compare';
import { useKeyLabels } from '../../keyboard';
import { attributeValue, whenRendered } from '../../commands/navigation';
import { useStore } from '../../store/store';
import type { ComparisonLayout } from '../../store/compareSlice';
import { AdoptDialog } from './AdoptDialog';
import type { VirtualRowsControl } from '../VirtualRows';
import { ChecklistOfBothSides } from './ChecklistComparison';
import { clausePlace } from './ClauseRow';
import { ComparisonRows } from './ComparisonRows';
import { ComparisonSummary } from './ComparisonSummary';
import { HeatBar } from './HeatBar';
import { sideName } from './sideName';
import { useTasksAfter } from '../useNextTask';

const LAYOUTS: readonly ComparisonLayout[] = ['inline', 'side-by-side'];
const FILTERS: readonly ComparisonFilter[] = ['all', 'changes', 'responsibility'];
const STATUSES = ['responsibility', 'changed', 'added', 'removed', 'moved', 'unchanged'] as const;

/**
 * The view is drawn in stages, each in a task of its own: toolbar and counts (with the review's
 * panes taken down), then the rows on screen, then the heat bar (it measures where each change
 * lies), then the chart of sections. Drawn in one task, a 5000-clause comparison held the window
 * for 240 ms on a quiet machine.
 */
const STAGE = { rows: 1, heatBar: 2, chart: 3 } as const;

/**
 * A comparison on screen: what is compared with what, the summary and chart, the rows
 * inline or side by side with the heat bar beside them, next and previous change, the
 * filters, and adopting the comparison as tracked changes.
 */
export function ComparisonView() {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  const comparison = useStore((state) => state.comparison)!;
  const review = useStore((state) => state.review)!;
  const layout = useStore((state) => state.compareLayout);
  const filter = useStore((state) => state.compareFilter);
  const current = useStore((state) => state.compareCurrent);
  const expanded = useStore((state) => state.compareExpanded);
  const options = useStore((state) => state.compareOptions);
  const { setCompareLayout, setCompareFilter, expandRun, closeComparison, compare } = useStore.getState();
  const [adopting, setAdopting] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const filterId = useId();

  const names = { old: sideName(comparison.old, review, t), new: sideName(comparison.new, review, t) };
  const rows = useMemo(() => comparisonRows(comparison.result, filter, expanded), [comparison.result, filter, expanded]);
  const changes = useMemo(() => rows.filter(isChange), [rows]);
  const index = changes.findIndex((row) => row.key === current);
  const { summary } = comparison.result;
  const same = summary.unchanged === comparison.result.clauses.length + comparison.result.toms.length && comparison.result.other.length === 0 && commentCount(comparison.result) === 0;

  // A long comparison renders only the rows near the screen: `reveal` brings a row there first.
  const rowsControl = useRef<VirtualRowsControl | null>(null);
  /** Scrolls to the row with `key`, rendered or not, and runs `then` on it once it is drawn (a frame on: the rows may just have changed). */
  const bringIntoView = useCallback((key: string, block: 'center' | 'start', then?: (element: HTMLElement) => void) => {
    const selector = `.compare-scroll [data-row-key="${attributeValue(key)}"]`;
    const go = (element: HTMLElement) => {
      element.scrollIntoView?.({ block });
      then?.(element);
    };
    requestAnimationFrame(() => {
      const rendered = document.querySelector<HTMLElement>(selector);
      if (rendered) return go(rendered);
      rowsControl.current?.reveal(key, block);
      whenRendered(() => document.querySelector<HTMLElement>(selector), go);
    });
  }, []);
  const show = useCallback(
    (key: string) => {
      useStore.getState().setCompareCurrent(key);
      bringIntoView(key, 'center', (element) => element.focus({ preventScroll: true }));
    },
    [bringIntoView],
  );
  const step = useCallback(
    (by: number) => {
      if (changes.length === 0) return;
      const next = index < 0 ? (by > 0 ? 0 : changes.length - 1) : (index + by + changes.length) % changes.length;
      show(changes[next]!.key);
    },
    [changes, index, show],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    step(event.key === 'ArrowDown' ? 1 : -1);
  };
  // Next and previous change asked for from the menu, or by Alt+↑/↓ with the focus outside the comparison.
  const request = useStore((state) => state.compareStep);
  const handled = useRef(request?.serial ?? 0);
  useEffect(() => {
    if (!request || request.serial === handled.current) return;
    handled.current = request.serial;
    step(request.by);
  }, [request, step]);
  // Looked up once, not for each of a long comparison's thousand marks.
  const statusNames = useMemo(() => {
    const names: Record<string, string> = { ...Object.fromEntries(STATUSES.map((status) => [status, t(`compare.status.${status}`)])), newComment: t('compare.newComment') };
    return names;
  }, [t]);
  const labelOf = useCallback(
    (row: ComparisonRow) => {
      // A clause or measure that changed only by a comment on it is marked as that.
      const status = (kind: string, commented: boolean) => statusNames[kind === 'unchanged' && commented ? 'newComment' : kind]!;
      if (row.kind === 'clause') return t('compare.heatMark', { status: status(row.entry.status, row.entry.comments !== undefined), where: clausePlace(row.entry, t) });
      if (row.kind === 'measure') return t('compare.heatMark', { status: status(row.entry.kind, row.entry.comments !== undefined), where: (row.entry.new ?? row.entry.old)!.category.title });
      if (row.kind === 'other') return t('compare.heatMark', { status: statusNames[row.change.status]!, where: describeWhere(row.change.where, t) });
      return '';
    },
    [t, statusNames],
  );
  // Stable, so that the summary (a bar per section, each named) is not drawn again at every step.
  const showSection = useCallback(
    (sectionIndex: number) => {
      if (filter === 'responsibility') useStore.getState().setCompareFilter('all');
      const section = comparison.result.sections[sectionIndex]!;
      const key = `s:${section.old?.id ?? ''}:${section.new?.id ?? ''}`;
      bringIntoView(key, 'start');
    },
    [filter, comparison.result, bringIntoView],
  );
  const rerun = (patch: Partial<typeof options>) => void compare(comparison.old, comparison.new, { ...options, ...patch });
  const comparing = useStore((state) => state.comparing);
  const stage = useTasksAfter(STAGE.chart);

  return (
    <div className="comparison" onKeyDown={onKeyDown}>
      <div className="compare-toolbar" role="toolbar" aria-label={t('compare.title')}>
        <div className="compare-bar">
          <h2 className="compare-title">{t('compare.heading', names)}</h2>
          <div className="compare-nav">
            <button type="button" onClick={() => step(-1)} disabled={changes.length === 0} title={keys.shortcut('previousChange')}>
              ↑ {t('compare.previous')}
            </button>
            <span className="muted" aria-live="polite">
              {comparing ? t('compare.comparing') : index >= 0 ? t('compare.position', { index: index + 1, total: changes.length }) : t('compare.changes', { count: changes.length })}
            </span>
            <button type="button" onClick={() => step(1)} disabled={changes.length === 0} title={keys.shortcut('nextChange')}>
              ↓ {t('compare.next')}
            </button>
          </div>
          {comparison.old.kind === 'current' && (
            <button type="button" className="primary" onClick={() => setAdopting(true)} disabled={changes.length === 0}>
              {t('compare.adopt')}
            </button>
          )}
          <button type="button" onClick={closeComparison}>
            {t('compare.close')}
          </button>
        </div>
        <div className="compare-bar">
          <div className="segmented" role="group" aria-label={t('compare.view')}>
            {LAYOUTS.map((value) => (
              <button key={value} type="button" aria-pressed={layout === value} onClick={() => setCompareLayout(value)}>
                {t(`compare.views.${value === 'inline' ? 'inline' : 'sideBySide'}`)}
              </button>
            ))}
          </div>
          <label htmlFor={filterId} className="muted">
            {t('compare.show')}
          </label>
          <select id={filterId} value={filter} onChange={(event) => setCompareFilter(event.target.value as ComparisonFilter)}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`compare.filters.${value}`)}
              </option>
            ))}
          </select>
          <label className="check">
            <input type="checkbox" checked={options.ignoreCase} onChange={(event) => rerun({ ignoreCase: event.target.checked })} /> {t('compare.ignoreCase')}
          </label>
          <label className="check">
            <input type="checkbox" checked={options.ignorePunctuation} onChange={(event) => rerun({ ignorePunctuation: event.target.checked })} /> {t('compare.ignorePunctuation')}
          </label>
        </div>
      </div>
      <ComparisonSummary comparison={comparison.result} onFilter={setCompareFilter} onSection={showSection} chart={stage >= STAGE.chart} />
      <div className="compare-body">
        <div className="compare-scroll" ref={scroller} lang={review.contract.language} aria-busy={stage < STAGE.rows || undefined}>
          {same && <p className="compare-empty">{t('compare.noDifferences')}</p>}
          {stage < STAGE.rows ? null : !same && changes.length === 0 && filter !== 'all' ? (
            <p className="compare-empty muted">{t('compare.noMatch')}</p>
          ) : (
            <ComparisonRows rows={rows} layout={layout} current={current} names={names} onExpand={expandRun} onShow={show} control={rowsControl} />
          )}
          {stage >= STAGE.rows && filter === 'all' && (
            <ChecklistOfBothSides oldContract={comparison.oldContract} newContract={comparison.newContract} overrides={comparison.overrides} names={names} />
          )}
        </div>
        {stage >= STAGE.heatBar && <HeatBar rows={rows} scroller={scroller} labelOf={labelOf} onJump={show} current={current} rowsControl={rowsControl} />}
      </div>
      {adopting && <AdoptDialog onClose={() => setAdopting(false)} />}
    </div>
  );
}
