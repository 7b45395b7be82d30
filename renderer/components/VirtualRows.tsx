import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** Brings a row into view whether or not it is rendered; false for a key no row has. */
export interface VirtualRowsControl {
  reveal(key: string, align?: 'auto' | 'center' | 'start'): boolean;
  /**
   * Where rows start, as a share of the whole list's height (measured where rendered, else
   * estimated); null for a key no row has. The list's height is read once, for all the rows
   * asked about: reading it walks the virtualiser's measurements.
   */
  placer(): (key: string) => number | null;
}

interface VirtualRowsProps<Row extends { readonly key: string }> {
  readonly rows: readonly Row[];
  /** The height a row will about have, in pixels, before it is measured; one function for the list's life (a new one estimates every row again). */
  readonly estimate: (row: Row) => number;
  /** Filled with the list's control while it is on screen. */
  readonly control?: { current: VirtualRowsControl | null };
  /** The key of a row to bring into view when it changes (a newly selected measure). */
  readonly revealKey?: string | null;
  readonly children: (row: Row) => ReactNode;
}

/** The nearest ancestor that scrolls: the pane the list stands in. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}

/**
 * Rows positioned in one tall box, only those near the pane's visible part rendered; the
 * pane itself scrolls. For lists of thousands (a framework agreement's measures, or its
 * comparison with another version), where rendering every row would hold the window for
 * a second.
 */
export function VirtualRows<Row extends { readonly key: string }>({ rows, estimate, control, revealKey = null, children }: VirtualRowsProps<Row>) {
  const box = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<HTMLElement | null>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => setPane(scrollParent(box.current)), []);
  // Where the rows start in the pane: below the heading, preamble and filters, which may change.
  useLayoutEffect(() => {
    if (!pane || !box.current) return;
    const measure = () => setOffset(box.current!.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    for (let node = box.current.previousElementSibling; node; node = node.previousElementSibling) observer.observe(node);
    if (pane.firstElementChild) observer.observe(pane.firstElementChild);
    return () => observer.disconnect();
  }, [pane, rows]);
  // Stable callbacks: the virtualiser recomputes every row's position when one of them changes.
  const getScrollElement = useCallback(() => pane, [pane]);
  const estimates = useMemo(() => rows.map(estimate), [rows, estimate]);
  const estimateSize = useCallback((index: number) => estimates[index]!, [estimates]);
  const getItemKey = useCallback((index: number) => rows[index]!.key, [rows]);
  const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.key, index])), [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render only, nothing of it is memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 6,
    scrollMargin: offset,
  });
  useEffect(() => {
    if (!control) return;
    control.current = {
      reveal(key, align = 'auto') {
        const index = indexOf.get(key);
        if (index === undefined) return false;
        virtualizer.scrollToIndex(index, { align });
        return true;
      },
      placer() {
        const total = virtualizer.getTotalSize();
        const measurements = virtualizer.measurementsCache;
        return (key) => {
          const index = indexOf.get(key);
          const start = index === undefined ? undefined : measurements[index]?.start;
          return start === undefined || total <= 0 ? null : (start - offset) / total;
        };
      },
    };
    return () => {
      control.current = null;
    };
  }, [control, indexOf, virtualizer, offset]);
  // A newly asked-for row is brought into view, rendered or not.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!revealKey || !pane || revealed.current === revealKey) return;
    const index = indexOf.get(revealKey);
    if (index === undefined) return;
    revealed.current = revealKey;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [revealKey, indexOf, pane, virtualizer]);

  return (
    <div ref={box} className="virtual-rows" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((virtual) => (
        <div
          key={virtual.key}
          data-index={virtual.index}
          ref={virtualizer.measureElement}
          className="virtual-row"
          style={{ transform: `translateY(${virtual.start - offset}px)` }}
        >
          {children(rows[virtual.index]!)}
        </div>
      ))}
    </div>
  );
}
