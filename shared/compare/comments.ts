/**
 * Comments across two rounds. A comment sent comes back in their document with its author
 * and words (Word keeps both; its id and the second of its date may change), so that is
 * what makes two comments one. The comparison shows the comments and replies the new side
 * has and the old one lacks; adopting brings them in as theirs, on the words they marked.
 */
import type { Comment, CommentReply } from '../contract';
import { squash } from './attribution';

/** A comment of the new side that the old one lacks, or one both have with replies only the new side has. */
export interface CommentComparison {
  /** The thread as the new side has it. */
  readonly comment: Comment;
  /** The old side has no such comment. */
  readonly added: boolean;
  /** Its replies that the old side lacks. */
  readonly replies: readonly CommentReply[];
}

/** Threads with something new (a comment, or replies) in a whole comparison. */
export function commentCount(comparison: { readonly clauses: readonly { readonly comments?: readonly CommentComparison[] }[]; readonly toms: readonly { readonly comments?: readonly CommentComparison[] }[] }): number {
  let count = 0;
  for (const entry of [...comparison.clauses, ...comparison.toms]) count += entry.comments?.length ?? 0;
  return count;
}

export function sameComment(a: Pick<Comment, 'author' | 'text'>, b: Pick<Comment, 'author' | 'text'>): boolean {
  return a.author === b.author && squash(a.text) === squash(b.text);
}

export function compareComments(old: readonly Comment[] | undefined, next: readonly Comment[] | undefined): CommentComparison[] {
  const found: CommentComparison[] = [];
  for (const comment of next ?? []) {
    const before = old?.find((candidate) => sameComment(candidate, comment));
    const replies = comment.replies.filter((reply) => !before?.replies.some((candidate) => sameComment(candidate, reply)));
    if (!before || replies.length > 0) found.push({ comment, added: !before, replies });
  }
  return found;
}

/** Where `quote` stands in `text` nearest to `near`, or -1. */
function nearest(text: string, quote: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/** A comment on a text that now reads `text`: on the words it marked, found nearest where they stood; else on the whole. */
function anchoredIn(comment: Comment, text: string): Comment {
  if (!comment.anchor) return comment;
  const { quote, start } = comment.anchor;
  const at = quote === '' ? -1 : nearest(text, quote, start);
  if (at < 0) {
    const { anchor: _lost, ...rest } = comment;
    return rest;
  }
  return { ...comment, anchor: { start: at, end: at + quote.length, quote } };
}

/**
 * Our comments with theirs brought in: a comment of theirs as it was (author, date, words
 * marked, replies, resolved) under an id of this review; a reply of theirs to one of ours
 * joins our thread. Ours keep what they were. `text`: the item's text after adopting.
 */
export function adoptComments(ours: readonly Comment[] | undefined, theirs: readonly Comment[] | undefined, text: string, newId: () => string): readonly Comment[] | undefined {
  const changes = compareComments(ours, theirs);
  if (changes.length === 0) return ours;
  const reply = (item: CommentReply): CommentReply => ({ ...item, id: newId() });
  const result = [...(ours ?? [])];
  for (const change of changes) {
    if (change.added) {
      result.push(anchoredIn({ ...change.comment, id: newId(), replies: change.comment.replies.map(reply) }, text));
      continue;
    }
    const index = result.findIndex((candidate) => sameComment(candidate, change.comment));
    const before = result[index]!;
    result[index] = { ...before, replies: [...before.replies, ...change.replies.map(reply)] };
  }
  return result;
}
