/** Bringing a clause, a measure, a party or the date into view, wherever it is. */
import { findClause, findTom, neighbourOf, type Target } from '../../shared/contract';
import { tomAnnexOf } from '../store/selectors';
import { requestFocus } from '../focus';
import { focusTarget, focusTargetItem } from '../focusTargets';
import { useStore } from '../store/store';

export function goTo(target: Target): void {
  const state = useStore.getState();
  const contract = state.review?.contract;
  if (!contract) return;
  if (target.kind === 'clause') {
    const found = findClause(contract, target.id);
    if (!found) return;
    state.showView({ kind: 'section', sectionId: found.section.id });
    useStore.getState().selectClause(target.id);
  } else if (target.kind === 'tom') {
    const annex = tomAnnexOf(contract);
    if (!annex) return;
    state.showView({ kind: 'annex', annexId: annex.id });
    useStore.getState().selectTom(target.id);
  } else {
    state.showView({ kind: 'parties' });
  }
}

/**
 * Deletes a clause or measure as a tracked change. Its Delete button had the focus and is gone
 * with the deletion: the item, now struck through, takes it; where the delete removed it
 * outright (an insertion not yet accepted), the one after it (else before it), selected.
 */
export function deleteItemAndFocus(target: Target & { readonly kind: 'clause' | 'tom' }): void {
  const state = useStore.getState();
  const neighbour = neighbourOf(state.review!.contract, target);
  state.deleteItem(target);
  const contract = useStore.getState().review!.contract;
  const next = (target.kind === 'clause' ? findClause(contract, target.id) : findTom(contract, target.id)) ? target : neighbour;
  if (!next) return;
  if (next !== target) (next.kind === 'clause' ? state.selectClause : state.selectTom)(next.id);
  focusItem(next);
}

/** From the checklist or the obligations list: a clause in the contract view, focused. */
export function showClause(sectionId: string, clauseId: string): void {
  useStore.getState().goToClause(sectionId, clauseId);
  focusItem({ kind: 'clause', id: clauseId });
}

/** From the checklist: an annex in the contract view, the focus in the reader. */
export function showAnnex(annexId: string): void {
  useStore.getState().goToAnnex(annexId);
  requestFocus(() => focusTarget('reader'));
}

/**
 * Runs `action` on the element `find` returns once React has drawn it: the store has just
 * changed, and the element may appear a frame or two later.
 */
export function whenRendered(find: () => HTMLElement | null, action: (element: HTMLElement) => void, frames = 10): void {
  requestAnimationFrame(() => {
    const element = find();
    if (element) action(element);
    else if (frames > 0) whenRendered(find, action, frames - 1);
  });
}

/** The element of a clause or measure in the reader, once drawn; null for a party or the date, which have no item there. */
function itemIn(target: Target): HTMLElement | null {
  return target.kind === 'clause' || target.kind === 'tom' ? focusTargetItem('reader', { kind: target.kind, id: target.id }) : null;
}

/** Once React has drawn it: scroll to a clause or measure and focus it. */
export function focusItem(target: Target): void {
  if (target.kind === 'clause' || target.kind === 'tom') requestFocus(() => itemIn(target));
}

/**
 * Once React has drawn the target: scroll to a change and focus it, so its author and time
 * show; where the markup view hides it (an insertion under *Original*), its clause instead.
 */
export function focusChange(id: string, target?: Target): void {
  requestFocus(() => focusTargetItem('reader', { kind: 'change', id }) ?? (target ? itemIn(target) : null), 'center');
}

/** A value for a quoted attribute selector. */
export function attributeValue(value: string): string {
  return value.replace(/["\\]/gu, '\\$&');
}
