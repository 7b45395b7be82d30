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

/**
 * Runs `action` on the element `selector` finds once React has drawn it: the store has just
 * changed, and the element may appear a frame or two later.
 */
export function whenRendered(selector: string, action: (element: HTMLElement) => void, frames = 10): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) action(element);
    else if (frames > 0) whenRendered(selector, action, frames - 1);
  });
}

/** The element of a clause or measure in the reader. */
function itemSelector(target: Target): string | null {
  if (target.kind === 'clause') return `.reader [data-clause-id="${attributeValue(target.id)}"]`;
  if (target.kind === 'tom') return `.reader [data-tom-id="${attributeValue(target.id)}"]`;
  return null;
}

/** After React has drawn it: scroll to a clause or measure and focus it. */
export function focusItem(target: Target): void {
  const selector = itemSelector(target);
  if (!selector) return;
  whenRendered(selector, (element) => {
    element.scrollIntoView?.({ block: 'nearest' });
    if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
    element.focus({ preventScroll: true });
  });
}

/**
 * After React has drawn the target: scroll to a change and focus it, so its author and time
 * show; where the markup view hides it (an insertion under *Original*), its clause instead.
 */
export function focusChange(id: string, target?: Target): void {
  const selector = `.reader [data-change-id="${attributeValue(id)}"]`;
  const fallback = target ? itemSelector(target) : null;
  whenRendered(fallback ? `${selector}, ${fallback}` : selector, () => {
    const element = document.querySelector<HTMLElement>(selector) ?? (fallback ? document.querySelector<HTMLElement>(fallback) : null);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus({ preventScroll: true });
  });
}

/** A value for a quoted attribute selector. */
export function attributeValue(value: string): string {
  return value.replace(/["\\]/gu, '\\$&');
}
