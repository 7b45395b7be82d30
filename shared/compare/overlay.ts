/**
 * Round two on one text (a clause, a measure, a party, the date): our segments with our
 * pending changes, their segments with their revisions, and the comparison's pieces of
 * the two current texts, laid over each other. Every difference the pieces show becomes
 * a tracked change of whoever made it (`attribution.ts`) — exactly the pieces on screen,
 * never a diff of its own. Our pending changes stay where their document still has them
 * pending; where their text shows one accepted (our insertion now plain, our deletion
 * gone) or rejected (our insertion gone, our deleted words back), it is decided so.
 */
import type { Segment } from '../contract';
import { isChange, normalize, uniqueIds, type ChangeAction } from '../redline';
import { attributeDeletion, findLoosely, foldWhitespace, revisionOf, squash, type Attributed, type Attribution } from './attribution';
import type { Span } from './spans';

export interface OverlayInput {
  readonly ours: readonly Segment[];
  readonly theirs: readonly Segment[];
  /** The comparison's pieces on our current text (old) and theirs (new). */
  readonly spans: readonly Span[];
  /** Whose a difference is that their document does not attribute. */
  readonly plain: Attribution;
  readonly newId: () => string;
  /** Our changes decided as a whole clause or measure, left as they are here. */
  readonly untouched?: ReadonlySet<string>;
  /** Whether their text decides our pending changes; false when the other side is a version of our own. */
  readonly decide?: boolean;
}

export interface OverlayResult {
  readonly segments: Segment[];
  /** Our pending changes their document decided, by change id. */
  readonly actions: ReadonlyMap<string, ChangeAction>;
}

interface Placed {
  readonly segment: Segment;
  /** Where it starts in the current text (a deletion: where it stands, taking no room) and ends. */
  readonly start: number;
  readonly end: number;
}

function place(segments: readonly Segment[]): Placed[] {
  let at = 0;
  return segments.map((segment) => {
    const start = at;
    if (segment.kind !== 'delete') at += segment.text.length;
    return { segment, start, end: at };
  });
}

function currentOf(placed: readonly Placed[]): string {
  return placed.map((item) => (item.segment.kind === 'delete' ? '' : item.segment.text)).join('');
}

const key = (segment: Segment) => `${segment.kind}\u0000${segment.author ?? ''}\u0000${squash(segment.text)}`;
const isSpace = (text: string, at: number) => /\s/u.test(text[at] ?? '');

interface Reading {
  readonly actions: Map<string, ChangeAction>;
  /** Their deletions that are our own, still pending: no deletion of theirs. */
  readonly pendingOfOurs: Set<Placed>;
  /** Where, in the words an insertion piece shows, our rejected deletion's words stand again (by piece). */
  readonly restored: Map<Span, { start: number; end: number }[]>;
}

/** What their document did with each of our pending changes. */
function read(ours: readonly Placed[], theirs: readonly Placed[], spans: readonly Span[], texts: { old: string; new: string }, untouched: ReadonlySet<string>): Reading {
  const pending = new Map<string, Placed[]>();
  for (const item of theirs) if (isChange(item.segment)) pending.set(key(item.segment), [...(pending.get(key(item.segment)) ?? []), item]);
  const insertedByUs = new Uint8Array(texts.old.length);
  for (const item of ours) if (item.segment.kind === 'insert') insertedByUs.fill(1, item.start, item.end);
  const reading: Reading = { actions: new Map(), pendingOfOurs: new Set(), restored: new Map() };

  for (const item of ours) {
    const { segment } = item;
    if (!isChange(segment) || untouched.has(segment.id)) continue;
    const still = pending.get(key(segment))?.shift();
    if (still) {
      if (segment.kind === 'delete') reading.pendingOfOurs.add(still);
      continue;
    }
    if (segment.kind === 'insert') {
      // What the pieces over our inserted words are, where they hold more than whitespace.
      const kinds = new Set<string>();
      const any = new Set<string>();
      for (const span of spans) {
        if (span.kind === 'insert') continue;
        const start = Math.max(span.old.start, item.start);
        const end = Math.min(span.old.end, item.end);
        if (start >= end) continue;
        any.add(span.kind);
        if (texts.old.slice(start, end).trim() !== '') kinds.add(span.kind);
      }
      const decided = kinds.size > 0 ? kinds : any;
      if (decided.size === 1) reading.actions.set(segment.id, decided.has('equal') ? 'accept' : 'reject');
      continue;
    }
    // Our deleted words back where they stood (across spaces and our own insertions there): rejected.
    let low = item.start;
    while (low > 0 && (isSpace(texts.old, low - 1) || insertedByUs[low - 1] === 1)) low--;
    let high = item.start;
    while (high < texts.old.length && (isSpace(texts.old, high) || insertedByUs[high] === 1)) high++;
    let rejected = false;
    for (const span of spans) {
      if (span.kind !== 'insert' || span.old.start < low || span.old.start > high) continue;
      const taken = reading.restored.get(span) ?? [];
      const from = Math.max(span.new.start, taken[taken.length - 1]?.end ?? 0);
      const found = findLoosely(texts.new.slice(0, span.new.end), segment.text, from);
      if (!found) continue;
      reading.restored.set(span, [...taken, found]);
      rejected = true;
      break;
    }
    reading.actions.set(segment.id, rejected ? 'reject' : 'accept');
  }
  return reading;
}

/** The parts of `start`–`end` outside `holes` (sorted, not overlapping). */
function outside(start: number, end: number, holes: readonly { start: number; end: number }[]): [number, number][] {
  const parts: [number, number][] = [];
  let at = start;
  for (const hole of holes) {
    if (hole.end <= at || hole.start >= end) continue;
    if (hole.start > at) parts.push([at, hole.start]);
    at = Math.max(at, hole.end);
  }
  if (at < end) parts.push([at, end]);
  return parts;
}

export function overlay(input: OverlayInput): OverlayResult {
  const ours = place(input.ours);
  const theirs = place(input.theirs);
  const texts = { old: currentOf(ours), new: currentOf(theirs) };
  const { actions, pendingOfOurs, restored } =
    input.decide === false ? { actions: new Map<string, ChangeAction>(), pendingOfOurs: new Set<Placed>(), restored: new Map<Span, never[]>() } : read(ours, theirs, input.spans, texts, input.untouched ?? new Set());
  const { plain, newId } = input;
  const out: Segment[] = [];
  const revisionIds = new Map<string, string>();
  const idOf = (by: Attribution) => {
    if (by.revision === undefined) return newId();
    let id = revisionIds.get(by.revision);
    if (id === undefined) revisionIds.set(by.revision, (id = newId()));
    return id;
  };
  const emit = (kind: 'insert' | 'delete', pieces: readonly Attributed[]) => {
    for (const piece of pieces) out.push({ kind, text: piece.text, author: piece.by.author, date: piece.by.date, id: idOf(piece.by) });
  };

  // Words of ours their text no longer has, waiting for the deletions of theirs they may be.
  let deleted = '';
  let deletions: Segment[] = [];
  const flush = () => {
    if (deleted !== '') emit('delete', attributeDeletion(deleted, deletions, plain));
    deleted = '';
  };

  let index = 0;
  let offset = 0;
  const passDeletions = () => {
    while (index < ours.length && ours[index]!.segment.kind === 'delete') {
      const { segment } = ours[index++]!;
      const action = segment.id === undefined ? undefined : actions.get(segment.id);
      if (action === 'accept') continue;
      flush();
      out.push(action === 'reject' ? { kind: 'equal', text: segment.text } : segment);
    }
  };
  /** Our current text up to `end`, piece by piece. */
  const consume = (end: number, take: (segment: Segment, text: string) => void) => {
    while (index < ours.length) {
      passDeletions();
      const item = ours[index];
      if (!item || item.start + offset >= end) return;
      const size = Math.min(item.end - item.start - offset, end - item.start - offset);
      take(item.segment, item.segment.text.slice(offset, offset + size));
      offset += size;
      if (item.start + offset === item.end) {
        index++;
        offset = 0;
      }
    }
  };
  const kept = (segment: Segment, text: string, asDeleted: boolean) => {
    const action = segment.id === undefined ? undefined : actions.get(segment.id);
    if (segment.kind === 'equal' || action === 'accept') {
      if (asDeleted) deleted += text;
      else out.push({ kind: 'equal', text });
    } else if (action !== 'reject' && !asDeleted) out.push({ ...segment, text });
    // Rejected, or words of a pending insertion their text no longer has: gone, as Word removes them.
  };

  for (const span of input.spans) {
    if (span.kind === 'equal') consume(span.old.end, (segment, text) => kept(segment, text, false));
    else if (span.kind === 'delete') {
      deletions = theirDeletionsAt(theirs, span.new.start, texts.new, pendingOfOurs);
      consume(span.old.end, (segment, text) => kept(segment, text, true));
      flush();
    } else {
      passDeletions();
      const holes = restored.get(span) ?? [];
      const pieces: Attributed[] = [];
      for (const item of theirs) {
        if (item.segment.kind === 'delete') continue;
        for (const [start, end] of outside(Math.max(item.start, span.new.start), Math.min(item.end, span.new.end), holes)) {
          pieces.push({ text: texts.new.slice(start, end), by: item.segment.kind === 'insert' ? revisionOf(item.segment, plain) : plain });
        }
      }
      // Our deleted words they brought back are ours again; the space that stood beside them is no change of theirs.
      if (holes.length === 0 || pieces.some((piece) => piece.text.trim() !== '')) emit('insert', foldWhitespace(pieces));
    }
  }
  consume(texts.old.length, (segment, text) => kept(segment, text, false));
  passDeletions();
  return { segments: uniqueIds(normalize(out), newId), actions };
}

/** Their deletions where a piece of ours is gone from their text: at its place, across spaces. */
function theirDeletionsAt(theirs: readonly Placed[], at: number, text: string, ours: ReadonlySet<Placed>): Segment[] {
  let low = at;
  while (low > 0 && isSpace(text, low - 1)) low--;
  let high = at;
  while (high < text.length && isSpace(text, high)) high++;
  return theirs.filter((item) => item.segment.kind === 'delete' && !ours.has(item) && item.start >= low && item.start <= high).map((item) => item.segment);
}
