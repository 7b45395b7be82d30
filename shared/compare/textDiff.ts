/**
 * Word-level differences of two texts (one clause pair, one measure pair), never of a
 * whole document: tokens interned, diffed as integers, then cleaned up so that a reader
 * sees `~~Bundesrepublik Deutschland~~ ++Republik Österreich++` rather than a confetti of
 * single words kept equal by chance (the "semantic cleanup" of Fraser's diff-match-patch).
 */
import type { DiffSegment } from './model';
import { diffSequences, type Run } from './sequenceDiff';
import { leadOf, leadStart, type TokenizedText } from './tokens';

/** Beyond this many inserted and deleted words a clause is shown as replaced as a whole. */
const MAX_WORD_EDITS = 4000;

interface Block {
  readonly equal: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

function blocksOf(runs: readonly Run[]): Block[] {
  const blocks: Block[] = [];
  for (const run of runs) {
    const equal = run.kind === 'equal';
    const oldLength = run.kind === 'insert' ? 0 : run.length;
    const newLength = run.kind === 'delete' ? 0 : run.length;
    const last = blocks[blocks.length - 1];
    if (last && !last.equal && !equal) {
      last.oldEnd += oldLength;
      last.newEnd += newLength;
      continue;
    }
    blocks.push({ equal, oldStart: run.oldStart, oldEnd: run.oldStart + oldLength, newStart: run.newStart, newEnd: run.newStart + newLength });
  }
  return blocks;
}

function replaceAll(oldLength: number, newLength: number): Block[] {
  return [{ equal: false, oldStart: 0, oldEnd: oldLength, newStart: 0, newEnd: newLength }];
}

/** The characters of tokens `start` to `end`, their leads aside. */
function length(tokens: TokenizedText, start: number, end: number): number {
  let total = 0;
  for (let i = start; i < end; i++) total += tokens.ends[i]! - tokens.starts[i]!;
  return total;
}

/**
 * Folds an equal stretch into the changes around it when it is no longer than the
 * changes on either side: such a stretch is coincidence, not common text.
 */
function cleanup(blocks: readonly Block[], before: TokenizedText, after: TokenizedText): Block[] {
  const size = (block: Block) => Math.max(length(before, block.oldStart, block.oldEnd), length(after, block.newStart, block.newEnd));
  const out: Block[] = [];
  for (const block of blocks) {
    out.push({ equal: block.equal, oldStart: block.oldStart, oldEnd: block.oldEnd, newStart: block.newStart, newEnd: block.newEnd });
    while (out.length >= 3) {
      const left = out[out.length - 3]!;
      const middle = out[out.length - 2]!;
      const right = out[out.length - 1]!;
      if (left.equal || !middle.equal || right.equal) break;
      const equalLength = length(after, middle.newStart, middle.newEnd);
      if (equalLength > size(left) || equalLength > size(right)) break;
      out.length -= 3;
      out.push({ equal: false, oldStart: left.oldStart, oldEnd: right.oldEnd, newStart: left.newStart, newEnd: right.newEnd });
    }
  }
  return out;
}

const WHITESPACE = /^\s+$/u;

/** Tokens `start` to `end` (at least one) as written, with the lead of the first unless `skipFirstLead`. */
function join(tokens: TokenizedText, start: number, end: number, skipFirstLead: boolean): string {
  return tokens.text.slice(skipFirstLead ? tokens.starts[start] : leadStart(tokens, start), tokens.ends[end - 1]);
}

function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === segment.kind) out[out.length - 1] = { kind: last.kind, text: last.text + segment.text };
    else out.push(segment);
  }
  return out;
}

/**
 * The segments that turn `old` into `next`: deletions from the old, insertions from the
 * new, and equal text as the side `equalFrom` writes it (the new side for showing a
 * comparison; the old for adopting it, so that what the comparison ignores stays as it was).
 * Whitespace-only differences are ignored, and case and punctuation when the options the
 * texts were read with say so.
 */
export function diffTokens(old: TokenizedText, next: TokenizedText, equalFrom: 'old' | 'new' = 'new'): DiffSegment[] {
  const runs = diffSequences(old.keys, next.keys, MAX_WORD_EDITS);
  const blocks = cleanup(runs ? blocksOf(runs) : replaceAll(old.keys.length, next.keys.length), old, next);
  const fromOld = equalFrom === 'old';
  const base = fromOld ? old : next;
  const other = fromOld ? next : old;
  const baseStart = (block: Block) => (fromOld ? block.oldStart : block.newStart);
  const otherStart = (block: Block) => (fromOld ? block.newStart : block.oldStart);
  const segments: DiffSegment[] = [];
  // The whitespace before the first token after a one-sided change, when the change took it along.
  let consumed = -1;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.equal) {
      const start = baseStart(block);
      const end = start + (block.newEnd - block.newStart);
      if (end > start) segments.push({ kind: 'equal', text: join(base, start, end, start === consumed) });
      continue;
    }
    const oldFirst = block.oldStart < block.oldEnd ? leadOf(old, block.oldStart) : null;
    const newFirst = block.newStart < block.newEnd ? leadOf(next, block.newStart) : null;
    if (oldFirst !== null && newFirst !== null) {
      const shared = WHITESPACE.test(oldFirst) && WHITESPACE.test(newFirst);
      if (shared) segments.push({ kind: 'equal', text: fromOld ? oldFirst : newFirst });
      segments.push({ kind: 'delete', text: join(old, block.oldStart, block.oldEnd, shared) });
      segments.push({ kind: 'insert', text: join(next, block.newStart, block.newEnd, shared) });
      continue;
    }
    // Only deleted or only inserted words: the space before them stays, the one after goes with them.
    const [kind, tokens, start, end] = oldFirst !== null ? (['delete', old, block.oldStart, block.oldEnd] as const) : (['insert', next, block.newStart, block.newEnd] as const);
    const firstLead = leadOf(tokens, start);
    const followingBlock = blocks[index + 1]?.equal ? blocks[index + 1]! : undefined;
    const following = followingBlock ? leadOf(base, baseStart(followingBlock)) : undefined;
    // Before punctuation (`Deutschland~~ unter Ausschluss~~.`) the space goes with the change,
    // so that neither side reads a space before the full stop.
    if (WHITESPACE.test(firstLead) && following !== undefined && WHITESPACE.test(following)) {
      segments.push({ kind: 'equal', text: firstLead });
      consumed = baseStart(followingBlock!);
      segments.push({ kind, text: join(tokens, start, end, true) + following });
      continue;
    }
    // A change at the start of the text, or glued to what precedes it, takes the space after it along
    // when only its own side has that space.
    const ownSide = (kind === 'delete') === fromOld ? null : followingBlock ? leadOf(other, otherStart(followingBlock)) : undefined;
    const gap = ownSide && following === '' && WHITESPACE.test(ownSide) ? ownSide : '';
    segments.push({ kind, text: join(tokens, start, end, false) + gap });
  }
  segments.push({ kind: 'equal', text: base.text.slice(leadStart(base, base.keys.length)) });
  return merge(segments);
}

/** The text one side of the segments reads: `old` keeps deletions, `new` keeps insertions. */
export function sideText(segments: readonly DiffSegment[], side: 'old' | 'new'): string {
  const drop = side === 'old' ? 'insert' : 'delete';
  return segments.filter((segment) => segment.kind !== drop).map((segment) => segment.text).join('');
}

/** Whether the segments hold any difference at all. */
export function differs(segments: readonly DiffSegment[]): boolean {
  return segments.some((segment) => segment.kind !== 'equal');
}
