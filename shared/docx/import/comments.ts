/**
 * Word's comments onto the clauses and measures they were made on. A comment's range
 * (`w:commentRangeStart` … `w:commentRangeEnd`) becomes an anchor in the target's current
 * text; a comment on text that is no clause or measure (a heading, an annex item) goes to
 * the next clause or measure, without an anchor, and is counted so the user can be told.
 * Replies join their thread; a comment starting with `[intern]`/`[internal]` (how the export
 * marks internal notes when they are included) is internal again.
 */
import type { Comment, CommentReply } from '../../contract';
import type { DocxParagraph } from '../read/body';
import type { DocxComment } from '../read/comments';
import type { CommentMark } from '../read/revisions';
import type { SourceMapping, SourceWindow } from './sourceMapping';

/** An imported item's text where the document's comments may be anchored (its mapping to their paragraphs). */
export interface CommentAnchor {
  readonly key: string;
  readonly mapped: SourceMapping;
  /** The item's text after import (its current text, or the original for a deletion). */
  readonly text: string;
  /** Reading order of its first paragraph. */
  readonly position: number;
}

export interface AttachedComments {
  readonly byTarget: ReadonlyMap<string, Comment[]>;
  readonly moved: number;
  readonly dropped: number;
}

const INTERNAL = /^\[(?:intern|internal)\]\s*/iu;

interface Located {
  readonly target: CommentAnchor;
  readonly offset: number;
}

function offsetIn(target: CommentAnchor, paragraph: DocxParagraph, at: number): number {
  const items = target.mapped.items.filter((item) => item.view?.paragraph === paragraph);
  const inside = items.find((item) => item.from <= at && at <= item.to);
  if (inside) return inside.currentStart + (inside.kind === 'delete' ? 0 : at - inside.from);
  const before = items.filter((item) => item.to <= at).pop();
  if (before) return before.currentStart + (before.kind === 'delete' ? 0 : before.text.length);
  return items[0]?.currentStart ?? 0;
}

/** Where each paragraph's text belongs: the windows of the targets over it, in the targets' order. */
type WindowsByParagraph = ReadonlyMap<DocxParagraph, readonly { readonly target: CommentAnchor; readonly window: SourceWindow }[]>;

function windowsByParagraph(targets: readonly CommentAnchor[]): WindowsByParagraph {
  const index = new Map<DocxParagraph, { target: CommentAnchor; window: SourceWindow }[]>();
  for (const target of targets) {
    for (const window of target.mapped.windows) {
      const list = index.get(window.view.paragraph);
      if (list) list.push({ target, window });
      else index.set(window.view.paragraph, [{ target, window }]);
    }
  }
  return index;
}

function locate(windows: WindowsByParagraph, paragraph: DocxParagraph, at: number, edge: 'start' | 'end'): Located | null {
  let fallback: CommentAnchor | null = null;
  for (const { target, window } of windows.get(paragraph) ?? []) {
    if (at < window.from || at > window.to) continue;
    // At the seam between two targets a start belongs to the later one, an end to the earlier.
    const preferred = edge === 'start' ? at < window.to : at > window.from;
    if (preferred) return { target, offset: offsetIn(target, paragraph, at) };
    fallback ??= target;
  }
  return fallback ? { target: fallback, offset: offsetIn(fallback, paragraph, at) } : null;
}

/** Ids for imported comments from Word's `w:id`, which is a number; anything else is numbered anew. */
function commentIds(): (wordId: string) => string {
  const given = new Map<string, string>();
  return (wordId) => {
    let id = given.get(wordId);
    if (id === undefined) given.set(wordId, (id = /^-?\d{1,20}$/u.test(wordId) ? `docx-c${wordId}` : `docx-cn${given.size + 1}`));
    return id;
  };
}

/**
 * The first target (in the targets' order) at or after a reading position, else the last:
 * by binary search over the running maximum of their positions, not by a search of all
 * targets for each comment (200,000 comments on 200,000 clauses).
 */
function followingTarget(targets: readonly CommentAnchor[]): (position: number) => CommentAnchor | undefined {
  const highest = new Float64Array(targets.length);
  targets.forEach((target, index) => (highest[index] = Math.max(target.position, index > 0 ? highest[index - 1]! : -Infinity)));
  return (position) => {
    let low = 0;
    let high = targets.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (highest[middle]! >= position) high = middle;
      else low = middle + 1;
    }
    return targets[low] ?? targets[targets.length - 1];
  };
}

export function attachComments(
  comments: ReadonlyMap<string, DocxComment>,
  marks: readonly { readonly paragraph: DocxParagraph; readonly mark: CommentMark; readonly position: number }[],
  targets: readonly CommentAnchor[],
): AttachedComments {
  const byTarget = new Map<string, Comment[]>();
  const idOf = commentIds();
  let moved = 0;
  let dropped = 0;
  const rootOf = (comment: DocxComment): DocxComment => {
    let current = comment;
    for (let depth = 0; depth < 32 && current.parentId !== null; depth++) {
      const parent = comments.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const replies = new Map<string, CommentReply[]>();
  for (const comment of comments.values()) {
    const root = rootOf(comment);
    if (root.id === comment.id) continue;
    const list = replies.get(root.id) ?? [];
    list.push({ id: idOf(comment.id), author: comment.author, date: comment.date ?? '', text: comment.text });
    replies.set(root.id, list);
  }

  // Indexed once: a document with many comments on many clauses would otherwise search all of them for each mark.
  const windows = windowsByParagraph(targets);
  const following = followingTarget(targets);
  const marksOf = new Map<string, (typeof marks)[number][]>();
  for (const entry of marks) {
    const list = marksOf.get(entry.mark.commentId);
    if (list) list.push(entry);
    else marksOf.set(entry.mark.commentId, [entry]);
  }
  for (const comment of comments.values()) {
    if (rootOf(comment).id !== comment.id) continue;
    const own = marksOf.get(comment.id) ?? [];
    const startMark = own.find((entry) => entry.mark.edge === 'start') ?? own.find((entry) => entry.mark.edge === 'reference');
    const endMark = own.find((entry) => entry.mark.edge === 'end') ?? own.find((entry) => entry.mark.edge === 'reference');
    const start = startMark ? locate(windows, startMark.paragraph, startMark.mark.at, 'start') : null;
    const end = endMark ? locate(windows, endMark.paragraph, endMark.mark.at, 'end') : null;
    let target: CommentAnchor | undefined;
    let anchor: Comment['anchor'];
    if (start || end) {
      target = (start ?? end)!.target;
      const from = start && start.target === target ? start.offset : 0;
      const to = end && end.target === target ? end.offset : target.text.length;
      const [a, b] = from <= to ? [from, to] : [to, from];
      // A range over the whole text is a comment on the clause as such, as the export writes one without an anchor.
      const whole = a === 0 && b === target.text.length;
      if (a < b && b <= target.text.length && !whole) anchor = { start: a, end: b, quote: target.text.slice(a, b) };
    } else {
      const position = startMark?.position ?? endMark?.position ?? Number.MAX_SAFE_INTEGER;
      target = following(position);
      if (!target) {
        dropped++;
        continue;
      }
      moved++;
    }
    const internal = INTERNAL.test(comment.text);
    const entry: Comment = {
      id: idOf(comment.id),
      author: comment.author,
      date: comment.date ?? '',
      text: comment.text.replace(INTERNAL, ''),
      visibility: internal ? 'internal' : 'external',
      resolved: comment.resolved,
      replies: replies.get(comment.id) ?? [],
      ...(anchor ? { anchor } : {}),
    };
    const list = byTarget.get(target.key) ?? [];
    list.push(entry);
    byTarget.set(target.key, list);
  }
  return { byTarget, moved, dropped };
}
