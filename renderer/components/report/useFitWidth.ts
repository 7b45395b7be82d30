import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Below this the type is too small to read on paper; a wider table runs over the margin instead. */
const SMALLEST = 0.6;
/** Printed, glyphs keep the exact widths that the screen rounds to whole pixels: a few per cent more. */
const PRINT_ROOM = 0.96;
const PASSES = 3;

/** The narrowest the element can be laid out: a table as wide as its longest words. */
function narrowest(element: HTMLElement): number {
  const width = element.style.width;
  element.style.width = 'min-content';
  const needed = element.offsetWidth;
  element.style.width = width;
  return needed;
}

/**
 * Draws an element smaller where it would be wider than its container, by setting its
 * `--fit` (1 or less; its style scales its font size, and with it every `em`, by it). A table
 * whose words stay whole is as wide as its longest words, which the page may not hold;
 * drawn a little smaller, it fits. A second pass corrects what borders and rounding leave.
 *
 * A table drawn a slice of rows at a time (measured again when `content` changes) keeps the
 * size it has and only shrinks further where the new rows need it: a new font size lays out every
 * word of the table again, which for a matrix of thousands of cells is seconds of the window's
 * time under load. Only a new `table` (its identity) starts over at full size.
 */
export function useFitWidth(element: RefObject<HTMLElement | null>, content: unknown, table: unknown): void {
  const fitted = useRef<{ readonly table: unknown; scale: number }>({ table, scale: 1 });
  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    if (fitted.current.table !== table) {
      fitted.current = { table, scale: 1 };
      box.style.removeProperty('--fit');
    }
    for (let pass = 0; pass < PASSES; pass += 1) {
      const room = (box.parentElement?.clientWidth ?? 0) * PRINT_ROOM;
      const needed = narrowest(box);
      const scale = fitted.current.scale;
      if (room === 0 || needed <= room) return;
      const next = Math.max(SMALLEST, Math.floor((scale * room * 100) / needed) / 100);
      if (next >= scale) return;
      fitted.current.scale = next;
      box.style.setProperty('--fit', String(next));
    }
  }, [element, content, table]);
}
