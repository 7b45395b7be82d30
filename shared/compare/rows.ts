/**
 * A comparison as the rows a reader goes through, in the order the views show them:
 * the measures whose responsibility changed first (what a data protection officer looks
 * for), then the clauses section by section — with a note where a moved clause used to
 * stand, and long runs of unchanged clauses folded — then the other measures, then title,
 * parties, date and annexes. A clause or measure the new side commented on is a change to
 * see, never folded away. Filters keep the rows a reader asked for.
 */
import type { ClauseComparison, Comparison, OtherChange, SectionComparison, TomComparison } from './model';
import { addTo, pushAll } from '../lists';

export type ComparisonFilter = 'all' | 'changes' | 'responsibility';

export type ComparisonRow =
  | { readonly kind: 'heading'; readonly key: string; readonly heading: 'responsibility' | 'clauses' | 'measures' | 'other' }
  | { readonly kind: 'section'; readonly key: string; readonly section: SectionComparison; readonly index: number }
  | { readonly kind: 'clause'; readonly key: string; readonly entry: ClauseComparison; readonly change: boolean }
  /** Where a moved clause stood in the old document. */
  | { readonly kind: 'moved-away'; readonly key: string; readonly entry: ClauseComparison }
  | { readonly kind: 'unchanged'; readonly key: string; readonly clauses: readonly ClauseComparison[]; readonly measures: readonly TomComparison[] }
  | { readonly kind: 'measure'; readonly key: string; readonly entry: TomComparison; readonly change: boolean }
  | { readonly kind: 'other'; readonly key: string; readonly change: OtherChange };

/** Runs of at least this many unchanged clauses or measures are folded into one row. */
export const FOLD_AT = 3;

const clauseKey = (entry: ClauseComparison) => `c:${entry.old?.id ?? ''}:${entry.new?.id ?? ''}`;
const tomKey = (entry: TomComparison) => `t:${entry.old?.id ?? ''}:${entry.new?.id ?? ''}`;

/** Whether a row is a change a reader steps through with next and previous. */
export function isChange(row: ComparisonRow): boolean {
  return row.kind === 'other' || ((row.kind === 'clause' || row.kind === 'measure') && row.change);
}

/** The clause rows of each section, with moved clauses also noted where they stood. */
function clauseRowsBySection(comparison: Comparison): ComparisonRow[][] {
  const rows = comparison.sections.map((): ComparisonRow[] => []);
  const displayOfOldSection = new Map<string, number>();
  comparison.sections.forEach((section, index) => section.old && displayOfOldSection.set(section.old.id, index));
  const away = comparison.clauses.filter((entry) => entry.status === 'moved').sort((a, b) => a.old!.index - b.old!.index);
  const awayBySection = new Map<number, ClauseComparison[]>();
  for (const entry of away) {
    const index = displayOfOldSection.get(entry.old!.sectionId);
    if (index === undefined) continue;
    addTo(awayBySection, index, entry);
  }
  for (const entry of comparison.clauses) rows[entry.sectionIndex]!.push({ kind: 'clause', key: clauseKey(entry), entry, change: entry.status !== 'unchanged' || entry.comments !== undefined });
  rows.forEach((list, index) => {
    for (const entry of awayBySection.get(index) ?? []) {
      // After the last clause that stood before it in the old document and stays in place.
      let at = 0;
      list.forEach((row, position) => {
        if (row.kind === 'clause' && row.entry.old && row.entry.status !== 'moved' && row.entry.old.index < entry.old!.index) at = position + 1;
        if (row.kind === 'moved-away' && row.entry.old!.index < entry.old!.index) at = position + 1;
      });
      list.splice(at, 0, { kind: 'moved-away', key: `away:${clauseKey(entry)}`, entry });
    }
  });
  return rows;
}

/** Folds runs of unchanged clause or measure rows unless their first key is in `expanded`. */
function fold(rows: readonly ComparisonRow[], expanded: ReadonlySet<string>): ComparisonRow[] {
  const out: ComparisonRow[] = [];
  let run: ComparisonRow[] = [];
  const flush = () => {
    if (run.length >= FOLD_AT && !expanded.has(run[0]!.key)) {
      out.push({
        kind: 'unchanged',
        key: run[0]!.key,
        clauses: run.flatMap((row) => (row.kind === 'clause' ? [row.entry] : [])),
        measures: run.flatMap((row) => (row.kind === 'measure' ? [row.entry] : [])),
      });
    } else pushAll(out, run);
    run = [];
  };
  for (const row of rows) {
    if ((row.kind === 'clause' || row.kind === 'measure') && !row.change) run.push(row);
    else {
      flush();
      out.push(row);
    }
  }
  flush();
  return out;
}

export function comparisonRows(comparison: Comparison, filter: ComparisonFilter, expanded: ReadonlySet<string> = new Set()): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const responsibility = comparison.toms.filter((entry) => entry.kind === 'responsibility');
  if (responsibility.length > 0) {
    rows.push({ kind: 'heading', key: 'h:responsibility', heading: 'responsibility' });
    for (const entry of responsibility) rows.push({ kind: 'measure', key: tomKey(entry), entry, change: true });
  }
  if (filter === 'responsibility') return rows;

  const onlyChanges = filter === 'changes';
  const bySection = clauseRowsBySection(comparison);
  const clauseRows: ComparisonRow[] = [];
  comparison.sections.forEach((section, index) => {
    const list = bySection[index]!.filter((row) => !onlyChanges || row.kind !== 'clause' || row.change);
    const titled = section.titleSegments !== null || section.old === null || section.new === null;
    if (onlyChanges && !titled && !list.some((row) => row.kind !== 'clause' || row.change)) return;
    clauseRows.push({ kind: 'section', key: `s:${section.old?.id ?? ''}:${section.new?.id ?? ''}`, section, index });
    pushAll(clauseRows, fold(list, expanded));
  });
  if (clauseRows.length > 0) pushAll(rows, [{ kind: 'heading', key: 'h:clauses', heading: 'clauses' }, ...clauseRows]);

  const measures = comparison.toms
    .filter((entry) => entry.kind !== 'responsibility' && (!onlyChanges || entry.kind !== 'unchanged' || entry.comments !== undefined))
    .map((entry): ComparisonRow => ({ kind: 'measure', key: tomKey(entry), entry, change: entry.kind !== 'unchanged' || entry.comments !== undefined }));
  if (measures.length > 0) pushAll(rows, [{ kind: 'heading', key: 'h:measures', heading: 'measures' }, ...fold(measures, expanded)]);

  if (comparison.other.length > 0) {
    rows.push({ kind: 'heading', key: 'h:other', heading: 'other' });
    comparison.other.forEach((change, index) => rows.push({ kind: 'other', key: `o:${index}`, change }));
  }
  return rows;
}
