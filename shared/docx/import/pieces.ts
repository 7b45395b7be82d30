/**
 * The way back from a parsed unit to the lines it was made of. The parser builds a
 * unit's text from its lines by rules that keep every character: the first line without
 * its bullet or marker, further lines whole, joined by a space (a paragraph split by a
 * page break) or a line break (a marker alone on its line). So the text can be cut back
 * into pieces of those lines; anything else in a written line (a bullet, a marker) is
 * text the parser wrote itself.
 */
import type { LineOrigin, Unit } from '../../parse';

export type Piece =
  /** Text not taken from the document's runs: a bullet or marker the parser wrote. */
  | { readonly kind: 'text'; readonly text: string }
  /** Characters [from, to) of the source line's text (`SourceLine.text`). */
  | { readonly kind: 'source'; readonly source: number; readonly from: number; readonly to: number }
  /** The space or line break the parser put between two lines it joined into one unit. */
  | { readonly kind: 'join'; readonly text: string }
  /** Characters [from, to) of a source line that belong to the target but not to its text: a clause's number, a bullet. */
  | { readonly kind: 'skip'; readonly source: number; readonly from: number; readonly to: number };

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

/**
 * The pieces of a line as a clause or measure writes it (`- ` + text, marker + text, text).
 * The bullet or marker the line starts with is taken from the document where it reads as
 * written (`1. ` before the text), so changes to it go with the line; otherwise the
 * parser's own spelling stands in and the document's characters are skipped.
 */
export function writtenPieces(origin: LineOrigin, lineTexts: readonly string[]): Piece[] | null {
  const { unit, form } = origin;
  const pieces = unitPieces(unit, lineTexts);
  if (!pieces) return null;
  const firstIndex = pieces.findIndex((piece) => piece.kind === 'source');
  const first = pieces[firstIndex] as Extract<Piece, { kind: 'source' }> | undefined;
  const lead = first && first.from > 0 ? lineTexts[first.source]!.slice(0, first.from) : '';
  const skip: Piece[] = first && lead !== '' ? [{ kind: 'skip', source: first.source, from: 0, to: first.from }] : [];
  if (form === 'bullet') return [...skip, { kind: 'text', text: '- ' }, ...pieces];
  if (form === 'full' && unit.marker) {
    if (unit.text === '') return [...skip, { kind: 'text', text: unit.marker.label }];
    const written = `${unit.marker.label} `;
    if (first && lead === written) {
      return pieces.map((piece, index) => (index === firstIndex ? { ...first, from: 0 } : piece));
    }
    return [...skip, { kind: 'text', text: written }, ...pieces];
  }
  return [...skip, ...pieces];
}

function pieceLength(piece: Piece): number {
  if (piece.kind === 'skip') return 0;
  return piece.kind === 'source' ? piece.to - piece.from : piece.text.length;
}

/** The pieces of characters [from, to) of what `pieces` spell. */
export function slicePieces(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const sliced: Piece[] = [];
  let start = 0;
  for (const piece of pieces) {
    const length = pieceLength(piece);
    if (piece.kind === 'skip') {
      if (start >= from && start < to) sliced.push(piece);
      continue;
    }
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
