/**
 * The responsibility matrix: categories of measures as rows, services and sites as
 * columns, and in each cell how many measures fall to each party. Measures that name no
 * service apply to all of them and get a column of their own, so nothing is counted twice;
 * a measure under several services (*Hauptauftrag „Webhosting“ und „E-Mail“*) counts in
 * each of their columns, and once in its row's total. A measure whose responsibility hangs on
 * a pending tracked change is counted apart, as pending, not under the party it would have
 * if the change were accepted.
 */
import type { ResponsibleParty, Tom, TomCategory } from '../contract';
import { countByParty } from './grouping';
import { addTo } from '../lists';

export type PartyCounts = Readonly<Record<ResponsibleParty, number>>;

export interface MatrixColumn {
  readonly key: string;
  /** The service or site, or null for the measures that apply to all services. */
  readonly service: string | null;
}

/** Settled measures by party; `pending`: those a pending change decides; `total`: both. */
export interface Counted {
  readonly counts: PartyCounts;
  readonly pending: number;
  readonly total: number;
}

export interface MatrixCell extends Counted {
  readonly columnKey: string;
  readonly tomIds: readonly string[];
}

/** Its counts take each measure of the row once, whatever its columns. */
export interface MatrixRow extends Counted {
  readonly key: string;
  readonly category: TomCategory;
  readonly cells: readonly MatrixCell[];
}

export interface ResponsibilityMatrix extends Counted {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

export const GENERAL_COLUMN = '*';

function count(toms: readonly Tom[], pending: ReadonlySet<string>): Counted {
  const settled = toms.filter((tom) => !pending.has(tom.id));
  return { counts: countByParty(settled), pending: toms.length - settled.length, total: toms.length };
}

function categoryKey(category: TomCategory): string {
  return `${category.number}|${category.title}`;
}

/** `pending`: the measures a pending change decides (`pendingToms`), counted apart. */
export function buildMatrix(toms: readonly Tom[], pending: ReadonlySet<string> = new Set()): ResponsibilityMatrix {
  const services = [...new Set(toms.flatMap((tom) => tom.services))];
  const columns: MatrixColumn[] = [
    ...(toms.some((tom) => tom.services.length === 0) ? [{ key: GENERAL_COLUMN, service: null }] : []),
    ...services.map((service) => ({ key: `s:${service}`, service })),
  ];
  const categories = new Map<string, { category: TomCategory; toms: Tom[] }>();
  for (const tom of toms) {
    const key = categoryKey(tom.category);
    const entry = categories.get(key) ?? { category: tom.category, toms: [] };
    entry.toms.push(tom);
    categories.set(key, entry);
  }
  const none = count([], pending);
  const rows = [...categories].map(([key, { category, toms: inRow }]): MatrixRow => {
    // Each measure of the row to its columns, once: a row's cells are as many as the contract's services, its measures a few.
    const byColumn = new Map<string, Tom[]>();
    for (const tom of inRow) {
      if (tom.services.length === 0) addTo(byColumn, GENERAL_COLUMN, tom);
      for (const service of new Set(tom.services)) addTo(byColumn, `s:${service}`, tom);
    }
    const cells = columns.map((column): MatrixCell => {
      const inCell = byColumn.get(column.key);
      return inCell ? { columnKey: column.key, ...count(inCell, pending), tomIds: inCell.map((tom) => tom.id) } : { columnKey: column.key, ...none, tomIds: [] };
    });
    return { key, category, cells, ...count(inRow, pending) };
  });
  return { columns, rows, ...count(toms, pending) };
}

/** The measures of one cell, in the contract's order. */
export function cellToms(toms: readonly Tom[], cell: MatrixCell): Tom[] {
  const ids = new Set(cell.tomIds);
  return toms.filter((tom) => ids.has(tom.id));
}
