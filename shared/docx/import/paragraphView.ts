/**
 * A paragraph as the parser is given it: its current text (every change accepted), or,
 * for a paragraph deleted whole, its original text, so a deleted clause still parses as
 * the clause it was and comes out as a whole-clause deletion. `toMarkup` maps each
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
  /** `toMarkup[i]` is the markup offset of `text[i]`. */
  readonly toMarkup: Int32Array;
  readonly markupLength: number;
  /** One flag per markup character: part of `text` or not. */
  readonly inView: Uint8Array;
}

function visible(kind: RawSegment['kind'], mode: ViewMode): boolean {
  return mode === 'current' ? kind !== 'delete' : kind !== 'insert';
}

export function viewOf(paragraph: DocxParagraph, segments: readonly RawSegment[] = paragraph.segments): ParagraphView {
  const current = segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text).join('');
  const original = segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text).join('');
  const mode: ViewMode = current.trim() === '' && original.trim() !== '' ? 'original' : 'current';
  const markupLength = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const inView = new Uint8Array(markupLength);
  const text = mode === 'current' ? current : original;
  const toMarkup = new Int32Array(text.length);
  let markup = 0;
  let index = 0;
  for (const segment of segments) {
    const length = segment.text.length;
    if (visible(segment.kind, mode)) {
      inView.fill(1, markup, markup + length);
      for (let i = 0; i < length; i++) toMarkup[index++] = markup + i;
    }
    markup += length;
  }
  return { paragraph, segments, mode, text, toMarkup, markupLength, inView };
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
      const hidden = !view.inView[a];
      if (!onlyHidden || hidden) found.push({ ...segment, text: segment.text.slice(a - start, b - start), from: a, to: b });
    }
    start = end;
    if (start >= to) break;
  }
  return found;
}
