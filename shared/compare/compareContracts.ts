/**
 * Comparing two contracts: clauses (aligned before any word is diffed), measures with
 * their responsibility, and everything else a careful reader checks. The cost grows with
 * the size of the documents and of their differences, never with the product of the two:
 * words are diffed clause by clause, and only between clauses already paired.
 */
import type { Contract } from '../contract';
import { compareClauses } from './clauses';
import { EXACT, type CompareOptions, type Comparison, type ComparisonSummary } from './model';
import { compareOther } from './other';
import { compareToms } from './toms';
import { Vocabulary } from './vocabulary';

export function compareContracts(old: Contract, next: Contract, options: CompareOptions = EXACT): Comparison {
  const vocabulary = new Vocabulary(options);
  const { clauses, sections } = compareClauses(old, next, vocabulary);
  const toms = compareToms(old, next, vocabulary);
  const other = compareOther(old, next, vocabulary);
  const summary: Record<keyof ComparisonSummary, number> = { unchanged: 0, changed: 0, added: 0, removed: 0, moved: 0, responsibilityChanged: 0 };
  for (const clause of clauses) summary[clause.status]++;
  for (const tom of toms) summary[tom.kind === 'responsibility' ? 'responsibilityChanged' : tom.kind]++;
  return { options, clauses, toms, sections, other, summary };
}
