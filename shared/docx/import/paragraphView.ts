/**
 * A paragraph as the parser is given it: its current text (every change accepted), or,
 * for a paragraph deleted whole, its original text, so a deleted clause still parses as
 * the clause it was and comes out as a whole-clause deletion. `markupOffset` maps each
 * character of that text back to its offset in the paragraph's markup (all segments,
 * deleted and inserted alike), which is where revisions and comment marks live.
 */
import type { DocxParagraph } from '../read/body';
import type { RawSegment } from '../read/revisions';

export type ViewMode = 'current' | 'original';

export interface ParagraphView {
  readonly paragraph: DocxParagraph;
  readonly segments: readonly RawSegment[];
  readonly mode: ViewMode;
  readonly text: string;
  /**
   * Where each segment in the view starts, in `text` and in the markup (see `markupOffset`),
   * and one flag per markup character, part of `text` or not; all null when every character
   * of the markup is in the view (no tracked change hides any), as in most paragraphs.
   */
  readonly textStarts: Int32Array | null;
  readonly markupStarts: Int32Array | null;
  readonly markupLength: number;
  readonly inView: Uint8Array | null;
}

function visible(kind: RawSegment['kind'], mode: ViewMode): boolean {
  return mode === 'current' ? kind !== 'delete' : kind !== 'insert';
}

export function viewOf(paragraph: DocxParagraph, segments: readonly RawSegment[] = paragraph.segments): ParagraphView {
  let current = '';
  let original = '';
  let markupLength = 0;
  for (const segment of segments) {
    if (segment.kind !== 'delete') current += segment.text;
    if (segment.kind !== 'insert') original += segment.text;
    markupLength += segment.text.length;
  }
  const mode: ViewMode = current.trim() === '' && original.trim() !== '' ? 'original' : 'current';
  const text = mode === 'current' ? current : original;
  if (text.length === markupLength) return { paragraph, segments, mode, text, textStarts: null, markupStarts: null, markupLength, inView: null };
  const inView = new Uint8Array(markupLength);
  const textStarts: number[] = [];
  const markupStarts: number[] = [];
  let markup = 0;
  let index = 0;
  for (const segment of segments) {
    const length = segment.text.length;
    if (visible(segment.kind, mode) && length > 0) {
      inView.fill(1, markup, markup + length);
      textStarts.push(index);
      markupStarts.push(markup);
      index += length;
    }
    markup += length;
  }
  return { paragraph, segments, mode, text, textStarts: Int32Array.from(textStarts), markupStarts: Int32Array.from(markupStarts), markupLength, inView };
}

/** The markup offset of `view.text[index]` (an index inside the text): its segment's start in the markup plus its place in the segment. */
export function markupOffset(view: ParagraphView, index: number): number {
  const starts = view.textStarts;
  const markupStarts = view.markupStarts;
  if (!starts || !markupStarts) return index;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return markupStarts[low]! + (index - starts[low]!);
}

export interface MarkupSlice extends RawSegment {
  /** Markup offsets of the slice. */
  readonly from: number;
  readonly to: number;
}

/** The pieces of the markup in [from, to), as segments; `onlyHidden` keeps only characters outside the view. */
export function markupSegments(view: ParagraphView, from: number, to: number, onlyHidden: boolean): MarkupSlice[] {
  const found: MarkupSlice[] = [];
  let start = 0;
  for (const segment of view.segments) {
    const end = start + segment.text.length;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a < b) {
      const hidden = view.inView !== null && !view.inView[a];
      if (!onlyHidden || hidden) {
        // Built field by field: a spread object is several times slower to make, and this runs for every line of every clause.
        const text = segment.text.slice(a - start, b - start);
        found.push(segment.revision ? { kind: segment.kind, text, revision: segment.revision, from: a, to: b } : { kind: segment.kind, text, from: a, to: b });
      }
    }
    start = end;
    if (start >= to) break;
  }
  return found;
}
