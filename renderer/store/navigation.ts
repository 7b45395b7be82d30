/** Bringing a clause, a measure, a party or the date into view, wherever it is. */
import { findClause } from '../../shared/review/items';
import type { Target } from '../../shared/review/items';
import { tomAnnexOf } from './selectors';
import { useStore } from './store';

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

/** After React has drawn the target: scroll to a change and focus it, so its author and time show. */
export function focusChange(id: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`.reader [data-change-id="${attributeValue(id)}"]`);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus({ preventScroll: true });
  });
}

/** A value for a quoted attribute selector. */
export function attributeValue(value: string): string {
  return value.replace(/["\\]/gu, '\\$&');
}
