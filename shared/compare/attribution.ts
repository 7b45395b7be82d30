/**
 * Whose a difference is. Where their document tracked it (`w:ins`/`w:del` with `w:author`
 * and `w:date`), it is that revision's; where they edited without tracking, it is the
 * document's (its last author, at its date). Texts are matched with whitespace aside,
 * as the comparison matches them.
 */
import type { Segment } from '../contract';

export interface Attribution {
  readonly author: string;
  readonly date: string;
  /** Their revision's id in their document; absent for an untracked edit. */
  readonly revision?: string;
}

/** A piece of text and whose it is. */
export interface Attributed {
  readonly text: string;
  readonly by: Attribution;
}

export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Where `needle` stands in `text` from `from` on, any whitespace matching any whitespace; null when it does not. */
export function findLoosely(text: string, needle: string, from = 0): { start: number; end: number } | null {
  const words = needle.trim().split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s+'), 'gu');
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

/** A revision of theirs as the attribution of its words; an author or date it lacks is the document's. */
export function revisionOf(segment: Segment, plain: Attribution): Attribution {
  return { author: segment.author || plain.author, date: segment.date || plain.date, ...(segment.id ? { revision: segment.id } : {}) };
}

function sameAttribution(a: Attribution, b: Attribution): boolean {
  return a.author === b.author && a.date === b.date && a.revision === b.revision;
}

/** Whitespace alone is nobody's edit: it goes with the piece before it (or after it, at the start). */
export function foldWhitespace(pieces: readonly Attributed[]): Attributed[] {
  const out: Attributed[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (piece.text === '') continue;
    if (piece.text.trim() === '' && !piece.by.revision) {
      const last = out[out.length - 1];
      if (last) out[out.length - 1] = { ...last, text: last.text + piece.text };
      else pending += piece.text;
      continue;
    }
    const last = out[out.length - 1];
    const text = pending + piece.text;
    pending = '';
    if (last && sameAttribution(last.by, piece.by)) out[out.length - 1] = { ...last, text: last.text + text };
    else out.push({ text, by: piece.by });
  }
  if (pending !== '') out.push({ text: pending, by: pieces[pieces.length - 1]!.by });
  return out;
}

/**
 * Deleted words and the deletions their document holds where the words stood: each
 * deletion's words, found in order, are its; the rest is an untracked edit.
 */
export function attributeDeletion(text: string, deletions: readonly Segment[], plain: Attribution): Attributed[] {
  const pieces: Attributed[] = [];
  let cursor = 0;
  for (const deletion of deletions) {
    const found = findLoosely(text, deletion.text, cursor);
    if (!found) continue;
    if (found.start > cursor) pieces.push({ text: text.slice(cursor, found.start), by: plain });
    pieces.push({ text: text.slice(found.start, found.end), by: revisionOf(deletion, plain) });
    cursor = found.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), by: plain });
  return foldWhitespace(pieces);
}
