/**
 * Comments for `word/comments.xml` (ECMA-376 Part 1, §17.13.4). Replies are comments of
 * their own linked to the first (`w15:paraIdParent` in `commentsExtended.xml`), and a
 * resolved thread is `w15:done`. Internal notes leave only when the export asks for them,
 * and then marked `[intern]`/`[internal]` so the import can tell them apart again.
 */
import { commentIdToParaId, Paragraph, type ICommentOptions } from 'docx';
import type { Comment, Language } from '../../contract';
import type { DocxExportOptions } from './options';
import { commentLeaves, INTERNAL_MARK } from './outgoingComments';

function initialsOf(author: string): string {
  return author
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}

function dateOf(value: string, fallback: string): Date {
  const time = Date.parse(value);
  return new Date(Number.isNaN(time) ? Date.parse(fallback) : time);
}

function paragraphsOf(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ text: line }));
}

export class CommentWriter {
  private nextId = 0;
  readonly entries: ICommentOptions[] = [];
  /** Whether a resolved comment was written: Word keeps that in `commentsExtended.xml`. */
  resolved = false;

  constructor(
    /** The document's language, which the mark of an internal note is in. */
    private readonly language: Language,
    private readonly choices: Pick<DocxExportOptions, 'mode' | 'includeInternal'>,
    private readonly now: string,
  ) {}

  /** The comments that leave, in order. */
  exported(comments: readonly Comment[] | undefined): Comment[] {
    return (comments ?? []).filter((comment) => commentLeaves(comment, this.choices));
  }

  /** Writes a comment and its replies; returns their ids, the comment's first, for ranges in the text. */
  add(comment: Comment): number[] {
    const id = this.nextId++;
    const prefix = comment.visibility === 'internal' ? `${INTERNAL_MARK[this.language]} ` : '';
    this.entries.push({
      id,
      author: comment.author,
      initials: initialsOf(comment.author),
      date: dateOf(comment.date, this.now),
      resolved: comment.resolved,
      // A durable id makes docx write each comment's w14:paraId, which commentsExtended.xml refers to.
      durableId: commentIdToParaId(id),
      children: paragraphsOf(prefix + comment.text),
    });
    if (comment.resolved) this.resolved = true;
    const ids = [id];
    for (const reply of comment.replies) {
      const replyId = this.nextId++;
      this.entries.push({
        id: replyId,
        author: reply.author,
        initials: initialsOf(reply.author),
        date: dateOf(reply.date, this.now),
        parentId: id,
        durableId: commentIdToParaId(replyId),
        children: paragraphsOf(reply.text),
      });
      ids.push(replyId);
    }
    return ids;
  }
}
