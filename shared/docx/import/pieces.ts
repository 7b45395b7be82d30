/**
 * The way back from a parsed unit to the lines it was made of. The parser builds a
 * unit's text from its lines by rules that keep every character: the first line without
 * its bullet or marker, further lines whole, joined by a space (a paragraph split by a
 * page break) or a line break (a marker alone on its line). So the text can be cut back
 * into pieces of those lines; anything else in a written line (a bullet, a marker) is
 * text the parser wrote itself.
 */
import type { LineOrigin } from '../../parse/origins';
import type { Unit } from '../../parse/units';

export type Piece =
  /** Text not taken from the document's runs: a bullet or marker the parser wrote. */
  | { readonly kind: 'text'; readonly text: string }
  /** Characters [from, to) of the source line's text (`SourceLine.text`). */
  | { readonly kind: 'source'; readonly source: number; readonly from: number; readonly to: number }
  /** The space or line break the parser put between two lines it joined into one unit. */
  | { readonly kind: 'join'; readonly text: string };

const BULLET = /^[-–•*+▪◦·]\s+/u;

function firstContent(unit: Unit, line: string): string {
  if (unit.bullet) return line.replace(BULLET, '');
  if (unit.marker) return unit.marker.rest;
  return line;
}

/**
 * The pieces of `unit.text`, or null when the unit was not made from numbered lines as
 * expected. `lineTexts[n]` is the text of the line numbered `n`.
 */
export function unitPieces(unit: Unit, lineTexts: readonly string[]): Piece[] | null {
  const sources = unit.sources ?? [];
  const pieces: Piece[] = [];
  let position = 0;
  let joined = false;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!;
    const line = lineTexts[source];
    if (line === undefined) return null;
    const content = i === 0 ? firstContent(unit, line) : line;
    if (content === '' && i === 0) continue;
    if (joined) {
      const separator = unit.text[position];
      if (separator !== ' ' && separator !== '\n') return null;
      pieces.push({ kind: 'join', text: separator });
      position++;
    }
    if (!unit.text.startsWith(content, position)) return null;
    pieces.push({ kind: 'source', source, from: line.length - content.length, to: line.length });
    position += content.length;
    joined = true;
  }
  return position === unit.text.length ? pieces : null;
}

/** The pieces of a line as a clause or measure writes it (`- ` + text, marker + text, text). */
export function writtenPieces(origin: LineOrigin, lineTexts: readonly string[]): Piece[] | null {
  const pieces = unitPieces(origin.unit, lineTexts);
  if (!pieces) return null;
  if (origin.form === 'bullet') return [{ kind: 'text', text: '- ' }, ...pieces];
  if (origin.form === 'full' && origin.unit.marker) {
    return origin.unit.text === '' ? [{ kind: 'text', text: origin.unit.marker.label }] : [{ kind: 'text', text: `${origin.unit.marker.label} ` }, ...pieces];
  }
  return pieces;
}

function pieceLength(piece: Piece): number {
  return piece.kind === 'source' ? piece.to - piece.from : piece.text.length;
}

/** The pieces of characters [from, to) of what `pieces` spell. */
export function slicePieces(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const sliced: Piece[] = [];
  let start = 0;
  for (const piece of pieces) {
    const length = pieceLength(piece);
    const a = Math.max(from, start);
    const b = Math.min(to, start + length);
    if (a < b) {
      if (piece.kind === 'source') sliced.push({ ...piece, from: piece.from + (a - start), to: piece.from + (b - start) });
      else sliced.push({ ...piece, text: piece.text.slice(a - start, b - start) });
    }
    start += length;
  }
  return sliced;
}

export function piecesLength(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, piece) => sum + pieceLength(piece), 0);
}
