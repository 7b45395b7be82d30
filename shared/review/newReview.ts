/** A new review of a contract just opened: no decisions, versions or checklist yet. */
import type { Contract } from '../contract';
import { REVIEW_FORMAT, REVIEW_VERSION, type Review, type ReviewSource } from './model';

export function newReview(contract: Contract, source: ReviewSource, now: string): Review {
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
