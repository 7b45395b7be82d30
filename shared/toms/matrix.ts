/**
 * The responsibility matrix: categories of measures as rows, services and sites as
 * columns, and in each cell how many measures fall to each party. Measures that name no
 * service apply to all of them and get a column of their own, so nothing is counted twice;
 * a measure under several services (*Hauptauftrag „Webhosting“ und „E-Mail“*) counts in
 * each of their columns, and once in its row's total.
 */
import type { ResponsibleParty, Tom, TomCategory } from '../contract/model';

export type PartyCounts = Readonly<Record<ResponsibleParty, number>>;

export interface MatrixColumn {
  readonly key: string;
  /** The service or site, or null for the measures that apply to all services. */
  readonly service: string | null;
}

export interface MatrixCell {
  readonly columnKey: string;
  readonly counts: PartyCounts;
  readonly total: number;
  readonly tomIds: readonly string[];
}

export interface MatrixRow {
  readonly key: string;
  readonly category: TomCategory;
  readonly cells: readonly MatrixCell[];
  /** Each measure of the row once, whatever its columns. */
  readonly counts: PartyCounts;
  readonly total: number;
}

export interface ResponsibilityMatrix {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
  readonly counts: PartyCounts;
  readonly total: number;
}

export const GENERAL_COLUMN = '*';

function countParties(toms: readonly Tom[]): PartyCounts {
  const counts: Record<ResponsibleParty, number> = { provider: 0, customer: 0, shared: 0, unstated: 0 };
  for (const tom of toms) counts[tom.responsibility.party]++;
  return counts;
}

function categoryKey(category: TomCategory): string {
  return `${category.number}|${category.title}`;
}

export function buildMatrix(toms: readonly Tom[]): ResponsibilityMatrix {
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
  const rows = [...categories].map(([key, { category, toms: inRow }]): MatrixRow => {
    const cells = columns.map((column): MatrixCell => {
      const inCell = inRow.filter((tom) => (column.service === null ? tom.services.length === 0 : tom.services.includes(column.service)));
      return { columnKey: column.key, counts: countParties(inCell), total: inCell.length, tomIds: inCell.map((tom) => tom.id) };
    });
    return { key, category, cells, counts: countParties(inRow), total: inRow.length };
  });
  return { columns, rows, counts: countParties(toms), total: toms.length };
}

/** The measures of one cell, in the contract's order. */
export function cellToms(toms: readonly Tom[], cell: MatrixCell): Tom[] {
  const ids = new Set(cell.tomIds);
  return toms.filter((tom) => ids.has(tom.id));
}
