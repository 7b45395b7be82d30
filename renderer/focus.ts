/**
 * Where the keyboard focus goes. It must never fall to nothing (`<body>`): the next key
 * press would do nothing useful there, and a screen reader starts over at the top of the
 * window. It falls there for two reasons, and each has its remedy here:
 * - An action asks to focus an element React has not drawn yet: a view that switches, a
 *   list drawn a few frames later, a measure a filter hid. A focus request therefore waits
 *   for its element, and where it never comes, the focus goes to the selected item instead.
 * - The element that had the focus is removed by what it did: the start screen's button,
 *   the editor once its edit is kept, the checklist's link, the Delete button that a deleted
 *   clause no longer shows. A focus that falls with its element lands on the selected item
 *   of the place it was in (`keepFocus`), unless a request is about to give it a place.
 */
import { focusTarget } from './focusTargets';

/** How long a request waits for its element: a long section or annex draws in slices for a second or two. */
const PATIENCE_MS = 3000;

/** The places a focus belongs to: its own selected item is where it lands when its element goes. */
const PLACES = '[aria-modal="true"], .pane, .analysis-main, .analysis-side, .compare-view, .topbar, main';

interface FocusRequest {
  readonly find: () => HTMLElement | null;
  readonly block: ScrollLogicalPosition;
  /** What had the focus when it was asked for: the reviewer moving it elsewhere since cancels the request. */
  readonly from: Element | null;
  readonly until: number;
}

let pending: FocusRequest | null = null;

function nothingFocused(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** Scrolls to an element and focuses it; an element that is not focusable by itself becomes so by script. */
export function focusOn(element: HTMLElement, block: ScrollLogicalPosition = 'nearest'): void {
  element.scrollIntoView?.({ block });
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.focus({ preventScroll: true });
}

function attempt(request: FocusRequest): void {
  if (pending !== request) return;
  const active = document.activeElement;
  if (active && active !== document.body && active !== request.from && active.isConnected) {
    pending = null;
    return;
  }
  const element = request.find();
  if (element) {
    pending = null;
    focusOn(element, request.block);
  } else if (performance.now() > request.until) {
    pending = null;
    if (nothingFocused()) land(null);
  } else requestAnimationFrame(() => attempt(request));
}

/**
 * Focuses the element `find` returns once React has drawn it (the store has just changed,
 * and the element may appear a frame or a second later). A later request replaces this one;
 * the reviewer moving the focus themselves meanwhile cancels it.
 */
export function requestFocus(find: () => HTMLElement | null, block: ScrollLogicalPosition = 'nearest'): void {
  const request: FocusRequest = { find, block, from: document.activeElement, until: performance.now() + PATIENCE_MS };
  pending = request;
  requestAnimationFrame(() => attempt(request));
}

/** Whether a focus request is waiting for its element. */
export function focusPending(): boolean {
  return pending !== null;
}

/** The selected item of a place (a pane, a dialog, a view), else its first control, else the place itself. */
export function selectedIn(place: Element): HTMLElement {
  return (
    place.querySelector<HTMLElement>('[aria-current="true"]:is(button, [tabindex])') ??
    place.querySelector<HTMLElement>('[aria-selected="true"]') ??
    place.querySelector<HTMLElement>('button:not([disabled]), select, input, textarea, [tabindex="0"]') ??
    (place as HTMLElement)
  );
}

/** Once React has drawn it: the reader's selected clause or measure, or the reader itself where nothing is selected. */
export function focusReader(): void {
  requestFocus(() => {
    const reader = focusTarget('reader');
    return reader && selectedIn(reader);
  });
}

/**
 * Where a fallen focus lands: in an open dialog, its first control; else the selected item
 * of the place it fell from, if that is still there; else the reader's selected item; else
 * the main view.
 */
function land(from: Element | null): void {
  const dialog = document.querySelector('[aria-modal="true"]');
  const place = dialog ?? (from?.isConnected ? from : null) ?? focusTarget('reader') ?? focusTarget('analysis') ?? document.querySelector('.compare-view, main');
  if (place) focusOn(selectedIn(place));
}

/** Gives the focus back to `element` if it is still there, else lands it as a fallen focus (a dialog closing). */
export function restoreFocus(element: Element | null): void {
  if (element instanceof HTMLElement && element.isConnected) element.focus({ preventScroll: true });
  else if (!pending) land(null);
}

/**
 * Watches for a focus that falls with its element and lands it (see above). Returns the
 * function that stops watching.
 */
export function keepFocus(): () => void {
  let last: Element | null = null;
  let place: Element | null = null;
  const onFocusIn = (event: FocusEvent) => {
    last = event.target instanceof Element ? event.target : null;
    place = last?.closest(PLACES) ?? null;
  };
  // Checked once per batch of changes React makes, not per element: cheap even for a list of thousands.
  const observer = new MutationObserver(() => {
    if (!last || last.isConnected || !nothingFocused()) return;
    last = null;
    if (!pending) land(place);
  });
  document.addEventListener('focusin', onFocusIn);
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
    pending = null;
  };
}
