/**
 * Our changes and comments into the main part of their document: each item's characters
 * as the document holds them (its origin) aligned with the item as the review holds it,
 * placed into the plans of its paragraphs, and only those paragraphs written again
 * (`rewriteParagraph`); every other byte of the part is copied as it was.
 */
import type { Comment, Segment } from '../../contract';
import { markupCheck } from '../originCheck';
import type { DocxParagraph } from '../read/body';
import type { XmlElement } from '../xml/element';
import { markupOffset } from '../write/targetMarkup';
import { align, type Attribution, type DocumentChar, type ReviewChar } from './align';
import { PatchFailure } from './errors';
import type { PatchItem } from './items';
import { newParagraph, rewriteParagraph, type Atoms, type XmlContext } from './paragraphXml';
import { DocumentPlan, placeTokens, type CommentEdges, type PlanEvent } from './plan';

/** A body paragraph as read for the patch: its element, where its text came from, its markup per character. */
export interface BodyParagraph {
  readonly element: XmlElement;
  readonly atoms: Atoms;
  readonly chars: readonly DocumentChar[];
}

/** A comment of ours as `comments.xml` gets it, with the id its range in the body carries. */
export interface PlacedComment {
  readonly id: number;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  /** The comment a reply answers (its id), for `commentsExtended.xml`. */
  readonly parent: number | null;
  readonly resolved: boolean;
}

export function bodyParagraph(paragraph: DocxParagraph, index: number, element: XmlElement, atoms: Atoms): BodyParagraph {
  const chars: DocumentChar[] = [];
  for (const segment of paragraph.segments) {
    const author = segment.revision?.author ?? '';
    for (let at = 0; at < segment.text.length; at++) chars.push({ char: segment.text[at]!, kind: segment.kind, author, paragraph: index, offset: chars.length });
  }
  return { element, atoms, chars };
}

function documentCharsOf(item: PatchItem, paragraphs: readonly BodyParagraph[]): DocumentChar[] | null {
  const chars: DocumentChar[] = [];
  for (const piece of item.origin!.pieces) {
    if ('text' in piece) {
      for (let at = 0; at < piece.text.length; at++) chars.push({ char: piece.text[at]!, kind: 'gap', author: '', paragraph: -1, offset: -1 });
      continue;
    }
    const paragraph = paragraphs[piece.paragraph];
    if (!paragraph || piece.to > paragraph.chars.length) return null;
    for (let at = piece.from; at < piece.to; at++) chars.push(paragraph.chars[at]!);
  }
  return markupCheck(chars.map((char) => char.char).join('')) === item.origin!.check ? chars : null;
}

function reviewCharsOf(markup: readonly Segment[]): ReviewChar[] {
  const chars: ReviewChar[] = [];
  for (const segment of markup) {
    for (let at = 0; at < segment.text.length; at++) chars.push({ char: segment.text[at]!, kind: segment.kind, author: segment.author ?? '', date: segment.date });
  }
  return chars;
}

/** The markup range [start, end) a comment covers: its anchor, or the whole item. */
function commentRange(comment: Comment, markup: readonly Segment[], length: number): [number, number] {
  if (!comment.anchor) return [0, length];
  const start = markupOffset(markup, comment.anchor.start, 'start');
  const end = markupOffset(markup, comment.anchor.end, 'end');
  return start < end ? [start, end] : [0, length];
}

/** A comment and its replies, each with an id of the document's. */
function placeComment(comment: Comment, nextId: () => number, into: PlacedComment[]): number[] {
  const id = nextId();
  into.push({ id, author: comment.author, date: comment.date, text: comment.text, parent: null, resolved: comment.resolved });
  const ids = [id];
  for (const reply of comment.replies) {
    const replyId = nextId();
    into.push({ id: replyId, author: reply.author, date: reply.date, text: reply.text, parent: id, resolved: false });
    ids.push(replyId);
  }
  return ids;
}

export interface PatchedBody {
  readonly text: string;
  readonly comments: readonly PlacedComment[];
}

/**
 * The main part's text with `items` written into `paragraphs` (in the import's reading
 * order). `ours` names what the review changed without saying who. Throws `PatchFailure`.
 */
export function patchBody(context: XmlContext, paragraphs: readonly BodyParagraph[], items: readonly PatchItem[], ours: Attribution): PatchedBody {
  const plans = new DocumentPlan();
  const comments: PlacedComment[] = [];
  const mismatched: string[] = [];
  const unplaceable: string[] = [];
  const placesOf = new Map<number, string>();
  let lastParagraph = -1;

  for (const item of items) {
    if (!item.origin) {
      const markup = item.markup.some((segment) => segment.kind !== 'equal') || item.comments.length > 0;
      if (!markup) continue;
      if (item.change?.kind !== 'insert' || lastParagraph < 0) {
        unplaceable.push(item.place);
        continue;
      }
      // A clause or measure added in the review: a paragraph of its own after the one before it, formatted as that one.
      const starts: PlanEvent[] = [];
      const ends: PlanEvent[] = [];
      for (const comment of item.comments) {
        for (const id of placeComment(comment, context.nextId, comments)) {
          starts.push({ kind: 'comment-start', id });
          ends.push({ kind: 'comment-end', id });
        }
      }
      const text = item.markup.map((segment) => segment.text).join('');
      const events: PlanEvent[] = [...starts, { kind: 'insert', text, insertion: { author: item.change.author, date: item.change.date }, deletion: null }, ...ends];
      plans.plan(lastParagraph).after.push({ events, mark: { author: item.change.author, date: item.change.date } });
      continue;
    }
    const document = documentCharsOf(item, paragraphs);
    if (!document) {
      mismatched.push(item.place);
      continue;
    }
    for (const char of document) if (char.kind !== 'gap') lastParagraph = Math.max(lastParagraph, char.paragraph);
    const review = reviewCharsOf(item.markup);
    const { tokens, tokenOfReview } = align(document, review, ours);
    const edges: CommentEdges[] = [];
    if (review.length > 0) {
      for (const comment of item.comments) {
        const [start, end] = commentRange(comment, item.markup, review.length);
        for (const id of placeComment(comment, context.nextId, comments)) edges.push({ id, firstToken: tokenOfReview[start]!, lastToken: tokenOfReview[end - 1]! });
      }
    }
    const changed = edges.length > 0 || tokens.some((token) => token.kind === 'added' || token.deletion !== null);
    if (!changed) continue;
    placeTokens(plans, tokens, edges);
    for (const piece of item.origin.pieces) if ('paragraph' in piece && !placesOf.has(piece.paragraph)) placesOf.set(piece.paragraph, item.place);
    // Deleted whole: so are the paragraphs it alone fills, their marks with them (the next paragraph's look stays, as in Word).
    if (item.change?.kind === 'delete') {
      for (const piece of item.origin.pieces) {
        if (!('paragraph' in piece)) continue;
        const length = paragraphs[piece.paragraph]!.chars.length;
        if (piece.from === 0 && piece.to === length) plans.plan(piece.paragraph).deleteMark = { author: item.change.author, date: item.change.date };
      }
    }
  }
  if (mismatched.length > 0) throw new PatchFailure({ reason: 'mismatch', places: mismatched });
  if (unplaceable.length > 0) throw new PatchFailure({ reason: 'unplaceable', places: unplaceable });

  const replacements: { start: number; end: number; text: string }[] = [];
  for (const plan of [...plans.paragraphs.values()].sort((a, b) => a.index - b.index)) {
    const paragraph = paragraphs[plan.index]!;
    const span = paragraph.element.span!;
    let written = context.text.slice(span.start, span.end);
    if (plans.rewrites(plan.index)) {
      const rewritten = rewriteParagraph(context, paragraph.element, paragraph.atoms, plan, paragraph.chars.length);
      if (rewritten === null) throw new PatchFailure({ reason: 'mismatch', places: [placesOf.get(plan.index) ?? `${plan.index + 1}`] });
      written = rewritten;
    }
    const before = plan.before.map((added) => newParagraph(context, paragraph.element, paragraph.atoms, added)).join('');
    const after = plan.after.map((added) => newParagraph(context, paragraph.element, paragraph.atoms, added)).join('');
    replacements.push({ start: span.start, end: span.end, text: before + written + after });
  }
  let text = '';
  let at = 0;
  for (const replacement of replacements) {
    text += context.text.slice(at, replacement.start) + replacement.text;
    at = replacement.end;
  }
  return { text: text + context.text.slice(at), comments };
}
