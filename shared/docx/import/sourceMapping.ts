/**
 * One clause, measure, party or date, put back together from the pieces of the lines it
 * was parsed from, with the revisions those pieces carry in the document. Deleted text
 * at the edge of a piece (before its first or after its last visible character) belongs
 * to it, so "1. [alte ]Klausel" keeps its deletion although the parser saw only "Klausel".
 *
 * Lines and paragraphs are joined by a separator that exists in the original text, in the
 * current text, in both or in neither, depending on which of its neighbours do: a line
 * deleted whole takes the line break before it (or after it, at the start) with it.
 */
import type { SegmentKind } from '../../contract';
import type { TableCell } from '../../parse';
import type { BlockChange } from '../read/body';
import type { RawSegment, Revision } from '../read/revisions';
import { markupOffset, markupSegments, type ParagraphView } from './paragraphView';
import type { Piece } from './pieces';
import type { LineSource } from './sourceLines';
import { pushAll } from '../../lists';

export interface MappedRun {
  readonly kind: SegmentKind;
  readonly text: string;
  readonly revision?: Revision;
  /** Where the item sits in its paragraph's markup, when it comes from one. */
  readonly view: ParagraphView | null;
  readonly from: number;
  readonly to: number;
  /** Offset of the item in the item's current text. */
  readonly currentStart: number;
  /** A paragraph break whose mark carries this item's revision in the document: a change may run on across it. */
  readonly bridge?: boolean;
}

export interface SourceWindow {
  readonly view: ParagraphView;
  readonly from: number;
  readonly to: number;
}

export type SourceStatus = 'unchanged' | 'mixed' | 'inserted' | 'deleted';

export interface SourceMapping {
  readonly segments: readonly RawSegment[];
  readonly items: readonly MappedRun[];
  readonly windows: readonly SourceWindow[];
  readonly status: SourceStatus;
  readonly current: string;
  readonly original: string;
}

type Status = 'K' | 'D' | 'I';

interface PartItem {
  kind: SegmentKind;
  text: string;
  revision?: Revision;
  view: ParagraphView | null;
  from: number;
  to: number;
  bridge?: boolean;
}

interface Part {
  readonly items: PartItem[];
  status: Status;
  /** The paragraph mark's revision when the part ends its paragraph. */
  mark: BlockChange | null;
  /** The revision of the manual line break (`w:br`) after the part, when the paragraph goes on. */
  lineBreak: BlockChange | null;
  view: ParagraphView | null;
  cell: TableCell | null;
}

export class SourceMapper {
  private readonly consumed = new Map<ParagraphView, Uint8Array>();
  /** Views some item took text from (or skipped over): the rest are passages outside every item. */
  private readonly touched = new Set<ParagraphView>();

  constructor(private readonly sources: readonly LineSource[]) {}

  /**
   * The flags of what items took of a view's markup, [from, to); null for a paragraph
   * without tracked changes, where nothing is hidden and no revision waits to be counted.
   */
  private consume(view: ParagraphView, from: number, to: number): Uint8Array | null {
    let flags = this.consumed.get(view);
    if (!flags) {
      if (view.inView === null && view.segments.every((segment) => segment.kind === 'equal')) return null;
      flags = new Uint8Array(view.markupLength);
      this.consumed.set(view, flags);
    }
    return flags.subarray(from, to);
  }

  /** Segments of the markup in [from, to) not taken by another item yet; takes them. */
  private take(view: ParagraphView, from: number, to: number, onlyHidden: boolean): PartItem[] {
    const items: PartItem[] = [];
    // Every character in view: nothing is hidden.
    if (onlyHidden && view.inView === null) return items;
    for (const slice of markupSegments(view, from, to, onlyHidden)) {
      const flags = this.consume(view, slice.from, slice.to);
      if (onlyHidden && flags?.includes(1)) continue;
      flags?.fill(1);
      items.push(slice.revision ? { kind: slice.kind, text: slice.text, revision: slice.revision, view, from: slice.from, to: slice.to } : { kind: slice.kind, text: slice.text, view, from: slice.from, to: slice.to });
    }
    return items;
  }

  private sourceItems(piece: Extract<Piece, { kind: 'source' | 'skip' }>, lineTexts: readonly string[], windows: SourceWindow[]): { items: PartItem[]; view: ParagraphView; cell: TableCell | null; endsParagraph: boolean; lineBreak: BlockChange | null } {
    const source = this.sources[piece.source]!;
    const view = source.view;
    const items: PartItem[] = [];
    const line = lineTexts[piece.source]!;
    if (piece.kind === 'source' && piece.from < source.prefix) {
      items.push({ kind: 'equal', text: line.slice(piece.from, Math.min(piece.to, source.prefix)), view: null, from: 0, to: 0 });
    }
    const first = Math.max(piece.from, source.prefix) - source.prefix + source.start;
    const last = piece.to - source.prefix + source.start;
    let endsParagraph = false;
    let lineBreak: BlockChange | null = null;
    if (first < last) {
      const a = markupOffset(view, first);
      const b = markupOffset(view, last - 1) + 1;
      const left = first > source.lineStart ? markupOffset(view, first - 1) + 1 : source.lineStart === 0 ? 0 : markupOffset(view, source.lineStart - 1) + 1;
      let next = last;
      if (last === source.end) while (next < source.lineEnd && /\s/u.test(view.text[next]!)) next++;
      const right = next < view.text.length ? markupOffset(view, next) : view.markupLength;
      // A skipped piece (a clause's number) leaves what follows it to the text after it.
      const taken = [...this.take(view, left, a, true), ...this.take(view, a, b, false), ...(piece.kind === 'skip' ? [] : this.take(view, b, right, true))];
      // A skipped piece is the item's, but not part of its text.
      if (piece.kind === 'source') pushAll(items, taken);
      windows.push({ view, from: left, to: right });
      this.touched.add(view);
      endsParagraph = piece.kind === 'source' && last === source.end && source.lineEnd === view.text.length;
      if (piece.kind === 'source' && last === source.end && !endsParagraph) lineBreak = breakRevision(view, source.lineEnd);
    }
    return { items, view, cell: source.cell ?? null, endsParagraph, lineBreak };
  }

  /** An item's mapping from its lines' pieces (lines joined by line breaks); null when nothing maps. */
  map(lines: readonly (readonly Piece[])[], lineTexts: readonly string[]): SourceMapping | null {
    const parts: Part[] = [];
    const separators: string[] = [];
    const windows: SourceWindow[] = [];
    let part: Part | null = null;
    const open = (separator: string | null): Part => {
      if (separator !== null && parts.length > 0) separators.push(separator);
      const created: Part = { items: [], status: 'K', mark: null, lineBreak: null, view: null, cell: null };
      parts.push(created);
      return created;
    };
    lines.forEach((pieces, lineIndex) => {
      part = open(lineIndex === 0 ? null : '\n');
      for (const piece of pieces) {
        if (piece.kind === 'join') {
          part = open(piece.text);
          continue;
        }
        if (piece.kind === 'text') {
          part!.items.push({ kind: 'equal', text: piece.text, view: null, from: 0, to: 0 });
          continue;
        }
        const found = this.sourceItems(piece, lineTexts, windows);
        if (piece.kind === 'skip') continue;
        pushAll(part!.items, found.items);
        part!.view = found.view;
        part!.cell = found.cell;
        part!.mark = found.endsParagraph ? found.view.paragraph.mark : null;
        part!.lineBreak = found.lineBreak;
      }
    });
    if (parts.length === 0) return null;
    for (const current of parts) settle(current);

    const items: MappedRun[] = [];
    let currentLength = 0;
    const add = (item: PartItem) => {
      items.push({
        kind: item.kind,
        text: item.text,
        ...(item.revision ? { revision: item.revision } : {}),
        view: item.view,
        from: item.from,
        to: item.to,
        currentStart: currentLength,
        ...(item.bridge ? { bridge: true } : {}),
      });
      if (item.kind !== 'delete') currentLength += item.text.length;
    };
    parts.forEach((current, index) => {
      if (index > 0) {
        const separator = separatorItem(parts, index, separators[index - 1]!);
        if (separator) add(separator);
      }
      current.items.forEach(add);
    });

    const segments: RawSegment[] = [];
    // A list label or number between a marked break and the paragraph's text keeps the change running.
    let afterBridge = false;
    for (const item of items) {
      pushMerged(segments, item, afterBridge);
      afterBridge = item.bridge === true || (afterBridge && item.view === null);
    }
    const statuses = parts.map((current) => current.status);
    const status: SourceStatus = statuses.every((value) => value === 'D')
      ? 'deleted'
      : statuses.every((value) => value === 'I')
        ? 'inserted'
        : segments.every((segment) => segment.kind === 'equal')
          ? 'unchanged'
          : 'mixed';
    return {
      segments,
      items,
      windows,
      status,
      current: items.filter((item) => item.kind !== 'delete').map((item) => item.text).join(''),
      original: items.filter((item) => item.kind !== 'insert').map((item) => item.text).join(''),
    };
  }

  isTouched(view: ParagraphView): boolean {
    return this.touched.has(view);
  }

  /** Revisions in paragraphs no item took (headings, labels, annex items), counted by segment; whitespace does not count. */
  untakenRevisions(views: readonly ParagraphView[]): number {
    let count = 0;
    for (const view of views) {
      const flags = this.consumed.get(view);
      let start = 0;
      for (const segment of view.segments) {
        if (segment.kind !== 'equal') {
          for (let i = 0; i < segment.text.length; i++) {
            if (/\s/u.test(segment.text[i]!) || flags?.[start + i] === 1) continue;
            count++;
            break;
          }
        }
        start += segment.text.length;
      }
    }
    return count;
  }
}

/** A part deleted or inserted whole takes its bullet, marker and spaces with it. */
function settle(part: Part): void {
  const real = part.items.filter((item) => item.view !== null && item.text.trim() !== '');
  if (real.length === 0) return;
  const kind = real.every((item) => item.kind === 'delete') ? 'D' : real.every((item) => item.kind === 'insert') ? 'I' : 'K';
  part.status = kind;
  if (kind === 'K') return;
  const revision = real[0]!.revision;
  for (const item of part.items) {
    if (item.kind !== 'equal') continue;
    item.kind = kind === 'D' ? 'delete' : 'insert';
    if (revision) item.revision = revision;
  }
}

function separatorItem(parts: readonly Part[], index: number, text: string): PartItem | null {
  const next = parts[index]!;
  const before = parts.slice(0, index);
  const inOriginal = next.status !== 'I' && before.some((part) => part.status !== 'I');
  const inCurrent = next.status !== 'D' && before.some((part) => part.status !== 'D');
  const previous = parts[index - 1]!;
  const revisionOf = (part: Part) => part.items.find((item) => item.revision)?.revision;
  if (inOriginal && inCurrent) {
    const mark = previous.mark;
    // A paragraph mark of its own (two paragraphs joined or split in Word); a paragraph deleted
    // or inserted whole takes its mark along and says nothing about the break.
    if (text === '\n' && mark && previous.status === 'K' && previous.view !== next.view) return { kind: mark.kind, text, revision: mark.revision, view: null, from: 0, to: 0, bridge: true };
    return { kind: 'equal', text, view: null, from: 0, to: 0 };
  }
  if (!inOriginal && !inCurrent) return null;
  const kind = inOriginal ? 'delete' : 'insert';
  const owner = next.status !== 'K' ? next : previous;
  const revision = revisionOf(owner) ?? revisionOf(previous) ?? revisionOf(next);
  // A break between lines deleted or inserted whole is marked in the document only when the
  // earlier paragraph's mark is (Word's own change over several paragraphs, and ours). The end
  // of a table cell is no paragraph break, even where Word marks it deleted with its row: the
  // text of two cells is two changes.
  const marked = previous.view === next.view ? previous.lineBreak : previous.mark;
  const bridge = text === '\n' && marked?.kind === kind && sameCell(previous.cell, next.cell);
  return { kind, text, ...(revision ? { revision } : {}), view: null, from: 0, to: 0, ...(bridge ? { bridge } : {}) };
}

/** The revision of the manual line break at `offset` of the view's text, if it is inserted or deleted. */
function breakRevision(view: ParagraphView, offset: number): BlockChange | null {
  if (offset >= view.text.length) return null;
  const at = markupOffset(view, offset);
  const slice = markupSegments(view, at, at + 1, false)[0];
  return slice && slice.kind !== 'equal' && slice.revision ? { kind: slice.kind, revision: slice.revision } : null;
}

function sameCell(a: TableCell | null, b: TableCell | null): boolean {
  return a === b || (a !== null && b !== null && a.table === b.table && a.row === b.row && a.column === b.column);
}

/**
 * One Word revision (one `w:id`) is one segment. Two revisions become one only where the
 * change runs on through a paragraph break whose mark is part of it (`w:pPr/w:rPr/w:del` or
 * `w:ins`: a change over several paragraphs, which Word and our export write as one `w:ins`
 * per paragraph), by the same author at the same time. Otherwise two revisions stay two, each
 * with its `w:id` and date (two words changed in a paragraph, deletions in cells one under another).
 */
function pushMerged(segments: RawSegment[], item: MappedRun, afterBridge: boolean): void {
  if (item.text === '') return;
  const last = segments[segments.length - 1];
  const across = (item.bridge === true || afterBridge) && last?.revision?.date === item.revision?.date;
  if (last && last.kind === item.kind && (item.kind === 'equal' || (last.revision?.author === item.revision?.author && (across || last.revision?.id === item.revision?.id)))) {
    segments[segments.length - 1] = { ...last, text: last.text + item.text };
    return;
  }
  segments.push(item.kind === 'equal' || !item.revision ? { kind: item.kind, text: item.text } : { kind: item.kind, text: item.text, revision: item.revision });
}
