/**
 * The printable review report, as values: the contract's pending changes numbered in reading
 * order (the number after a change in the text leads to its author and time), what it says
 * about the review at a glance, the Art. 28 checklist as it counts, the responsibility matrix
 * and the decision record in the order decided, each decision with the place it concerns.
 */
import { applyChecklistOverrides, checkContract, scoreOf, type ChecklistEntry, type ChecklistScore } from '../checklist';
import { citeClause, findClause, findTom, type Contract, type Citation, type Target } from '../contract';
import { listChanges, type ChangeEntry } from '../redline';
import { reviewProgress, type Decision, type Review } from '../review';
import { buildMatrix, pendingToms, type ResponsibilityMatrix } from '../toms';
import { addTo } from '../lists';

export interface NumberedChange extends ChangeEntry {
  /** 1, 2, 3 … in reading order. */
  readonly number: number;
}

/** Where a decision was taken: a clause (cited `9.2`), a measure (its category), a party, the date. */
export type Place =
  | { readonly kind: 'clause'; readonly ref: Citation }
  | { readonly kind: 'tom'; readonly category: string }
  | { readonly kind: 'party' }
  | { readonly kind: 'date' };

export interface ReportDecision {
  readonly decision: Decision;
  readonly place: Place;
}

export interface ReviewReport {
  readonly changes: readonly NumberedChange[];
  readonly progress: { readonly done: number; readonly total: number };
  readonly comments: { readonly internal: number; readonly external: number };
  readonly checklist: readonly ChecklistEntry[];
  readonly score: ChecklistScore;
  readonly decisions: readonly ReportDecision[];
}

export function targetKey(target: Target): string {
  return `${target.kind}:${target.id}`;
}

export function placeOf(contract: Contract, target: Target): Place {
  if (target.kind === 'clause') {
    const found = findClause(contract, target.id);
    return { kind: 'clause', ref: found ? citeClause(found.section, found.clause) : '' };
  }
  if (target.kind === 'tom') return { kind: 'tom', category: findTom(contract, target.id)?.tom.category.title ?? '' };
  return { kind: target.kind };
}

function countComments(contract: Contract): { internal: number; external: number } {
  const items = [...contract.sections.flatMap((section) => section.clauses), ...contract.toms];
  const comments = items.flatMap((item) => item.comments ?? []);
  return { internal: comments.filter((comment) => comment.visibility === 'internal').length, external: comments.filter((comment) => comment.visibility === 'external').length };
}

export function reviewReport(review: Review): ReviewReport {
  const contract = review.contract;
  const checklist = applyChecklistOverrides(checkContract(contract), review.checklist);
  return {
    changes: listChanges(contract).map((entry, index) => ({ ...entry, number: index + 1 })),
    progress: reviewProgress(contract),
    comments: countComments(contract),
    checklist,
    score: scoreOf(checklist),
    decisions: [...review.decisions].sort((a, b) => a.at.localeCompare(b.at)).map((decision) => ({ decision, place: placeOf(contract, decision.target) })),
  };
}

/**
 * The report's responsibility matrix: apart from `reviewReport`, since a contract of thousands
 * of measures and a hundred services makes one of tens of thousands of cells, which the report
 * needs only once the contract before it is drawn.
 */
export function reportMatrix(contract: Contract): ResponsibilityMatrix {
  return buildMatrix(contract.toms, pendingToms(contract));
}

/** The numbered changes of each clause, measure, party and the date, by `targetKey`. */
export function changesByTarget(changes: readonly NumberedChange[]): ReadonlyMap<string, readonly NumberedChange[]> {
  const byTarget = new Map<string, NumberedChange[]>();
  for (const change of changes) {
    const key = targetKey(change.target);
    addTo(byTarget, key, change);
  }
  return byTarget;
}
