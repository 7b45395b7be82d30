import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../../shared/compare';
import { attributeValue } from '../../commands/navigation';
import type { VirtualRowsControl } from '../VirtualRows';

interface Mark {
  readonly key: string;
  readonly top: number;
  readonly kind: string;
  readonly label: string;
  /** The changes the mark stands for: the first, and those that lie too close to it to tell apart. */
  readonly keys: readonly string[];
}

/**
 * Marks closer than this share of the bar are one mark (the first change's, naming how many
 * more lie there): a long comparison has thousands of changes, more than the bar has pixels,
 * and a button for each cost most of the time to show it.
 */
const MARK_SPACING = 1 / 400;

/**
 * Marks named in one task. A long comparison has a few hundred marks, each named through
 * i18next (two or three lookups); naming them all when the bar was first drawn was most of that
 * task at 5000 clauses. The rest are named in the tasks after; meanwhile each says its kind.
 */
export const NAMED_PER_TASK = 100;

/** A change placed on the bar, before its mark is made. */
interface Placed {
  readonly key: string;
  readonly top: number;
  readonly kind: string;
  readonly row: ComparisonRow;
}

/** The changes of one mark: the first, and those within `MARK_SPACING` of it. */
interface Group {
  readonly first: Placed;
  readonly keys: readonly string[];
}

/** The marks' changes in order of place, those within `MARK_SPACING` of a mark taken into it. */
function grouped(placed: readonly Placed[]): Group[] {
  const sorted = [...placed].sort((a, b) => a.top - b.top);
  const result: Group[] = [];
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i]!;
    let end = i + 1;
    while (end < sorted.length && sorted[end]!.top - first.top < MARK_SPACING) end++;
    result.push({ first, keys: sorted.slice(i, end).map((mark) => mark.key) });
    i = end;
  }
  return result;
}

interface HeatBarProps {
  readonly rows: readonly ComparisonRow[];
  readonly scroller: RefObject<HTMLElement | null>;
  readonly labelOf: (row: ComparisonRow) => string;
  readonly onJump: (key: string) => void;
  /** The change now shown: its mark is the one Tab reaches. */
  readonly current?: string | null;
  /** The rows' control where only those near the screen are rendered: it knows where the others stand. */
  readonly rowsControl?: { readonly current: VirtualRowsControl | null };
}

function kindOf(row: ComparisonRow): string {
  // Unchanged but commented on by the new side: marked as a comment.
  if ((row.kind === 'clause' || row.kind === 'measure') && row.entry.comments && (row.kind === 'clause' ? row.entry.status : row.entry.kind) === 'unchanged') return 'comments';
  if (row.kind === 'clause') return row.entry.status;
  if (row.kind === 'measure') return row.entry.kind;
  return row.kind === 'other' ? row.change.status : 'unchanged';
}

/**
 * Beside the scrollbar, a mark for every change where it sits in the document, in the
 * colour of its kind, and the part now on screen: where the changes cluster shows at a
 * glance, and a click on a mark goes there. Positions are measured from the laid-out rows
 * (for a long list, from its rows' measured or estimated heights); where nothing is laid out
 * (no layout engine), they follow the rows' order.
 */
export function HeatBar({ rows, scroller, labelOf, onJump, current = null, rowsControl }: HeatBarProps) {
  const { t } = useTranslation();
  const [marks, setMarks] = useState<readonly Mark[]>([]);
  const [naming, setNaming] = useState(false);
  const [view, setView] = useState({ top: 0, height: 1 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Marks are placed again whenever the rows' heights settle (several times while a long list
    // is drawn): each change is named once, not at every placing. Only a mark's first change is
    // named, with how many more lie there: thousands of changes make a few hundred marks.
    const named = new Map<string, string>();
    const kinds = new Map<string, string>();
    const kindName = (kind: string) => {
      let text = kinds.get(kind);
      if (text === undefined) kinds.set(kind, (text = kind === 'comments' ? t('compare.newComment') : t(`compare.status.${kind}`)));
      return text;
    };
    let groups: Group[] = [];
    let later: ReturnType<typeof setTimeout> | undefined;
    /** Marks of the groups placed last, up to `NAMED_PER_TASK` more of them named; the rest a task later. */
    const name = () => {
      later = undefined;
      let budget = NAMED_PER_TASK;
      let unnamed = false;
      setMarks(
        groups.map(({ first, keys }): Mark => {
          const more = keys.length - 1;
          const key = `${more}:${first.key}`;
          let label = named.get(key);
          if (label === undefined && budget > 0) {
            budget--;
            label = more > 0 ? t('compare.heatMore', { label: labelOf(first.row), count: more }) : labelOf(first.row);
            named.set(key, label);
          }
          if (label === undefined) unnamed = true;
          return { key: first.key, top: first.top, kind: first.kind, keys, label: label ?? kindName(first.kind) };
        }),
      );
      setNaming(unnamed);
      if (unnamed) later = setTimeout(name, 0);
    };
    const measure = () => {
      const total = element.scrollHeight;
      const placeOf = rowsControl?.current?.placer();
      const items = rows.flatMap((row, index): Placed[] => {
        if (!(row.kind === 'other' || ((row.kind === 'clause' || row.kind === 'measure') && row.change))) return [];
        const place = placeOf?.(row.key) ?? null;
        const node = place === null ? element.querySelector<HTMLElement>(`[data-row-key="${attributeValue(row.key)}"]`) : null;
        const top = place ?? (total > 0 && node ? node.offsetTop / total : index / Math.max(rows.length, 1));
        return [{ key: row.key, top, kind: kindOf(row), row }];
      });
      groups = grouped(items);
      clearTimeout(later);
      name();
      setView(total > 0 ? { top: element.scrollTop / total, height: Math.min(1, element.clientHeight / total) } : { top: 0, height: 1 });
    };
    measure();
    const onScroll = () => setView(element.scrollHeight > 0 ? { top: element.scrollTop / element.scrollHeight, height: Math.min(1, element.clientHeight / element.scrollHeight) } : { top: 0, height: 1 });
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      clearTimeout(later);
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [rows, scroller, labelOf, rowsControl, t]);

  // One mark in the tab order (the current change's, else the first); arrows move between them:
  // a long comparison has a thousand marks, which Tab would otherwise stop at one by one.
  const tabbable = marks.find((mark) => current !== null && mark.keys.includes(current))?.key ?? marks[0]?.key ?? null;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (event.altKey || event.ctrlKey || event.metaKey || (step === undefined && event.key !== 'Home' && event.key !== 'End')) return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.heat-mark')];
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + step!));
    buttons[next]!.focus();
  };

  return (
    <nav className="heat-bar" aria-label={t('compare.heat')} aria-busy={naming || undefined} onKeyDown={onKeyDown}>
      <div className="heat-view" style={{ top: `${view.top * 100}%`, height: `${view.height * 100}%` }} aria-hidden="true" />
      {marks.map((mark) => (
        <button
          key={mark.key}
          type="button"
          className={`heat-mark heat-${mark.kind}`}
          style={{ top: `${mark.top * 100}%` }}
          title={mark.label}
          aria-label={mark.label}
          tabIndex={mark.key === tabbable ? 0 : -1}
          onClick={() => onJump(mark.key)}
        />
      ))}
    </nav>
  );
}
