/**
 * Where a tooltip goes: beside the words it explains, never over them, and inside the pane that
 * shows them (a pane clips what leaves it). It takes the side asked for where it fits, else the
 * other side, else whichever has more room; across, it starts at its anchor and slides back
 * from the pane's edge.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: 'above' | 'below';
}

/**
 * `above` and `below`: what the tooltip must not cover on each side (the anchor, or for a chip
 * above its measure, the chip above and the whole measure below).
 */
export function placeTooltip(
  anchor: { readonly above: Box; readonly below: Box },
  size: { readonly width: number; readonly height: number },
  bounds: Box,
  prefer: 'above' | 'below',
  gap = 6,
): Placement {
  const roomAbove = anchor.above.top - gap - bounds.top;
  const roomBelow = bounds.bottom - (anchor.below.bottom + gap);
  const fits = { above: roomAbove >= size.height, below: roomBelow >= size.height };
  const other = prefer === 'above' ? 'below' : 'above';
  const side = fits[prefer] ? prefer : fits[other] ? other : roomAbove > roomBelow ? 'above' : 'below';
  const top = side === 'above' ? anchor.above.top - gap - size.height : anchor.below.bottom + gap;
  const from = side === 'above' ? anchor.above.left : anchor.below.left;
  const left = Math.max(bounds.left, Math.min(from, bounds.right - size.width));
  return { left, top, side };
}

/** The part of the window a pane shows: its box, cut to the window. */
export function visibleBox(element: Element | null): Box {
  const window_ = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  for (let node = element; node; node = node.parentElement) {
    const overflow = getComputedStyle(node);
    if (/auto|scroll|hidden|clip/u.test(overflow.overflowX + overflow.overflowY)) {
      const box = node.getBoundingClientRect();
      return { left: Math.max(box.left, window_.left), top: Math.max(box.top, window_.top), right: Math.min(box.right, window_.right), bottom: Math.min(box.bottom, window_.bottom) };
    }
  }
  return window_;
}
