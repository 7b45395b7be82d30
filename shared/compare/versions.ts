/**
 * Versions: named, frozen snapshots of the whole review (text with its tracked changes,
 * comments, statuses, responsibilities, and the decision record) — "Provider template
 * 2018-06-09", "Our markup 1". A version is never edited; restoring one makes its text
 * the current text as tracked changes, never silently.
 */
import { adoptComparison } from './adopt';
import { compareContracts } from './compareContracts';
import type { Review, Version, ActionContext } from '../review';

export function findVersion(review: Review, id: string): Version | null {
  return review.versions.find((version) => version.id === id) ?? null;
}

/** Freezes the review as it is now under `name`, signed by the author; returns the new version's id. */
export function saveVersion(review: Review, name: string, context: ActionContext): { review: Review; id: string } {
  const id = context.newId();
  const version: Version = { id, name: name.trim(), author: context.author, date: context.now, contract: review.contract, decisions: review.decisions };
  return { review: { ...review, versions: [...review.versions, version], updatedAt: context.now }, id };
}

export function deleteVersion(review: Review, id: string, now: string): Review {
  if (!findVersion(review, id)) return review;
  return { ...review, versions: review.versions.filter((version) => version.id !== id), updatedAt: now };
}

/**
 * Makes the version's text the current text as tracked changes of the author: accepting
 * them all gives the version's text, rejecting them all keeps the text as it is now.
 * Comments, statuses and the decision record of the current review stay.
 */
export function restoreVersion(review: Review, id: string, context: ActionContext): Review {
  const version = findVersion(review, id);
  if (!version) return review;
  return adoptComparison(review, version.contract, compareContracts(review.contract, version.contract), context);
}
