/**
 * The review: the contract with its changes, comments, statuses and versions; the operations a
 * reviewer performs on it, responsibility overrides and checklist verdicts, authors and their
 * colours, and the `.clausemark` file.
 */
export { clearChecklistVerdict, clearResponsibility, setChecklistVerdict, setResponsibility } from './assessment';
export { AuthorSchema, type Author } from './author';
export { assignAuthorColors, AUTHOR_PALETTE, colorOfName, onDarkPage } from './authorColors';
export { authorFromName } from './authorFromName';
export { newId } from './ids';
export type { Decision, DocumentKind, Review, SourcePackage, Version } from './model';
export { newReview } from './newReview';
export { addComment, decideChanges, decisionRecord, decisionsFor, deleteComment, deleteItem, editComment, editText, insertClauseAfter, insertTomAfter, reanchor, replyToComment, setCommentResolved, setStatus, withSegments, type ActionContext, type Commentable, type DecisionContext } from './operations';
export { reviewProgress } from './progress';
export { reclassify } from './rereadToms';
export { parseReviewFile, serializeReview, type ReviewFileProblem } from './reviewFile';
export { reviewSchemas } from './schema';
