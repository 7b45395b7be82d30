/**
 * Which comments an export sends and which stay home, for the export dialog to show before
 * anything is written. The writer asks `commentLeaves` too, so what the dialog lists is what
 * `word/comments.xml` holds.
 */
import { citeClause, type Comment, type CommentVisibility, type Contract, type DocxOrigin, type Language, type Citation } from '../../contract';
import { heldBy } from '../patch/held';
import type { DocxExportOptions } from './options';

type Choices = Pick<DocxExportOptions, 'mode' | 'includeInternal'> & {
  /** Into the review's own Word document: what it holds already (`docx/patch/held.ts`) neither leaves nor stays. */
  readonly theirDocument?: boolean;
};

/** How an internal note that goes out is marked, in the document's language; the import knows both. */
export const INTERNAL_MARK: Record<Language, string> = { de: '[intern]', en: '[internal]' };

/** An external comment always leaves a redline; an internal note only when the export asks for it; a clean copy has none. */
export function commentLeaves(comment: Pick<Comment, 'visibility'>, choices: Choices): boolean {
  return choices.mode === 'redline' && (comment.visibility === 'external' || choices.includeInternal);
}

export type CommentPlace = { readonly kind: 'clause'; readonly reference: Citation } | { readonly kind: 'measure'; readonly category: string; readonly excerpt: string };

export interface ListedComment {
  readonly id: string;
  /** The clause as the contract cites it (`7.4`), or the measure by its category and first words. */
  readonly place: CommentPlace;
  readonly visibility: CommentVisibility;
  readonly author: string;
  /** The comment's first words. */
  readonly excerpt: string;
  /** Replies go with their comment. */
  readonly replies: number;
}

export interface CommentsOfExport {
  /** In document order. */
  readonly leaving: readonly ListedComment[];
  readonly staying: readonly ListedComment[];
}

const EXCERPT = 80;

/** The first words of a text, at most `limit` characters, cut between words. */
export function excerptOf(text: string, limit = EXCERPT): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = flat[limit] === ' ' ? limit : cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

export function commentsOfExport(contract: Contract, choices: Choices): CommentsOfExport {
  const leaving: ListedComment[] = [];
  const staying: ListedComment[] = [];
  const list = (comments: readonly Comment[] | undefined, place: CommentPlace, origin: DocxOrigin | undefined) => {
    const held = heldBy(origin);
    for (const comment of comments ?? []) {
      if (choices.theirDocument && held(comment.id)) continue;
      const listed = { id: comment.id, place, visibility: comment.visibility, author: comment.author, excerpt: excerptOf(comment.text), replies: comment.replies.length };
      (commentLeaves(comment, choices) ? leaving : staying).push(listed);
    }
  };
  for (const section of contract.sections) {
    for (const clause of section.clauses) list(clause.comments, { kind: 'clause', reference: citeClause(section, clause) }, clause.origin);
  }
  // The measures are written under the TOM annex: without one, neither they nor their comments go.
  if (contract.annexes.some((annex) => annex.isTomAnnex)) {
    for (const tom of contract.toms) list(tom.comments, { kind: 'measure', category: tom.category.title, excerpt: excerptOf(tom.text, 40) }, tom.origin);
  }
  return { leaving, staying };
}
