import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { countChanges } from '../../shared/redline';
import { useFocusTarget } from '../focusTargets';
import { useStore } from '../store/store';
import { currentClause } from '../store/selectors';
import type { RightTab } from '../store/uiSlice';
import { ChangeList } from './ChangeList';
import { NotesPanel } from './NotesPanel';
import { TomPanel } from './TomPanel';
import { useNextTask } from './useNextTask';
import { useNumberFormat } from './useNumberFormat';

const TABS: readonly RightTab[] = ['measures', 'changes', 'notes'];

/** The right pane: the measures of the clause, the change list, or the notes on the selection. */
export function RightPane() {
  const { t } = useTranslation();
  const ready = useNextTask();
  const tab = useStore((state) => state.rightTab);
  // Measures, changes and notes are the whole contract's: none is shown from its first part.
  const receiving = useStore((state) => state.receiving);
  const pane = useRef<HTMLElement>(null);
  useFocusTarget('pane', pane);
  if (!ready || receiving) {
    return (
      <aside ref={pane} className="pane right-pane" aria-label={t(`review.tabs.${tab}`)} aria-busy="true">
        {receiving && (
          <p className="muted receiving" role="status">
            {t('workspace.receiving')}
          </p>
        )}
      </aside>
    );
  }
  return <RightPaneTabs />;
}

function RightPaneTabs() {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const tab = useStore((state) => state.rightTab);
  const setTab = useStore((state) => state.setRightTab);
  // Counted once per contract, not in a selector that every store update runs (a walk over every clause and measure).
  const contract = useStore((state) => state.review!.contract);
  const changes = useMemo(() => countChanges(contract), [contract]);
  const notes = useStore((state) => {
    const clause = currentClause(state);
    const tom = state.view.kind === 'annex' ? state.review?.contract.toms.find((candidate) => candidate.id === state.tomId) : undefined;
    return (clause ?? tom)?.comments?.length ?? 0;
  });
  const count: Record<RightTab, number | null> = { measures: null, changes, notes };
  const pane = useRef<HTMLElement>(null);
  useFocusTarget('pane', pane);

  return (
    <aside ref={pane} className="pane right-pane" aria-label={t(`review.tabs.${tab}`)}>
      <div className="tabs" role="tablist" aria-label={t('workspace.panes.toms')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            className="tab"
            onClick={() => setTab(name)}
          >
            {t(`review.tabs.${name}`)}
            {count[name] !== null && <span className="tab-count">{formatNumber(count[name])}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'measures' && <TomPanel />}
        {tab === 'changes' && <ChangeList />}
        {tab === 'notes' && <NotesPanel />}
      </div>
    </aside>
  );
}
