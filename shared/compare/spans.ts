/**
 * A comparison's pieces laid exactly on the two texts it compared. The pieces show equal
 * text as the new side writes it, and a space may travel with a change (`~~unter
 * Ausschluss~~.`), so their texts are each side's only up to whitespace (and case or
 * punctuation where the comparison ignored them). Adopting a comparison edits the old
 * text itself: it needs each piece's characters on either side. A piece starts and ends
 * between tokens, so counting its tokens places it; whitespace at its end belongs to it
 * up to the next token, as on screen.
 */
import type { SegmentKind } from '../contract';
import type { DiffSegment } from './model';
import type { TokenizedText } from './tokens';
import type { Vocabulary } from './vocabulary';

/** Where one piece lies in the old and the new text (UTF-16 offsets, end exclusive; empty on the side it is not on). */
export interface Span {
  readonly kind: SegmentKind;
  readonly old: { readonly start: number; readonly end: number };
  readonly new: { readonly start: number; readonly end: number };
}

/** A cursor over one side's text, moved token by token. */
class Side {
  private token = 0;
  position = 0;

  constructor(private readonly tokens: TokenizedText) {}

  /** Takes `count` tokens, and the lead of the next one when `withLead`; returns where they lie. */
  take(count: number, withLead: boolean): { start: number; end: number } | null {
    const { starts, ends, text } = this.tokens;
    if (this.token + count > starts.length) return null;
    const start = this.position;
    this.token += count;
    let end = count > 0 ? ends[this.token - 1]! : start;
    if (withLead) end = this.token < starts.length ? starts[this.token]! : text.length;
    this.position = Math.max(start, end);
    return { start, end: this.position };
  }

  finished(): boolean {
    return this.token === this.tokens.starts.length;
  }
}

/**
 * The pieces' places in `before` and `after`, in order; together they cover either text
 * up to whitespace after their last token, which no piece needs. Null when the pieces are not a
 * comparison of these texts under the vocabulary's options. One vocabulary reads the texts of
 * a whole adoption: a tokenizer of their own per clause cost a megabyte of fresh arrays each.
 */
export function spansOf(pieces: readonly DiffSegment[], before: string, after: string, vocabulary: Vocabulary): Span[] | null {
  const old = new Side(vocabulary.read(before));
  const next = new Side(vocabulary.read(after));
  const spans: Span[] = [];
  for (const piece of pieces) {
    const tokens = vocabulary.read(piece.text);
    const count = tokens.keys.length;
    // Whitespace (or ignored punctuation) after its last token: the piece runs up to the next token.
    const withLead = count === 0 ? piece.text.length > 0 : tokens.ends[count - 1]! < piece.text.length;
    const onOld = piece.kind !== 'insert' ? old.take(count, withLead) : { start: old.position, end: old.position };
    const onNew = piece.kind !== 'delete' ? next.take(count, withLead) : { start: next.position, end: next.position };
    if (!onOld || !onNew) return null;
    spans.push({ kind: piece.kind, old: onOld, new: onNew });
  }
  return old.finished() && next.finished() ? spans : null;
}
