/**
 * What a reviewer does to the review: thin calls into `shared/review/operations.ts`, signed
 * with the reviewer's identity and the time. Every one of them enters the undo history.
 */
import type { StateCreator } from 'zustand';
import type { CommentVisibility, Comment, ReviewStatus } from '../../shared/contract/model';
import type { ChangeSelector, Decision } from '../../shared/redline/decide';
import type { Target } from '../../shared/contract/items';
import * as operations from '../../shared/review/operations';
import type { Commentable } from '../../shared/review/operations';
import type { AppState } from './store';
import type { Author } from '../../shared/review/author';

import { actAsReviewer } from './actAsReviewer';

export interface ReviewSlice {
  readonly author: Author | null;
  setAuthor(author: Author | null): void;
  editText(target: Target, text: string): void;
  /** Adds an empty clause (or measure) after `afterId` as a tracked insertion and returns its id. */
  insertAfter(target: Commentable, text: string): string | null;
  deleteItem(target: Target): void;
  decide(selector: ChangeSelector, decision: Decision, rationale: string): void;
  addComment(target: Commentable, text: string, visibility: CommentVisibility, anchor?: Comment['anchor']): void;
  reply(target: Commentable, commentId: string, text: string): void;
  editComment(target: Commentable, commentId: string, replyId: string | null, text: string): void;
  deleteComment(target: Commentable, commentId: string, replyId: string | null): void;
  setResolved(target: Commentable, commentId: string, resolved: boolean): void;
  setStatus(target: Commentable, status: ReviewStatus): void;
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => {
  return {
    author: null,
    setAuthor(author) {
      set({ author });
    },
    editText(target, text) {
      actAsReviewer(get, set, (review, context) => operations.editText(review, target, text, context));
    },
    insertAfter(target, text) {
      let created: string | null = null;
      actAsReviewer(get, set, (review, context) => {
        const result = target.kind === 'clause' ? operations.insertClauseAfter(review, target.id, text, context) : operations.insertTomAfter(review, target.id, text, context);
        created = result.id || null;
        return result.review;
      });
      return created;
    },
    deleteItem(target) {
      actAsReviewer(get, set, (review, context) => operations.deleteItem(review, target, context));
    },
    decide(selector, decision, rationale) {
      actAsReviewer(get, set, (review, context) => operations.decideChanges(review, selector, decision, { by: context.author, now: context.now, rationale, newId: context.newId }));
    },
    addComment(target, text, visibility, anchor) {
      actAsReviewer(get, set, (review, context) => operations.addComment(review, target, anchor ? { text, visibility, anchor } : { text, visibility }, context).review);
    },
    reply(target, commentId, text) {
      actAsReviewer(get, set, (review, context) => operations.replyToComment(review, target, commentId, text, context));
    },
    editComment(target, commentId, replyId, text) {
      actAsReviewer(get, set, (review, context) => operations.editComment(review, target, commentId, replyId, text, context));
    },
    deleteComment(target, commentId, replyId) {
      actAsReviewer(get, set, (review, context) => operations.deleteComment(review, target, commentId, replyId, context));
    },
    setResolved(target, commentId, resolved) {
      actAsReviewer(get, set, (review, context) => operations.setCommentResolved(review, target, commentId, resolved, context.now));
    },
    setStatus(target, status) {
      actAsReviewer(get, set, (review, context) => operations.setStatus(review, target, status, context.now));
    },
  };
};
