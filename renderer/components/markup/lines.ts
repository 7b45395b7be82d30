/**
 * Segments cut into lines, so that a clause with bullets and paragraphs keeps its shape
 * while every change keeps its author. A line starting with `- ` is a bullet.
 */
import type { Segment, MarkupView } from '../../../shared/contract';

export type Piece = Segment;

export interface Line {
  readonly bullet: boolean;
  readonly pieces: readonly Piece[];
}

/** The segments a view shows: all of them, or the text before or after the changes as plain text. */
export function piecesFor(segments: readonly Segment[], view: MarkupView): Segment[] {
  if (view === 'all') return [...segments];
  const keep = view === 'original' ? 'insert' : 'delete';
  return segments.filter((segment) => segment.kind !== keep).map((segment) => ({ kind: 'equal', text: segment.text }));
}

/** `bulletInMargin`: the first line's bullet is drawn in the margin (`marginMarker`), so that line is a plain paragraph here. */
export function toLines(pieces: readonly Piece[], bulletInMargin = false): Line[] {
  const lines: Piece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]!.push({ ...piece, text: part });
    });
  }
  return lines.map((line, index) => {
    const first = line[0];
    if (!first || !first.text.startsWith('- ')) return { bullet: false, pieces: line };
    return { bullet: !(bulletInMargin && index === 0), pieces: [{ ...first, text: first.text.slice(2) }, ...line.slice(1)].filter((piece) => piece.text !== '') };
  });
}
