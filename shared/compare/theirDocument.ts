/**
 * Round two goes out on the document they sent back (DESIGN.md, "Their document is theirs"):
 * after their Word answer is merged, each item's origin points into their answer's package,
 * taken from the item of theirs it was merged with. Their answer holds, in its runs:
 * - their pending revisions and ours they left pending, as `w:ins`/`w:del` (the merged item
 *   has them as the same pending changes: export writes nothing for them);
 * - ours they accepted or rejected as plain text, or gone (decided so in the merged item);
 * - their untracked edits as plain text, or gone, which the merged item holds as their
 *   pending changes: those are `settled` in the origin, so export leaves them as they are.
 * Their comments, and ours they sent back, are in it too: `held` in the origin, never written twice.
 * An item whose markup does not spell what their document holds gets no origin (export
 * then names it), never one that would write at the wrong places.
 */
import { diffArrays } from 'diff';
import { hasPartyBlock, partyText, type Clause, type Comment, type Contract, type DocxOrigin, type Party, type Segment, type Tom, type WholeChange } from '../contract';
import { asDocumentHolds, markupNow, markupCheck } from '../docx';
import { sameComment } from './comments';

interface Markable {
  readonly text: string;
  readonly segments?: readonly Segment[];
  readonly change?: WholeChange;
  readonly origin?: DocxOrigin;
}

interface Char {
  readonly char: string;
  readonly kind: Segment['kind'];
  readonly author: string;
  readonly id: string | undefined;
}

function charsOf(segments: readonly Segment[]): Char[] {
  const chars: Char[] = [];
  for (const segment of segments) {
    for (const char of segment.text) chars.push({ char, kind: segment.kind, author: segment.author ?? '', id: segment.id });
  }
  return chars;
}

/** A revision their document holds as the merged item holds it (Word may leave out its author: the merge then names one). */
const sameRevision = (merged: Char, theirs: Char) => merged.kind === theirs.kind && (theirs.author === '' || theirs.author === merged.author);

/** Whether a merged character can be theirs: the same, or a change of the merged item their document holds made (an insertion as plain text). */
function fits(merged: Char, theirs: Char): boolean {
  if (merged.char !== theirs.char) return false;
  if (merged.kind === 'insert' && theirs.kind === 'equal') return merged.id !== undefined;
  return merged.kind === 'equal' ? theirs.kind === 'equal' : sameRevision(merged, theirs);
}

/** The changes of `merged` their document holds made, so that the two spell the same; null where no such changes do. */
function settledChanges(merged: readonly Segment[], theirs: readonly Segment[]): string[] | null {
  const ours = charsOf(merged);
  const held = charsOf(theirs);
  const settled = new Set<string>();
  let oursAt = 0;
  let heldAt = 0;
  for (const part of diffArrays<Char>(ours, held, { comparator: fits })) {
    const count = part.count ?? part.value.length;
    // Text their document holds that the merged item lacks: not the same document text.
    if (part.added) return null;
    for (let index = 0; index < count; index++) {
      const char = ours[oursAt + index]!;
      if (part.removed) {
        if (char.kind !== 'delete' || char.id === undefined) return null;
        settled.add(char.id);
      } else if (char.kind === 'insert' && held[heldAt + index]!.kind === 'equal') settled.add(char.id!);
    }
    oursAt += count;
    if (!part.removed) heldAt += count;
  }
  // A change only partly held made (some of its words plain, some still a revision) is no change of one kind there.
  const spelled = charsOf(asDocumentHolds(merged, [...settled]));
  const same = spelled.length === held.length && spelled.every((char, index) => char.char === held[index]!.char && (char.kind === 'equal' ? held[index]!.kind === 'equal' : sameRevision(char, held[index]!)));
  return same ? [...settled] : null;
}

/**
 * The origin of a merged item in their answer: the origin of `theirs`, the item it was merged
 * with, where the two spell the same document text. An item of ours they deleted without
 * tracking has no paragraph there: an origin of none, its deletion settled.
 */
export function originInTheirs(merged: Markable, theirs: Markable | undefined): DocxOrigin | undefined {
  if (theirs && !theirs.origin) return undefined;
  const markup = markupNow(merged);
  const held = theirs ? markupNow(theirs) : [];
  const settled = settledChanges(markup, held);
  if (!settled) return undefined;
  const origin = theirs?.origin ?? { pieces: [], check: markupCheck('') };
  return { pieces: origin.pieces, check: origin.check, ...(settled.length > 0 ? { settled } : {}) };
}

/** Our comments and replies their document holds (the same author and words: one we sent that came back, one of theirs adopted), by id. */
function heldComments(comments: readonly Comment[] | undefined, theirs: readonly Comment[] | undefined): string[] {
  const held: string[] = [];
  for (const comment of comments ?? []) {
    const thread = theirs?.find((candidate) => sameComment(candidate, comment));
    if (!thread) continue;
    held.push(comment.id);
    for (const reply of comment.replies) if (thread.replies.some((candidate) => sameComment(candidate, reply))) held.push(reply.id);
  }
  return held;
}

function onTheirs<T extends Clause | Tom>(item: T, theirs: Clause | Tom | undefined): T {
  const { origin: _old, ...rest } = item;
  const origin = originInTheirs(item, theirs);
  const held = heldComments(item.comments, theirs?.comments);
  return (origin ? { ...rest, origin: held.length > 0 ? { ...origin, held } : origin } : rest) as T;
}

function partyOnTheirs(party: Party, other: Contract): Party {
  const { origin: _old, ...rest } = party;
  if (!hasPartyBlock(party)) return rest;
  const theirs = other.parties.find((candidate) => candidate.role === party.role && hasPartyBlock(candidate));
  const origin = originInTheirs({ ...party, text: partyText(party) }, theirs && { ...theirs, text: partyText(theirs) });
  return origin ? { ...rest, origin } : rest;
}

/**
 * The merged contract on their answer's document: every origin taken from `counterparts`
 * (the item of `other` each merged clause or measure was merged with, by its id), the
 * parties' and the date's from theirs.
 */
export function onTheirDocument(contract: Contract, other: Contract, counterparts: ReadonlyMap<string, Clause | Tom>): Contract {
  const { dateOrigin: _old, ...rest } = contract;
  const date = contract.date === null ? undefined : originInTheirs({ text: contract.date, ...(contract.dateSegments ? { segments: contract.dateSegments } : {}) }, other.date === null ? undefined : { text: other.date, ...(other.dateSegments ? { segments: other.dateSegments } : {}), ...(other.dateOrigin ? { origin: other.dateOrigin } : {}) });
  return {
    ...rest,
    ...(date ? { dateOrigin: date } : {}),
    parties: contract.parties.map((party) => partyOnTheirs(party, other)),
    sections: contract.sections.map((section) => ({ ...section, clauses: section.clauses.map((clause) => onTheirs(clause, counterparts.get(clause.id))) })),
    toms: contract.toms.map((tom) => onTheirs(tom, counterparts.get(tom.id))),
  };
}
