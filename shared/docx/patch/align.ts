/**
 * An item's characters as its Word document holds them (from its origin) against the same
 * item as the review holds it now (its segments), character by character. Both spell the
 * same markup at import; what differs since then is what export writes into the document:
 * our insertions, and our deletions of their text. Their own revisions are never undone:
 * a deletion of theirs stays whatever the review decided about it, an insertion of theirs
 * stays theirs, and words of it we removed are marked as our deletion inside it.
 */
import { diffArrays } from 'diff';
import type { SegmentKind } from '../../contract';

/** Who made a change and when (`w:author`, `w:date`). */
export interface Attribution {
  readonly author: string;
  readonly date: string;
}

export interface DocumentChar {
  readonly char: string;
  /** `gap`: text the import wrote itself (a label, a bullet, the break between two paragraphs), in no paragraph. */
  readonly kind: SegmentKind | 'gap';
  /** The author of their revision, for `insert` and `delete`. */
  readonly author: string;
  readonly paragraph: number;
  readonly offset: number;
}

export interface ReviewChar {
  readonly char: string;
  readonly kind: SegmentKind;
  readonly author: string;
  readonly date: string | undefined;
}

export type Token =
  /** A character of the document, with our deletion of it (null: it stays as it is). */
  | { readonly kind: 'document'; readonly char: DocumentChar; readonly deletion: Attribution | null }
  /** A character the document does not have: our insertion (deleted again, where `deletion` is set). */
  | { readonly kind: 'added'; readonly char: string; readonly insertion: Attribution; readonly deletion: Attribution | null };

/** Whether the review's character can be the document's, as it was or changed only by us. */
function compatible(document: DocumentChar, review: ReviewChar): boolean {
  if (document.char !== review.char) return false;
  switch (document.kind) {
    case 'gap':
      return true;
    case 'equal':
      return review.kind !== 'insert';
    case 'insert':
      return review.kind !== 'insert' || review.author === document.author;
    case 'delete':
      return review.kind === 'equal' || (review.kind === 'delete' && review.author === document.author);
  }
}

export interface Alignment {
  readonly tokens: readonly Token[];
  /** The token of each review character: where a comment on it starts or ends. */
  readonly tokenOfReview: Int32Array;
}

/**
 * The two sequences merged in reading order. `ours` attributes what the review changed
 * without saying who (a change accepted or rejected in the review, which in their document
 * is still a change): the author and time of the export.
 */
export function align(document: readonly DocumentChar[], review: readonly ReviewChar[], ours: Attribution): Alignment {
  const tokens: Token[] = [];
  const tokenOfReview = new Int32Array(review.length).fill(-1);
  const byReview = (char: ReviewChar): Attribution => ({ author: char.author, date: char.date ?? ours.date });
  const matched = (documentChar: DocumentChar, reviewChar: ReviewChar, reviewIndex: number) => {
    tokenOfReview[reviewIndex] = tokens.length;
    const deletes = reviewChar.kind === 'delete' && documentChar.kind !== 'delete' && documentChar.kind !== 'gap';
    tokens.push({ kind: 'document', char: documentChar, deletion: deletes ? byReview(reviewChar) : null });
  };
  const removed = (documentChar: DocumentChar) => {
    const stays = documentChar.kind === 'delete' || documentChar.kind === 'gap';
    tokens.push({ kind: 'document', char: documentChar, deletion: stays ? null : ours });
  };
  const added = (reviewChar: ReviewChar, reviewIndex: number) => {
    tokenOfReview[reviewIndex] = tokens.length;
    if (reviewChar.kind === 'insert') tokens.push({ kind: 'added', char: reviewChar.char, insertion: byReview(reviewChar), deletion: null });
    else tokens.push({ kind: 'added', char: reviewChar.char, insertion: ours, deletion: reviewChar.kind === 'delete' ? byReview(reviewChar) : null });
  };

  // What agrees at either end is matched as it stands; only the middle is diffed.
  let head = 0;
  while (head < document.length && head < review.length && compatible(document[head]!, review[head]!)) head++;
  let tail = 0;
  while (tail < document.length - head && tail < review.length - head && compatible(document[document.length - 1 - tail]!, review[review.length - 1 - tail]!)) tail++;
  for (let index = 0; index < head; index++) matched(document[index]!, review[index]!, index);
  let documentAt = head;
  let reviewAt = head;
  const documentMiddle = document.slice(head, document.length - tail);
  const reviewMiddle = review.slice(head, review.length - tail);
  if (documentMiddle.length > 0 && reviewMiddle.length > 0) {
    for (const part of diffArrays<DocumentChar | ReviewChar>(documentMiddle, reviewMiddle, { comparator: (left, right) => compatible(left as DocumentChar, right as ReviewChar) })) {
      for (let count = 0; count < (part.count ?? part.value.length); count++) {
        if (part.added) added(review[reviewAt]!, reviewAt++);
        else if (part.removed) removed(document[documentAt++]!);
        else matched(document[documentAt++]!, review[reviewAt]!, reviewAt++);
      }
    }
  }
  while (documentAt < document.length - tail) removed(document[documentAt++]!);
  // Removed before added: a replacement reads as Word writes one, the old words first.
  while (reviewAt < review.length - tail) added(review[reviewAt]!, reviewAt++);
  for (let index = 0; index < tail; index++) matched(document[document.length - tail + index]!, review[review.length - tail + index]!, review.length - tail + index);
  return { tokens, tokenOfReview };
}
