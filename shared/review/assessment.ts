/**
 * The reviewer's own assessment as changes of the review: a responsibility they set or reset
 * (recorded in the decision record) and their verdicts on Art. 28 checklist items. Each one
 * is signed with the reviewer and the time, as the other operations (`operations.ts`).
 */
import type { ResponsibleParty, Target } from '../contract';
import { withChecklistOverride, withoutChecklistOverride, type ChecklistStatus } from '../checklist';
import { overrideResponsibility, resetResponsibility, type ResponsibilityChange } from './override';
import type { Review } from './model';
import type { ActionContext } from './operations';

function recorded(review: Review, change: ResponsibilityChange | null): Review | null {
  return change ? { ...review, contract: change.contract, decisions: [...review.decisions, change.decision], updatedAt: change.decision.at } : null;
}

const markOf = (context: ActionContext) => ({ by: context.author, at: context.now, decisionId: context.newId() });

/** The reviewer names who is responsible for a measure or duty; null where that changes nothing. */
export function setResponsibility(review: Review, target: Target<'clause' | 'tom'>, party: ResponsibleParty, note: string, context: ActionContext): Review | null {
  return recorded(review, overrideResponsibility(review.contract, target, party, note, markOf(context)));
}

/** Back to the responsibility the words say; null where no reviewer had set one. */
export function clearResponsibility(review: Review, target: Target<'clause' | 'tom'>, context: ActionContext): Review | null {
  return recorded(review, resetResponsibility(review.contract, target, '', markOf(context)));
}

/** The reviewer's verdict on a checklist item, replacing an earlier one. */
export function setChecklistVerdict(review: Review, itemId: string, status: ChecklistStatus, note: string, context: ActionContext): Review {
  const { author: by, now: at } = context;
  return { ...review, checklist: withChecklistOverride(review.checklist, { itemId, status, note, by, at }), updatedAt: at };
}

/** Back to the checklist's own reading of the item. */
export function clearChecklistVerdict(review: Review, itemId: string, now: string): Review {
  return { ...review, checklist: withoutChecklistOverride(review.checklist, itemId), updatedAt: now };
}
