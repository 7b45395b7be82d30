import { useEffect, useId, useRef } from 'react';
import { placeTooltip, visibleBox, type Box } from './placeTooltip';

const MAX_WIDTH = 300;

function boxOf(element: Element): Box {
  return element.getBoundingClientRect();
}

/**
 * Puts a fixed tooltip's corner at a point of the window. Inside a transformed ancestor (a
 * virtual list's rows) `fixed` is relative to that ancestor, so its origin is measured first.
 */
function moveTo(tip: HTMLElement, left: number, top: number): void {
  tip.style.left = '0px';
  tip.style.top = '0px';
  const origin = tip.getBoundingClientRect();
  tip.style.left = `${left - origin.left}px`;
  tip.style.top = `${top - origin.top}px`;
}

/** A tooltip no wider than its pane, measured as it will be shown. */
function measure(tip: HTMLElement, bounds: Box): { width: number; height: number } {
  tip.style.maxWidth = `${Math.max(120, Math.min(MAX_WIDTH, bounds.right - bounds.left))}px`;
  const { width, height } = tip.getBoundingClientRect();
  return { width, height };
}

/**
 * Places the app's tooltips where they can be read: the author and time of a change
 * (`data-tip` on markup) below its last line, or above its first at the pane's foot; the
 * cue behind a responsibility chip above the chip, or below its whole measure, never over the
 * words it explains. Both stay inside the pane, which would clip them.
 */
export function TooltipLayer() {
  const id = useId();
  const tip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let anchor: HTMLElement | null = null;
    let line: DOMRect | null = null;
    /** Shown for the pointer or for the focus: each hides only its own. */
    let by: 'pointer' | 'focus' | null = null;
    let chipWrap: HTMLElement | null = null;

    const hide = () => {
      if (anchor?.getAttribute('aria-describedby') === id) anchor.removeAttribute('aria-describedby');
      anchor = null;
      line = null;
      by = null;
      if (tip.current) tip.current.hidden = true;
    };

    const showMarkup = (target: HTMLElement, pointerY: number | null) => {
      const node = tip.current;
      if (!node) return;
      const lines = [...target.getClientRects()].filter((rect) => rect.width > 0);
      const hovered = lines.find((rect) => pointerY !== null && pointerY >= rect.top && pointerY <= rect.bottom) ?? lines[0] ?? target.getBoundingClientRect();
      if (target === anchor && line !== null && hovered.top === line.top) return;
      hide();
      anchor = target;
      line = hovered;
      by = pointerY === null ? 'focus' : 'pointer';
      node.textContent = target.dataset['tip'] ?? '';
      node.style.visibility = 'hidden';
      node.hidden = false;
      const bounds = visibleBox(target);
      // Clear of every line of the change, starting where the hovered one starts.
      const first = lines[0] ?? hovered;
      const last = lines[lines.length - 1] ?? hovered;
      const place = placeTooltip(
        { above: { left: hovered.left, top: first.top, right: hovered.right, bottom: first.bottom }, below: { left: hovered.left, top: last.top, right: hovered.right, bottom: last.bottom } },
        measure(node, bounds),
        bounds,
        'below',
        4,
      );
      moveTo(node, place.left, place.top);
      node.style.visibility = '';
      if (by === 'focus') target.setAttribute('aria-describedby', id);
    };

    const placeChipTip = (wrap: HTMLElement) => {
      const own = wrap.querySelector<HTMLElement>('.tooltip');
      const chip = wrap.querySelector('.chip');
      if (!own || !chip) return;
      const bounds = visibleBox(wrap);
      const item = wrap.closest('li') ?? wrap;
      const place = placeTooltip({ above: boxOf(chip), below: boxOf(item) }, measure(own, bounds), bounds, 'above');
      moveTo(own, place.left, place.top);
    };

    const follow = (target: EventTarget | null, pointerY: number | null) => {
      if (!(target instanceof Element)) return;
      const marked = target.closest<HTMLElement>('[data-tip]');
      if (marked) showMarkup(marked, pointerY);
      else if (by === (pointerY === null ? 'focus' : 'pointer')) hide();
      const wrap = target.closest<HTMLElement>('.chip-wrap');
      if (wrap && (wrap !== chipWrap || pointerY === null)) placeChipTip(wrap);
      if (pointerY !== null) chipWrap = wrap;
    };

    const onPointerMove = (event: PointerEvent) => follow(event.target, event.clientY);
    const onFocusIn = (event: FocusEvent) => follow(event.target, null);
    const onLeave = (kind: 'pointer' | 'focus') => (event: PointerEvent | FocusEvent) => {
      if (by === kind && !(event.relatedTarget instanceof Node && anchor?.contains(event.relatedTarget))) hide();
    };
    const onPointerOut = onLeave('pointer');
    const onFocusOut = onLeave('focus');
    document.addEventListener('pointermove', onPointerMove);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    // A scrolled pane moves the words away from their tooltip.
    document.addEventListener('scroll', hide, true);
    return () => {
      hide();
      document.removeEventListener('pointermove', onPointerMove);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('scroll', hide, true);
    };
  }, [id]);

  return <div ref={tip} id={id} role="tooltip" className="floating-tip" hidden />;
}
