/**
 * Everything a reviewer does to a review, as pure functions: a review and an action in,
 * a new review out. The store's actions are thin calls into these; undo and redo keep
 * the reviews they return.
 */
import type { Clause, Comment, CommentVisibility, Contract, ReviewStatus, Segment, Tom } from '../contract/model';
import { decide, selectsChange, type ChangeSelector, type Decision as SegmentDecision } from '../redline/decide';
import { applyEdit } from '../redline/edit';
import { listChanges, type ChangeEntry } from '../redline/changes';
import { compact, currentText, segmentsOf } from '../redline/segments';
import { renumberAccepted } from '../redline/numbering';
import { classifyClauses, classifyMeasures } from '../responsibility/classify';
import { findClause, findParty, findTom, partyFromText, partyText, updateClause, updateParty, updateTom, type Target } from './items';
import type { Decision, Review } from './model';

export interface ActionContext {
  readonly author: string;
  /** ISO time of the action. */
  readonly now: string;
  readonly newId: () => string;
}

function touch(review: Review, contract: Contract, now: string, decisions: readonly Decision[] = review.decisions): Review {
  return { ...review, contract, decisions, updatedAt: now };
}

export function withSegments<T extends { readonly text: string; readonly segments?: readonly Segment[] }>(item: T, segments: readonly Segment[]): T {
  const { segments: _old, ...rest } = item;
  const stored = compact(segments);
  return { ...rest, text: currentText(segments), ...(stored ? { segments: stored } : {}) } as T;
}

/** Measures are read again after an edit, except where a reviewer has set the responsibility. */
export function reclassify(contract: Contract): Contract {
  const preamble = contract.annexes.filter((annex) => annex.isTomAnnex).flatMap((annex) => annex.preamble);
  const readings = classifyMeasures(contract.toms, preamble, contract.parties);
  return { ...contract, toms: contract.toms.map((tom, index) => (tom.responsibility.source === 'reviewer' ? tom : { ...tom, responsibility: readings[index]! })) };
}

/** The duty clauses of a section are read again after one of them changed (a lead-in frames the items after it). */
function reclassifySection(contract: Contract, clauseId: string): Contract {
  return {
    ...contract,
    sections: contract.sections.map((section) => {
      if (!section.clauses.some((clause) => clause.id === clauseId)) return section;
      const readings = classifyClauses(section, contract.parties);
      const clauses = section.clauses.map((clause, index) => {
        if (clause.responsibility?.source === 'reviewer') return clause;
        const { responsibility: _stale, ...rest } = clause;
        const reading = readings[index];
        return reading ? { ...rest, responsibility: reading } : rest;
      });
      return { ...section, clauses };
    }),
  };
}

/** Comments anchored to a range follow their words through an edit, or fall back to the whole item. */
export function reanchor(comments: readonly Comment[] | undefined, text: string): readonly Comment[] | undefined {
  if (!comments) return comments;
  return comments.map((comment) => {
    if (!comment.anchor) return comment;
    const { quote, start } = comment.anchor;
    if (text.slice(start, start + quote.length) === quote) return comment;
    const found = text.indexOf(quote);
    if (found < 0 || quote === '') {
      const { anchor: _lost, ...rest } = comment;
      return rest;
    }
    return { ...comment, anchor: { start: found, end: found + quote.length, quote } };
  });
}

/** Edits the current text of a clause, a measure, a party block or the date as tracked changes. */
export function editText(review: Review, target: Target, text: string, context: ActionContext): Review {
  const contract = review.contract;
  const edit = (segments: readonly Segment[]) => applyEdit(segments, text, { author: context.author, date: context.now, newId: context.newId });
  switch (target.kind) {
    case 'clause':
      return touch(
        review,
        reclassifySection(
          updateClause(contract, target.id, (clause) => {
            const next = withSegments(clause, edit(segmentsOf(clause)));
            const comments = reanchor(clause.comments, next.text);
            return comments ? { ...next, comments } : next;
          }),
          target.id,
        ),
        context.now,
      );
    case 'tom':
      return touch(
        review,
        reclassify(
          updateTom(contract, target.id, (tom) => {
            const next = withSegments(tom, edit(segmentsOf(tom)));
            const comments = reanchor(tom.comments, next.text);
            return comments ? { ...next, comments } : next;
          }),
        ),
        context.now,
      );
    case 'party':
      return touch(
        review,
        updateParty(contract, target, (party) => {
          const segments = edit(party.segments ?? [{ kind: 'equal', text: partyText(party) }]);
          return partyFromText(party, currentText(segments), compact(segments));
        }),
        context.now,
      );
    case 'date': {
      const segments = edit(contract.dateSegments ?? (contract.date ? [{ kind: 'equal', text: contract.date }] : []));
      const { dateSegments: _old, ...rest } = contract;
      const stored = compact(segments);
      return touch(review, { ...rest, date: currentText(segments) || null, ...(stored ? { dateSegments: stored } : {}) }, context.now);
    }
  }
}

/** Adds a clause after `afterId` as one tracked insertion of the author; returns its id. */
export function insertClauseAfter(review: Review, afterId: string, text: string, context: ActionContext): { review: Review; id: string } {
  const found = findClause(review.contract, afterId);
  if (!found) return { review, id: '' };
  const id = context.newId();
  const change = { kind: 'insert' as const, id: context.newId(), author: context.author, date: context.now };
  const numbered = found.section.clauses.some((clause) => clause.kind === 'numbered');
  const clause: Clause = {
    id,
    number: null,
    label: null,
    heading: null,
    kind: numbered ? 'numbered' : 'paragraph',
    text,
    segments: [{ kind: 'insert', text, author: change.author, date: change.date, id: change.id }],
    change,
  };
  const contract: Contract = {
    ...review.contract,
    sections: review.contract.sections.map((section) =>
      section.id === found.section.id ? { ...section, clauses: [...section.clauses.slice(0, found.index + 1), clause, ...section.clauses.slice(found.index + 1)] } : section,
    ),
  };
  return { review: touch(review, reclassifySection(contract, id), context.now), id };
}

/** Adds a measure after `afterId`, in its category and service, as one tracked insertion. */
export function insertTomAfter(review: Review, afterId: string, text: string, context: ActionContext): { review: Review; id: string } {
  const found = findTom(review.contract, afterId);
  if (!found) return { review, id: '' };
  const id = context.newId();
  const change = { kind: 'insert' as const, id: context.newId(), author: context.author, date: context.now };
  // A new measure has no place in the review's Word document yet: export writes it as a paragraph of its own.
  const { comments: _comments, status: _status, segments: _segments, change: _change, origin: _origin, ...base } = found.tom;
  const tom: Tom = { ...base, id, text, segments: [{ kind: 'insert', text, author: change.author, date: change.date, id: change.id }], change };
  const toms = [...review.contract.toms.slice(0, found.index + 1), tom, ...review.contract.toms.slice(found.index + 1)];
  return { review: touch(review, reclassify({ ...review.contract, toms }), context.now), id };
}

/**
 * Deletes a clause or measure as one tracked deletion. One that is itself a pending
 * insertion simply goes, as Word removes an inserted paragraph that is deleted again.
 */
export function deleteItem(review: Review, target: Target, context: ActionContext): Review {
  const mark = <T extends Clause | Tom>(item: T): T | null =>
    item.change?.kind === 'insert' ? null : item.change?.kind === 'delete' ? item : { ...item, change: { kind: 'delete', id: context.newId(), author: context.author, date: context.now } };
  if (target.kind === 'clause') return touch(review, updateClause(review.contract, target.id, mark), context.now);
  if (target.kind === 'tom') return touch(review, reclassify(updateTom(review.contract, target.id, mark)), context.now);
  return review;
}

export interface DecisionContext {
  readonly by: string;
  readonly now: string;
  readonly rationale: string;
  readonly newId: () => string;
}

/**
 * A whole added or deleted clause or measure. Accepting an added one makes its author's
 * words plain text (others' changes inside it stay pending); rejecting it removes it.
 */
function decideWhole<T extends Clause | Tom>(item: T, decision: SegmentDecision): T | null {
  const change = item.change!;
  if ((change.kind === 'insert') !== (decision === 'accept')) return null;
  const { change: _done, ...rest } = item;
  const segments = change.kind === 'insert' ? decide(segmentsOf(item), { author: change.author }, 'accept') : segmentsOf(item);
  return withSegments(rest as T, segments);
}

function applyDecision(contract: Contract, entry: ChangeEntry, decision: SegmentDecision): Contract {
  const selector: ChangeSelector = { id: entry.id };
  const onSegments = <T extends { readonly text: string; readonly segments?: readonly Segment[] }>(item: T) => withSegments(item, decide(segmentsOf(item), selector, decision));
  switch (entry.target.kind) {
    case 'clause': {
      const section = findClause(contract, entry.target.id)?.section;
      let next = updateClause(contract, entry.target.id, (clause) => (entry.whole ? decideWhole(clause, decision) : onSegments(clause)));
      // A clause added or removed for good: the section's numbers run on, as they showed.
      if (entry.whole && section) next = { ...next, sections: next.sections.map((candidate) => (candidate.id === section.id ? renumberAccepted(section, candidate) : candidate)) };
      return findClause(next, entry.target.id) ? reclassifySection(next, entry.target.id) : next;
    }
    case 'tom':
      return reclassify(updateTom(contract, entry.target.id, (tom) => (entry.whole ? decideWhole(tom, decision) : onSegments(tom))));
    case 'party':
      return updateParty(contract, entry.target, (party) => {
        const segments = decide(party.segments ?? [], selector, decision);
        return partyFromText(party, currentText(segments), compact(segments));
      });
    case 'date': {
      const segments = decide(contract.dateSegments ?? [], selector, decision);
      const { dateSegments: _old, ...rest } = contract;
      const stored = compact(segments);
      return { ...rest, date: currentText(segments) || null, ...(stored ? { dateSegments: stored } : {}) };
    }
  }
}

function record(entry: ChangeEntry, decision: SegmentDecision, context: DecisionContext): Decision {
  return {
    id: context.newId(),
    by: context.by,
    at: context.now,
    rationale: context.rationale,
    target: entry.target,
    action: decision,
    change: { id: entry.id, kind: entry.kind, author: entry.author, date: entry.date, text: entry.text, whole: entry.whole },
  };
}

/**
 * Accepts or rejects the changes `selector` picks (one id, one author's, or all), each
 * recorded in the decision record with who, when and why.
 */
export function decideChanges(review: Review, selector: ChangeSelector, decision: SegmentDecision, context: DecisionContext): Review {
  let contract = review.contract;
  const decisions: Decision[] = [...review.decisions];
  const entries = listChanges(contract).filter((entry) => selectsChange(selector, entry));
  for (const entry of entries) {
    // An earlier decision may have removed this change already (a rejected inserted clause takes its words along).
    if (!listChanges(contract).some((candidate) => candidate.id === entry.id)) continue;
    contract = applyDecision(contract, entry, decision);
    decisions.push(record(entry, decision, context));
  }
  return touch(review, contract, context.now, decisions);
}

/** What takes comments, a status and new items after it: a clause or a measure. */
export type Commentable = { readonly kind: 'clause' | 'tom'; readonly id: string };

function updateComments(review: Review, target: Commentable, now: string, update: (comments: readonly Comment[]) => readonly Comment[]): Review {
  const apply = <T extends Clause | Tom>(item: T): T => {
    const { comments: old, ...rest } = item;
    const comments = update(old ?? []);
    return (comments.length > 0 ? { ...rest, comments } : rest) as T;
  };
  const contract = target.kind === 'clause' ? updateClause(review.contract, target.id, apply) : updateTom(review.contract, target.id, apply);
  return touch(review, contract, now);
}

export interface NewComment {
  readonly text: string;
  readonly visibility: CommentVisibility;
  readonly anchor?: Comment['anchor'];
}

export function addComment(review: Review, target: Commentable, comment: NewComment, context: ActionContext): { review: Review; id: string } {
  const id = context.newId();
  const created: Comment = {
    id,
    author: context.author,
    date: context.now,
    text: comment.text,
    visibility: comment.visibility,
    resolved: false,
    replies: [],
    ...(comment.anchor ? { anchor: comment.anchor } : {}),
  };
  return { review: updateComments(review, target, context.now, (comments) => [...comments, created]), id };
}

export function replyToComment(review: Review, target: Commentable, commentId: string, text: string, context: ActionContext): Review {
  return updateComments(review, target, context.now, (comments) =>
    comments.map((comment) =>
      comment.id === commentId ? { ...comment, replies: [...comment.replies, { id: context.newId(), author: context.author, date: context.now, text }] } : comment,
    ),
  );
}

/** Edits a comment or a reply; only its own author may. */
export function editComment(review: Review, target: Commentable, commentId: string, replyId: string | null, text: string, context: ActionContext): Review {
  return updateComments(review, target, context.now, (comments) =>
    comments.map((comment) => {
      if (comment.id !== commentId) return comment;
      if (replyId === null) return comment.author === context.author ? { ...comment, text, editedAt: context.now } : comment;
      return { ...comment, replies: comment.replies.map((reply) => (reply.id === replyId && reply.author === context.author ? { ...reply, text, editedAt: context.now } : reply)) };
    }),
  );
}

/** Deletes a comment (with its replies) or a reply; only its own author may. */
export function deleteComment(review: Review, target: Commentable, commentId: string, replyId: string | null, context: ActionContext): Review {
  return updateComments(review, target, context.now, (comments) =>
    comments.flatMap((comment) => {
      if (comment.id !== commentId) return [comment];
      if (replyId === null) return comment.author === context.author ? [] : [comment];
      return [{ ...comment, replies: comment.replies.filter((reply) => reply.id !== replyId || reply.author !== context.author) }];
    }),
  );
}

export function setCommentResolved(review: Review, target: Commentable, commentId: string, resolved: boolean, now: string): Review {
  return updateComments(review, target, now, (comments) => comments.map((comment) => (comment.id === commentId ? { ...comment, resolved } : comment)));
}

/** The review status of a clause or measure; `open` is stored as no status. */
export function setStatus(review: Review, target: Commentable, status: ReviewStatus, now: string): Review {
  const apply = <T extends Clause | Tom>(item: T): T => {
    const { status: _old, ...rest } = item;
    return (status === 'open' ? rest : { ...rest, status }) as T;
  };
  const contract = target.kind === 'clause' ? updateClause(review.contract, target.id, apply) : updateTom(review.contract, target.id, apply);
  return touch(review, contract, now);
}

/** The decisions taken on one clause, measure, party or the date, oldest first. */
export function decisionsFor(review: Review, target: Target): Decision[] {
  return review.decisions.filter((decision) => decision.target.kind === target.kind && decision.target.id === target.id);
}

export { findClause, findParty, findTom };
