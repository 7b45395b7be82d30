/**
 * The reader's model of a paragraph's text with its tracked changes: runs of text, each
 * `equal`, `insert` (`w:ins`, `w:moveTo`) or `delete` (`w:del`, `w:moveFrom`), with the
 * revision's author, date and `w:id` (ECMA-376 Part 1, §17.13.5).
 */
import type { MoveLink, SegmentKind } from '../../contract';

export interface Revision {
  /** `w:id`: unique among the document's revisions, but one revision may span paragraphs. */
  readonly id: string;
  readonly author: string;
  readonly date: string | null;
  /** Where the revision is a half of a move (`w:moveFrom`/`w:moveTo`) inside a named move range. */
  readonly move?: MoveLink;
}

export interface RawSegment {
  readonly kind: SegmentKind;
  readonly text: string;
  readonly revision?: Revision;
}

/** Where a comment's range starts or ends (`w:commentRangeStart`, `w:commentRangeEnd`, `w:commentReference`). */
export interface CommentMark {
  readonly commentId: string;
  /** Offset in the paragraph's markup text: every character, deleted ones included. */
  readonly at: number;
  readonly edge: 'start' | 'end' | 'reference';
}

/**
 * ISO 8601 as the model keeps it (`toISOString`). Word writes `w:date` without a zone
 * meaning its own clock; it is read as UTC so the same file reads the same everywhere.
 */
export function normalizeDate(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/u.test(value.trim()) ? value.trim() : `${value.trim()}Z`;
  const time = Date.parse(zoned);
  // What is no date (`w:date` is an xsd:dateTime) is read as none, as a revision without a date is.
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The last date read and what it reads as: a document's revisions mostly share their dates. */
let lastDate: { readonly value: string | undefined; readonly normalized: string | null } = { value: undefined, normalized: null };

export function revisionOf(element: { readonly attributes: Readonly<Record<string, string>> }, move?: MoveLink): Revision {
  const value = element.attributes['w:date'];
  if (value !== lastDate.value) lastDate = { value, normalized: normalizeDate(value) };
  const id = element.attributes['w:id'] ?? '';
  const author = element.attributes['w:author'] ?? '';
  return move ? { id, author, date: lastDate.normalized, move } : { id, author, date: lastDate.normalized };
}

/** Appends, merging with the last segment when kind and revision match. */
export function pushSegment(segments: RawSegment[], segment: RawSegment): void {
  if (segment.text === '') return;
  const last = segments[segments.length - 1];
  if (last && last.kind === segment.kind && last.revision?.id === segment.revision?.id && last.revision?.author === segment.revision?.author) {
    segments[segments.length - 1] = { ...last, text: last.text + segment.text };
    return;
  }
  segments.push(segment);
}
