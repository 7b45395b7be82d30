import { newId, type Review, type ActionContext } from '../../shared/review';
import type { AppState } from './store';

/**
 * Runs an operation on the review in the reviewer's name, now; nothing happens without a review
 * or a name (the UI asks for the name first), while the review is still being received (it holds
 * part of the contract), or where the operation changes nothing (null).
 * Returns whether the review changed.
 */
export function actAsReviewer(
  get: () => AppState,
  set: (partial: Pick<AppState, 'review'>) => void,
  operation: (review: Review, context: ActionContext) => Review | null,
): boolean {
  const { review, author, receiving } = get();
  if (!review || !author || receiving) return false;
  const next = operation(review, { author: author.name, now: new Date().toISOString(), newId });
  if (next) set({ review: next });
  return next !== null;
}
