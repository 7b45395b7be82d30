/** A new review of a contract just opened: no decisions, versions or checklist yet. */
import type { Contract } from '../contract/model';
import type { DocumentKind } from '../host/hostApi';
import { REVIEW_FORMAT, REVIEW_VERSION, type Review } from './model';

export function newReview(contract: Contract, source: { kind: DocumentKind; name: string }, now: string): Review {
  return {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    contract,
    source,
    decisions: [],
    versions: [],
    checklist: [],
    createdAt: now,
    updatedAt: now,
  };
}
