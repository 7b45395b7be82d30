/**
 * The places commands send the focus to, by name. The component that draws a place registers
 * its element here, so a command (`renderer/commands/`) asks for the reader, the comment field
 * or the panes and never depends on a component's markup or class names.
 */
import { useLayoutEffect, type RefObject } from 'react';

export type FocusTargetName =
  /** The middle pane that shows the selected section or annex (or a saved version), with its clauses, measures and changes. */
  | 'reader'
  /** The main part of the matrix or checklist view. */
  | 'analysis'
  /** The field a new comment on the selected clause or measure is written in. */
  | 'comment-field'
  /** A pane F6 moves the focus through, in the order they stand on screen. */
  | 'pane';

/** A clause, measure or tracked change the reader shows. */
export interface ReaderItem {
  readonly kind: 'clause' | 'tom' | 'change';
  readonly id: string;
}

interface Registration {
  readonly ref: RefObject<HTMLElement | null>;
  /** Finds an item inside the element: only the component knows how it marks its items. */
  readonly item?: (element: HTMLElement, item: ReaderItem) => HTMLElement | null;
}

const registered = new Map<FocusTargetName, Set<Registration>>();

/**
 * Registers the element `ref` holds under `name` while the component is mounted; registered
 * before the browser paints, so a focus request made with the change that draws it finds it.
 */
export function useFocusTarget(name: FocusTargetName, ref: RefObject<HTMLElement | null>, item?: Registration['item']): void {
  useLayoutEffect(() => {
    const registration: Registration = item ? { ref, item } : { ref };
    const all = registered.get(name) ?? new Set<Registration>();
    registered.set(name, all.add(registration));
    return () => {
      all.delete(registration);
    };
  }, [name, ref, item]);
}

function shown(name: FocusTargetName): { readonly element: HTMLElement; readonly registration: Registration }[] {
  const found = [...(registered.get(name) ?? [])].flatMap((registration) => {
    const element = registration.ref.current;
    return element?.isConnected ? [{ element, registration }] : [];
  });
  return found.sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The elements registered under `name` that are on screen, in document order. */
export function focusTargets(name: FocusTargetName): HTMLElement[] {
  return shown(name).map(({ element }) => element);
}

/** The first element registered under `name` that is on screen, if any. */
export function focusTarget(name: FocusTargetName): HTMLElement | null {
  return focusTargets(name)[0] ?? null;
}

/** A clause, measure or change inside the element registered under `name`, once it is drawn. */
export function focusTargetItem(name: FocusTargetName, item: ReaderItem): HTMLElement | null {
  for (const { element, registration } of shown(name)) {
    const found = registration.item?.(element, item);
    if (found) return found;
  }
  return null;
}
