/**
 * What the widest content of each column of the responsibility matrix is, so that its column
 * widths can be measured on one row instead of on every row: a table drawn in blocks of rows
 * with fixed widths lays out only the block added, but the widths must hold the longest word
 * of any row from the start.
 */
import type { ResponsibleParty } from '../contract';
import type { Counted, ResponsibilityMatrix } from './matrix';

/** Longest words of the category column kept: by characters, which a proportional font only approximates. */
const WORDS_KEPT = 8;

export interface MatrixWidest {
  /** The longest words of the row labels (`number title`), longest first. */
  readonly categoryWords: readonly string[];
  /** Whether a row has no title (drawn with the label for uncategorised measures). */
  readonly untitled: boolean;
  /** Per column, a count as wide as its widest cell can be: each party's and the pending count at their largest. */
  readonly cells: readonly Counted[];
  readonly total: Counted;
}

const PARTIES: readonly ResponsibleParty[] = ['provider', 'customer', 'shared', 'unstated'];

function largestOf(counted: readonly Counted[]): Counted {
  const counts: Record<ResponsibleParty, number> = { provider: 0, customer: 0, shared: 0, unstated: 0 };
  let pending = 0;
  let total = 0;
  for (const one of counted) {
    for (const party of PARTIES) if (one.counts[party] > counts[party]) counts[party] = one.counts[party];
    if (one.pending > pending) pending = one.pending;
    if (one.total > total) total = one.total;
  }
  return { counts, pending, total };
}

export function matrixWidest(matrix: ResponsibilityMatrix): MatrixWidest {
  const words = new Set<string>();
  let untitled = false;
  for (const row of matrix.rows) {
    if (!row.category.title) untitled = true;
    for (const word of `${row.category.number} ${row.category.title}`.split(/\s+/u)) if (word) words.add(word);
  }
  const categoryWords = [...words].sort((a, b) => b.length - a.length).slice(0, WORDS_KEPT);
  const cells = matrix.columns.map((_, index) => largestOf(matrix.rows.map((row) => row.cells[index]!)));
  return { categoryWords, untitled, cells, total: largestOf(matrix.rows) };
}
