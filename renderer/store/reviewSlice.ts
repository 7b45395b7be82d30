/**
 * What a reviewer does to the review: thin calls into `shared/review/operations.ts`, signed
 * with the reviewer's identity and the time. Every one of them enters the undo history.
 */
import type { StateCreator } from 'zustand';
import type { CommentVisibility, Comment, ReviewStatus, Target } from '../../shared/contract';
import type { ChangeSelector, ChangeAction } from '../../shared/redline';
import { addComment, decideChanges, deleteComment, deleteItem, editComment, editText, insertClauseAfter, insertTomAfter, replyToComment, setCommentResolved, setStatus, type Commentable, type Author } from '../../shared/review';
import type { AppState } from './store';

import { actAsReviewer } from './actAsReviewer';

export interface ReviewSlice {
  readonly author: Author | null;
  setAuthor(author: Author | null): void;
  editText(target: Target, text: string): void;
  /** Adds an empty clause (or measure) after `afterId` as a tracked insertion and returns its id. */
  insertAfter(target: Commentable, text: string): string | null;
  deleteItem(target: Target): void;
  decide(selector: ChangeSelector, action: ChangeAction, rationale: string): void;
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
      actAsReviewer(get, set, (review, context) => editText(review, target, text, context));
    },
    insertAfter(target, text) {
      let created: string | null = null;
      actAsReviewer(get, set, (review, context) => {
        const result = target.kind === 'clause' ? insertClauseAfter(review, target.id, text, context) : insertTomAfter(review, target.id, text, context);
        created = result.id || null;
        return result.review;
      });
      return created;
    },
    deleteItem(target) {
      actAsReviewer(get, set, (review, context) => deleteItem(review, target, context));
    },
    decide(selector, action, rationale) {
      actAsReviewer(get, set, (review, context) => decideChanges(review, selector, action, { by: context.author, now: context.now, rationale, newId: context.newId }));
    },
    addComment(target, text, visibility, anchor) {
      actAsReviewer(get, set, (review, context) => addComment(review, target, anchor ? { text, visibility, anchor } : { text, visibility }, context).review);
    },
    reply(target, commentId, text) {
      actAsReviewer(get, set, (review, context) => replyToComment(review, target, commentId, text, context));
    },
    editComment(target, commentId, replyId, text) {
      actAsReviewer(get, set, (review, context) => editComment(review, target, commentId, replyId, text, context));
    },
    deleteComment(target, commentId, replyId) {
      actAsReviewer(get, set, (review, context) => deleteComment(review, target, commentId, replyId, context));
    },
    setResolved(target, commentId, resolved) {
      actAsReviewer(get, set, (review, context) => setCommentResolved(review, target, commentId, resolved, context.now));
    },
    setStatus(target, status) {
      actAsReviewer(get, set, (review, context) => setStatus(review, target, status, context.now));
    },
  };
};
