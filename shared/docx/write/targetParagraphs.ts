/**
 * One annotated text (a clause, a measure, a party, the date) as Word paragraphs: equal
 * text as plain runs, insertions as `w:ins` and deletions as `w:del` with author and date,
 * line breaks as paragraph marks with their own revision (or as `w:br` inside a paragraph
 * for a party's address), and comments as ranges (`w:commentRangeStart`/`End` with a
 * `w:commentReference`) around the words they were made on.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Comment, Segment } from '../../contract';
import type { WriteContext } from './context';
import { markupLines, type MarkupLine } from './markupLines';
import { markupRun, type RunContent } from './markupRun';
import { markupOffset } from './targetMarkup';
import { firstAbove, pushAll } from '../../lists';

export interface TargetLayout {
  /** Written in front of the first line (a clause's number), in the kind of the whole text's change. */
  readonly prefix?: string;
  /** The first paragraph carries a clause's number (the prefix, or a Word list's): it is never a list item (see `markupLines`). */
  readonly numberedFirstLine?: boolean;
  /** `paragraphs`: each line a paragraph; `breaks`: one paragraph, lines by `w:br`. */
  readonly lines: 'paragraphs' | 'breaks';
  /** For `breaks`: runs before and after the text in its paragraph (a party's role line). */
  readonly lead?: readonly ParagraphChild[];
  readonly trail?: readonly ParagraphChild[];
  /** The format of each paragraph. */
  readonly format: (line: { readonly index: number; readonly last: boolean; readonly bullet: boolean; readonly text: string }) => Omit<IParagraphOptions, 'children' | 'text'>;
}

interface Boundary {
  readonly starts: number[];
  readonly ends: number[];
}

function changeOf(segment: Segment, context: WriteContext) {
  return { id: context.nextRevisionId(), author: segment.author ?? '', date: segment.date && !Number.isNaN(Date.parse(segment.date)) ? segment.date : context.options.now };
}

export function runOf(kind: Segment['kind'], text: string, segment: Segment, context: WriteContext, lineBreak = false): ParagraphChild {
  const content: RunContent = lineBreak ? { lineBreak: true } : { text };
  return markupRun(kind, content, kind === 'equal' ? undefined : changeOf(segment, context));
}

function boundaries(segments: readonly Segment[], comments: readonly Comment[], context: WriteContext): Map<number, Boundary> {
  const found = new Map<number, Boundary>();
  const total = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const at = (offset: number) => {
    let boundary = found.get(offset);
    if (!boundary) {
      boundary = { starts: [], ends: [] };
      found.set(offset, boundary);
    }
    return boundary;
  };
  for (const comment of comments) {
    const ids = context.comments.add(comment);
    const anchor = comment.anchor;
    const start = anchor ? markupOffset(segments, anchor.start, 'start') : 0;
    const end = anchor ? markupOffset(segments, anchor.end, 'end') : total;
    pushAll(at(Math.min(start, end)).starts, ids);
    pushAll(at(Math.max(start, end)).ends, ids);
  }
  return found;
}

function markers(boundary: Boundary | undefined): ParagraphChild[] {
  if (!boundary) return [];
  const children: ParagraphChild[] = [];
  for (const id of boundary.ends) children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
  for (const id of boundary.starts) children.push(new CommentRangeStart(id));
  return children;
}

/** The runs of one line, split where comment ranges start or end (`offsets`: the marks' offsets in ascending order). */
function lineChildren(line: MarkupLine, marks: Map<number, Boundary>, offsets: readonly number[], context: WriteContext, handled: Set<number>): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  const emitMarks = (from: number, to: number) => {
    for (let offset = from; offset <= to; offset++) {
      if (handled.has(offset) || !marks.has(offset)) continue;
      handled.add(offset);
      pushAll(children, markers(marks.get(offset)));
    }
  };
  let position = line.start;
  for (const run of line.runs) {
    emitMarks(position, run.start);
    let from = 0;
    // Only where a mark is: the marks inside the run, not each of its characters.
    for (let next = firstAbove(offsets, run.start); next < offsets.length && offsets[next]! < run.start + run.text.length; next++) {
      const i = offsets[next]! - run.start;
      if (handled.has(run.start + i)) continue;
      children.push(runOf(run.kind, run.text.slice(from, i), run.segment, context));
      emitMarks(run.start + i, run.start + i);
      from = i;
    }
    children.push(runOf(run.kind, run.text.slice(from), run.segment, context));
    position = run.start + run.text.length;
  }
  emitMarks(position, line.end);
  return children;
}

/**
 * Word deletes a paragraph with its own mark, the one after it. A line deleted (or
 * inserted) whole after a deleted (inserted) line break is written that way: the break
 * before it stays, the mark after it takes the change.
 */
function paragraphMarks(lines: readonly MarkupLine[], last: Segment | null): (Segment | null)[] {
  const marks: (Segment | null)[] = lines.map((line, index) => (index < lines.length - 1 ? line.breakSegment : last));
  const whollyOf = (line: MarkupLine, kind: Segment['kind']) => line.runs.length > 0 && line.runs.every((run) => run.kind === kind);
  for (let i = 1; i < lines.length; ) {
    const kind = lines[i - 1]!.breakSegment?.kind;
    if (kind === undefined || kind === 'equal' || !whollyOf(lines[i]!, kind)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && lines[j]!.breakSegment?.kind === kind && whollyOf(lines[j + 1]!, kind)) j++;
    marks[i - 1] = marks[j]!;
    for (let k = i; k <= j; k++) marks[k] = lines[k - 1]!.breakSegment;
    i = j + 1;
  }
  return marks;
}

/** The one insertion or deletion a text is made of, when it is inserted or deleted whole. */
export function wholeChangeOf(segments: readonly Segment[]): Segment | null {
  const kinds = new Set(segments.filter((segment) => segment.text !== '').map((segment) => segment.kind));
  return kinds.size === 1 && !kinds.has('equal') ? segments.find((segment) => segment.text !== '')! : null;
}

/** A paragraph of text that belongs to an annotated text (a clause's heading): in its whole change, if any. */
export function companionParagraph(text: string, whole: Segment | null, format: Omit<IParagraphOptions, 'children' | 'text'>, context: WriteContext): Paragraph {
  return context.formats.paragraph({ ...format, ...markOptions(whole, context) }, [runOf(whole?.kind ?? 'equal', text, whole ?? { kind: 'equal', text }, context)]);
}

export function targetParagraphs(segments: readonly Segment[], comments: readonly Comment[], layout: TargetLayout, context: WriteContext): Paragraph[] {
  const lines = markupLines(segments, layout.numberedFirstLine === true);
  const marks = boundaries(segments, comments, context);
  const offsets = [...marks.keys()].sort((a, b) => a - b);
  const handled = new Set<number>();
  const whole = wholeChangeOf(segments);
  const prefix = layout.prefix ? [runOf(whole?.kind ?? 'equal', layout.prefix, whole ?? { kind: 'equal', text: '' }, context)] : [];

  if (layout.lines === 'breaks') {
    const children: ParagraphChild[] = [...prefix, ...(layout.lead ?? [])];
    lines.forEach((line, index) => {
      if (index > 0) {
        const previous = lines[index - 1]!.breakSegment!;
        children.push(runOf(previous.kind, '', previous, context, true));
      }
      pushAll(children, lineChildren(line, marks, offsets, context, handled));
    });
    pushAll(children, layout.trail ?? []);
    return [context.formats.paragraph({ ...layout.format({ index: 0, last: true, bullet: false, text: lines.map((line) => line.text).join('\n') }), ...markOptions(whole, context) }, children)];
  }

  const paragraphMarkSegments = paragraphMarks(lines, whole);
  return lines.map((line, index) => {
    const children = [...(index === 0 ? prefix : []), ...lineChildren(line, marks, offsets, context, handled)];
    const format = layout.format({ index, last: index === lines.length - 1, bullet: line.bullet, text: line.text });
    return context.formats.paragraph({ ...format, ...markOptions(paragraphMarkSegments[index] ?? null, context) }, children);
  });
}

/** The paragraph mark's revision (`w:pPr/w:rPr/w:ins` or `w:del`). */
function markOptions(segment: Segment | null, context: WriteContext): Pick<IParagraphOptions, 'run'> {
  if (!segment || segment.kind === 'equal') return {};
  const change = changeOf(segment, context);
  return { run: segment.kind === 'insert' ? { insertion: change } : { deletion: change } };
}
