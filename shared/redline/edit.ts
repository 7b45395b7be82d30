/**
 * Turning an edit of the current text into tracked changes. The reviewer edits the text as
 * it reads now; a word-level diff (jsdiff, whitespace kept) of old against new current text
 * is laid over the segments: new words become the author's insertion, removed unchanged
 * words become the author's deletion, and removed words of a pending insertion — the
 * author's own or another's — simply go, as Word does. Deletions already pending stay.
 */
import { diffWordsWithSpace } from 'diff';
import type { Segment } from '../contract';
import { normalize, uniqueIds } from './segments';

export interface EditContext {
  readonly author: string;
  readonly date: string;
  /** A new change id, unique in the review. */
  readonly newId: () => string;
}

export interface WordChange {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

/**
 * Where `before` and `after` differ, at the level of words and whitespace. Changes that
 * only whitespace separates read as one (`~~Bundesrepublik Deutschland~~ Republik
 * Österreich`, not word by word), as a reviewer would mark them by hand.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const parts: WordChange[] = diffWordsWithSpace(before, after).map((part) => ({ value: part.value, added: part.added, removed: part.removed }));
  const result: WordChange[] = [];
  let removed = '';
  let added = '';
  let gap = '';
  const flush = () => {
    if (removed) result.push({ value: removed, added: false, removed: true });
    if (added) result.push({ value: added, added: true, removed: false });
    if (gap) result.push({ value: gap, added: false, removed: false });
    removed = added = gap = '';
  };
  for (const part of parts) {
    if (part.added || part.removed) {
      if (gap && (removed || added)) {
        // Whitespace between two changes belongs to both sides of the joined change.
        removed += gap;
        added += gap;
        gap = '';
      } else if (gap) {
        result.push({ value: gap, added: false, removed: false });
        gap = '';
      }
      if (part.added) added += part.value;
      else removed += part.value;
    } else if (/^\s+$/u.test(part.value) && (removed || added)) {
      gap += part.value;
    } else {
      flush();
      result.push(part);
    }
  }
  flush();
  return result;
}

export function applyEdit(segments: readonly Segment[], after: string, context: EditContext): Segment[] {
  const before = segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
  if (before === after) return [...segments];
  const out: Segment[] = [];
  // A cursor over the segments: index and offset into the current (visible) text.
  let index = 0;
  let offset = 0;

  /** Copies pending deletions at the cursor, which are invisible in the current text. */
  const passDeletions = () => {
    while (index < segments.length && segments[index]!.kind === 'delete') out.push(segments[index++]!);
  };

  /** Takes `length` visible characters from the cursor, handing each piece to `take`. */
  const consume = (length: number, take: (segment: Segment, text: string) => void) => {
    let left = length;
    while (left > 0) {
      passDeletions();
      const segment = segments[index]!;
      const available = segment.text.length - offset;
      const size = Math.min(available, left);
      take(segment, segment.text.slice(offset, offset + size));
      left -= size;
      offset += size;
      if (offset === segment.text.length) {
        index++;
        offset = 0;
      }
    }
  };

  for (const part of wordChanges(before, after)) {
    if (part.added) {
      out.push({ kind: 'insert', text: part.value, author: context.author, date: context.date, id: context.newId() });
    } else if (part.removed) {
      // Each run of removed words is one deletion; a pending insertion in it just goes.
      const deletionId = context.newId();
      consume(part.value.length, (segment, text) => {
        if (segment.kind === 'equal') out.push({ kind: 'delete', text, author: context.author, date: context.date, id: deletionId });
      });
    } else {
      consume(part.value.length, (segment, text) => out.push({ ...segment, text }));
    }
  }
  passDeletions();
  return uniqueIds(normalize(reorderDeletionsFirst(out)), context.newId);
}

/**
 * Where a deletion and an insertion meet, the deletion reads first (`~~old~~ new`), as
 * Word and every redline show a replacement.
 */
function reorderDeletionsFirst(segments: readonly Segment[]): Segment[] {
  const result = [...segments];
  for (let i = 1; i < result.length; i++) {
    const previous = result[i - 1]!;
    const current = result[i]!;
    if (previous.kind === 'insert' && current.kind === 'delete' && previous.author === current.author) {
      result[i - 1] = current;
      result[i] = previous;
      if (i > 1) i -= 2;
    }
  }
  return result;
}
