/**
 * Where each imported clause, measure, party and the date came from (`DocxOrigin`), from
 * the pieces the target mapper put it together from: the characters of its paragraphs,
 * and the text the import wrote itself (labels, bullets, the breaks between paragraphs).
 * An origin is kept only where its pieces spell exactly the item's markup as the review
 * holds it; anything else would have export write changes in the wrong places.
 */
import type { DocxOrigin, DocxOriginPiece, Segment } from '../../contract';
import { markupCheck } from '../originCheck';
import type { DocxParagraph } from '../read/body';
import type { SourceMapping } from './sourceMapping';

type Piece = { paragraph: number; from: number; to: number } | { text: string };

function piecesOf(mapped: SourceMapping, indexOf: (paragraph: DocxParagraph) => number | undefined): Piece[] | null {
  const pieces: Piece[] = [];
  for (const item of mapped.items) {
    if (item.text === '') continue;
    const last = pieces[pieces.length - 1];
    if (item.view === null) {
      if (last && 'text' in last) last.text += item.text;
      else pieces.push({ text: item.text });
      continue;
    }
    const paragraph = indexOf(item.view.paragraph);
    if (paragraph === undefined) return null;
    if (last && 'paragraph' in last && last.paragraph === paragraph && last.to === item.from) last.to = item.to;
    else pieces.push({ paragraph, from: item.from, to: item.to });
  }
  return pieces;
}

/** The pieces of characters [from, to) of what `pieces` spell. */
function slicePieces(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const sliced: Piece[] = [];
  let start = 0;
  for (const piece of pieces) {
    const length = 'text' in piece ? piece.text.length : piece.to - piece.from;
    const a = Math.max(from, start);
    const b = Math.min(to, start + length);
    if (a < b) sliced.push('text' in piece ? { text: piece.text.slice(a - start, b - start) } : { paragraph: piece.paragraph, from: piece.from + (a - start), to: piece.from + (b - start) });
    start += length;
  }
  return sliced;
}

/** What an item's segments spell, deleted and inserted text alike. */
export function markupOf(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/**
 * The origin of an item whose markup (its segments' texts, joined) is `markup`. Where the
 * item holds only part of what was mapped (a date read out of its line), and nothing in it
 * is changed, it is that part; null where the pieces do not spell the item.
 */
export function originOf(mapped: SourceMapping, markup: string, indexOf: (paragraph: DocxParagraph) => number | undefined): DocxOrigin | null {
  let pieces = piecesOf(mapped, indexOf);
  if (!pieces || markup === '') return null;
  const whole = mapped.items.map((item) => item.text).join('');
  if (whole !== markup) {
    const at = mapped.status === 'unchanged' ? whole.indexOf(markup) : -1;
    if (at < 0 || whole.indexOf(markup, at + 1) >= 0) return null;
    pieces = slicePieces(pieces, at, at + markup.length);
  }
  if (!pieces.some((piece) => 'paragraph' in piece)) return null;
  return { pieces: pieces as DocxOriginPiece[], check: markupCheck(markup) };
}
