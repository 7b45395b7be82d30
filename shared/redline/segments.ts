/**
 * Segments: a text with its tracked changes (DESIGN.md, "The data model of a redline").
 * `equal` text, `insert` and `delete` runs of one author — Word's `w:ins`/`w:del`.
 */
import type { Segment } from '../contract';

export type ChangeSegment = Segment & { readonly kind: 'insert' | 'delete'; readonly author: string; readonly date: string; readonly id: string };

export function isChange(segment: Segment): segment is ChangeSegment {
  return segment.kind !== 'equal';
}

/** The segments of a text that may have none (no segments: all of it is unchanged). */
export function segmentsOf(item: { readonly text: string; readonly segments?: readonly Segment[] | undefined }): readonly Segment[] {
  return item.segments ?? (item.text === '' ? [] : [{ kind: 'equal', text: item.text }]);
}

/** The text as it reads now: insertions in, deletions out. */
export function currentText(segments: readonly Segment[]): string {
  return segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
}

/** The text as it read before any pending change: deletions in, insertions out. */
export function originalText(segments: readonly Segment[]): string {
  return segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text).join('');
}

export function hasChanges(segments: readonly Segment[] | undefined): boolean {
  return segments !== undefined && segments.some(isChange);
}

/** Half of one move, or both of none: a move's half is never merged into a plain change or another move. */
function sameMove(a: Segment, b: Segment): boolean {
  return a.move?.name === b.move?.name && a.move?.side === b.move?.side;
}

/** Whether `segment` joins the run that `last` ends: same kind, and for a change the same author and move. */
function joins(last: Segment, segment: Segment): boolean {
  return last.kind === segment.kind && (segment.kind === 'equal' || (last.author === segment.author && sameMove(last, segment)));
}

/**
 * Drops empty segments and merges neighbours of the same kind and author, as Word joins
 * adjacent revisions of one reviewer: the merged change keeps the older change's id and
 * the latest date. Each run is built once, from its first segment (a segment alone stays the
 * same object): merging pairwise copied the growing segment at every step, which accepting
 * all of a negotiation's changes did for every word that became plain text.
 */
export function normalize(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  let first: Segment | null = null;
  let texts: string[] = [];
  let date: string | undefined;
  let id: string | undefined;
  const close = () => {
    if (first === null) return;
    merged.push(texts.length === 1 ? first : { ...first, text: texts.join(''), ...(date !== undefined ? { date } : {}), ...(id !== undefined ? { id } : {}) });
  };
  for (const segment of segments) {
    if (segment.text === '') continue;
    if (first !== null && joins(first, segment)) {
      // As pairwise merging did: a later date is taken, and the id of a part older than the latest date so far.
      const newer = date !== undefined && segment.date !== undefined && segment.date > date;
      const older = date !== undefined && segment.date !== undefined && segment.date < date;
      if (older && segment.id !== undefined) id = segment.id;
      if (newer) date = segment.date;
      texts.push(segment.text);
      continue;
    }
    close();
    first = segment;
    texts = [segment.text];
    date = segment.date;
    id = segment.id;
  }
  close();
  return merged;
}

/**
 * One change, one id: where another author's words split a change in two, the second
 * part becomes a change of its own.
 */
export function uniqueIds(segments: readonly Segment[], newId: () => string): Segment[] {
  const seen = new Set<string>();
  return segments.map((segment) => {
    if (segment.id === undefined) return segment;
    if (!seen.has(segment.id)) {
      seen.add(segment.id);
      return segment;
    }
    const id = newId();
    seen.add(id);
    return { ...segment, id };
  });
}

/** Segments that hold no change are stored as no segments at all. */
export function compact(segments: readonly Segment[]): readonly Segment[] | undefined {
  const normalized = normalize(segments);
  return normalized.some(isChange) ? normalized : undefined;
}
