/** How far the review has come: clauses with a status other than `open` count as reviewed. */
import type { Contract } from '../contract';

export function reviewProgress(contract: Contract): { done: number; total: number } {
  const clauses = contract.sections.flatMap((section) => section.clauses).filter((clause) => clause.change?.kind !== 'delete');
  return { done: clauses.filter((clause) => clause.status !== undefined && clause.status !== 'open').length, total: clauses.length };
}
