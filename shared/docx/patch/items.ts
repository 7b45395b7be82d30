/**
 * The items of a review as export writes them into their Word document: each clause,
 * measure, party and the date in reading order, with where it came from (`DocxOrigin`),
 * its markup now, the comments of ours that leave with it, and how a message names it.
 */
import { citeClause, partyText, type Comment, type Contract, type DocxOrigin, type Segment, type WholeChange } from '../../contract';
import { excerptOf } from '../write/outgoingComments';
import { markupOf } from '../write/targetMarkup';
import { heldBy, type Held } from './held';

export interface PatchItem {
  /** A clause's or measure's id (parties and the date have none). */
  readonly id?: string;
  readonly origin: DocxOrigin | undefined;
  /** What the item holds now, their revisions and ours (`markupOf`'s redline). */
  readonly markup: readonly Segment[];
  /** Added or deleted whole in the review. */
  readonly change: WholeChange | undefined;
  readonly comments: readonly Comment[];
  /** How a message names it: a clause's citation, a measure's or party's first words, the date. */
  readonly place: string;
}

/** A comment export writes: an external one of ours the document lacks; internal notes never leave in their document. */
function writesComment(comment: Comment, held: Held): boolean {
  return comment.visibility === 'external' && !held(comment.id);
}

/**
 * What the item holds now. Deleted whole, every word of it is deleted where it stands: their
 * deletions stay theirs, and what they inserted is deleted by us inside their insertion.
 */
export function markupNow(item: { readonly text: string; readonly segments?: readonly Segment[]; readonly change?: WholeChange }): Segment[] {
  const change = item.change;
  if (change?.kind !== 'delete') return markupOf(item, 'redline') ?? [];
  const segments = item.segments && item.segments.length > 0 ? item.segments : [{ kind: 'equal' as const, text: item.text }];
  return segments.map((segment) => (segment.kind === 'delete' ? segment : { kind: 'delete', text: segment.text, author: change.author, date: change.date, id: change.id }));
}

/**
 * The markup with the changes their document holds already made (`DocxOrigin.settled`) as
 * it holds them: an insertion as plain text, a deletion gone. Export writes nothing for
 * them, so their document keeps their edit as they made it.
 */
export function asDocumentHolds(markup: readonly Segment[], settled: readonly string[] | undefined): Segment[] {
  if (!settled || settled.length === 0) return [...markup];
  const done = new Set(settled);
  return markup.flatMap((segment): Segment[] => {
    if (segment.kind === 'equal' || segment.id === undefined || !done.has(segment.id)) return [segment];
    return segment.kind === 'insert' ? [{ kind: 'equal', text: segment.text }] : [];
  });
}

/**
 * Our replies in a thread of theirs, as comments of ours on the words their comment marks:
 * their thread is theirs as they wrote it, and what we answered in it still reaches them.
 */
function ourReplies(comment: Comment, held: Held): Comment[] {
  if (comment.visibility !== 'external' || !held(comment.id)) return [];
  return comment.replies
    .filter((reply) => !held(reply.id))
    .map((reply) => ({ id: reply.id, author: reply.author, date: reply.date, text: reply.text, visibility: 'external', resolved: false, replies: [], ...(comment.anchor ? { anchor: comment.anchor } : {}) }));
}

function annotated(item: { readonly id?: string; readonly text: string; readonly segments?: readonly Segment[]; readonly change?: WholeChange; readonly comments?: readonly Comment[]; readonly origin?: DocxOrigin }, place: string): PatchItem {
  const held = heldBy(item.origin);
  return {
    ...(item.id !== undefined ? { id: item.id } : {}),
    origin: item.origin,
    markup: asDocumentHolds(markupNow(item), item.origin?.settled),
    change: item.change,
    comments: (item.comments ?? []).flatMap((comment) => (writesComment(comment, held) ? [comment] : ourReplies(comment, held))),
    place,
  };
}

/** In the order the import read them: the date and the parties first, then clauses, then measures. */
export function patchItems(contract: Contract): PatchItem[] {
  const items: PatchItem[] = [];
  if (contract.date !== null && contract.dateOrigin) {
    items.push(annotated({ text: contract.date, ...(contract.dateSegments ? { segments: contract.dateSegments } : {}), origin: contract.dateOrigin }, contract.date));
  }
  for (const party of contract.parties) items.push(annotated({ ...party, text: partyText(party) }, excerptOf(party.name, 40)));
  for (const section of contract.sections) {
    for (const clause of section.clauses) {
      const citation = citeClause(section, clause);
      items.push(annotated(clause, typeof citation === 'string' ? citation : excerptOf(clause.text, 40)));
    }
  }
  for (const tom of contract.toms) items.push(annotated(tom, excerptOf(tom.text, 40)));
  return items;
}
