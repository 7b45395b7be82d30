/**
 * What the Review and View menus and their keys do in the open review: move through the
 * changes, accept or reject the current one, comment on or edit the selected clause, set its
 * status, switch views and panes. Each one leaves the focus where the reviewer's hands
 * continue: on the change, in the reason field, in the comment field, in the editor.
 */
import { findClause, findTom, type ReviewStatus, type Target } from '../../shared/contract';
import { currentOrNextChange, filterChanges, listChanges, stepChange, type ChangeEntry, type ChangeAction } from '../../shared/redline';
import type { WorkspaceMode } from '../store/assessmentSlice';
import { focusOn, requestFocus, selectedIn } from '../focus';
import { focusTarget, focusTargetItem, focusTargets } from '../focusTargets';
import { focusChange, focusItem, goTo, whenRendered } from './navigation';
import { currentClause } from '../store/selectors';
import { useStore, type AppState } from '../store/store';

/** Whether the review itself is on screen (no comparison, no read-only version, no report). */
export function reviewShowing(state: AppState): boolean {
  const versionShowing = state.review?.versions.some((version) => version.id === state.versionView) ?? false;
  return state.review !== null && state.comparison === null && !versionShowing && !state.reportOpen;
}

/** The clause or measure the reader has selected, if any. */
export function selectedTarget(state: AppState): { readonly kind: 'clause' | 'tom'; readonly id: string } | null {
  if (state.view.kind === 'section') {
    const clause = currentClause(state);
    return clause ? { kind: 'clause', id: clause.id } : null;
  }
  if (state.view.kind === 'annex' && state.tomId && state.review?.contract.toms.some((tom) => tom.id === state.tomId)) return { kind: 'tom', id: state.tomId };
  return null;
}

function shownChanges(state: AppState): ChangeEntry[] {
  return filterChanges(listChanges(state.review!.contract), state.changeFilter);
}

/** Makes a change the current one and shows it in the text, focused so its author and time show. */
export function showChange(entry: ChangeEntry): void {
  const state = useStore.getState();
  state.setMode('contract');
  state.setCurrentChange(entry.id);
  goTo(entry.target);
  focusChange(entry.id, entry.target);
}

/** Next (1) or previous (-1) change: in a comparison its differences, in the review its tracked changes. */
export function stepChanges(by: 1 | -1): boolean {
  const state = useStore.getState();
  if (state.comparison) {
    state.requestCompareStep(by);
    return true;
  }
  if (!reviewShowing(state)) return false;
  const next = stepChange(shownChanges(state), state.currentChangeId, by, state.review!.contract, selectedTarget(state));
  if (next) showChange(next);
  else state.setRightTab('changes');
  return true;
}

/** Accept or reject the current change (or the next one from the selection): the change list asks for a reason, Enter confirms. */
export function decideCurrentChange(action: ChangeAction): boolean {
  const state = useStore.getState();
  if (!reviewShowing(state)) return false;
  const entry = currentOrNextChange(shownChanges(state), state.currentChangeId, state.review!.contract, selectedTarget(state));
  state.setMode('contract');
  state.setRightTab('changes');
  if (!entry) return true;
  state.requireAuthor(() => {
    const now = useStore.getState();
    now.setCurrentChange(entry.id);
    goTo(entry.target);
    now.setRightTab('changes');
    now.askDecision({ ids: [entry.id], action });
    // The reason field takes the focus (RationaleForm); the change stays in view beside it.
    whenRendered(() => focusTargetItem('reader', { kind: 'change', id: entry.id }), (element) => element.scrollIntoView?.({ block: 'center' }));
  });
  return true;
}

/**
 * After changes were decided: the next pending change after the first of them becomes the
 * current one and takes the focus, as Word's "Accept and move to next"; where none is left,
 * the decided clause or measure takes it, shown in the reader, or where the decision removed
 * it (an insertion rejected, a deletion accepted), `neighbour`, the one that was beside it.
 */
export function afterDecision(decided: ChangeEntry, neighbour: Target | null): void {
  const state = useStore.getState();
  const contract = state.review!.contract;
  const next = currentOrNextChange(shownChanges(state), null, contract, decided.target);
  if (next) return showChange(next);
  state.setCurrentChange(null);
  const { target } = decided;
  const there = target.kind === 'clause' ? findClause(contract, target.id) : target.kind === 'tom' ? findTom(contract, target.id) : true;
  const shown = there ? target : neighbour;
  if (!shown) return;
  goTo(shown);
  focusItem(shown);
}

/** Opens the comment field for the selected clause or measure. */
export function commentOnSelection(): boolean {
  const state = useStore.getState();
  if (!reviewShowing(state)) return false;
  state.setMode('contract');
  state.setRightTab('notes');
  requestFocus(() => focusTarget('comment-field'));
  return true;
}

/** Edits the selected clause or measure in place. */
export function editSelection(): boolean {
  const state = useStore.getState();
  if (!reviewShowing(state)) return false;
  const target = selectedTarget(state);
  state.setMode('contract');
  if (!target) return true;
  const contract = state.review!.contract;
  const item = target.kind === 'clause' ? currentClause(state) : contract.toms.find((tom) => tom.id === target.id);
  if (!item || item.change?.kind === 'delete') return true;
  state.requireAuthor(() => useStore.getState().startEditing(target));
  return true;
}

export function setSelectionStatus(status: ReviewStatus): boolean {
  const state = useStore.getState();
  if (!reviewShowing(state)) return false;
  const target = selectedTarget(state);
  if (!target || state.mode !== 'contract') return true;
  state.requireAuthor(() => useStore.getState().setStatus(target, status));
  return true;
}

/** Contract, matrix or checklist; the focus goes into the view shown. */
export function showMode(mode: WorkspaceMode): boolean {
  const state = useStore.getState();
  if (!reviewShowing(state)) return false;
  state.setMode(mode);
  if (mode === 'contract') {
    const target = selectedTarget(state);
    if (target) focusItem(target);
    else requestFocus(() => focusTarget('reader'));
  } else requestFocus(() => focusTarget('analysis'));
  return true;
}

/** F6 and Shift+F6: the focus moves between the panes (outline, contract, side pane), to the selected item in each. */
export function focusPane(by: 1 | -1): boolean {
  const panes = focusTargets('pane');
  if (panes.length === 0) return false;
  const index = panes.findIndex((pane) => pane.contains(document.activeElement));
  const pane = panes[index < 0 ? (by > 0 ? 0 : panes.length - 1) : (index + by + panes.length) % panes.length]!;
  focusOn(selectedIn(pane));
  return true;
}
