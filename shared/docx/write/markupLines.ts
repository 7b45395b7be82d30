/**
 * Markup cut into Word paragraphs. A line break in a clause's text is a paragraph mark in
 * Word, and the mark carries the revision of the line break: an inserted line break is an
 * inserted paragraph mark (`w:pPr/w:rPr/w:ins`), a deleted one a deleted mark (`w:del`),
 * so accepting or rejecting joins and splits paragraphs as it joined and split lines.
 */
import type { Segment } from '../../contract';

export interface MarkupRun {
  readonly kind: Segment['kind'];
  readonly text: string;
  readonly segment: Segment;
  /** Offset of the run's first character in the whole markup. */
  readonly start: number;
}

export interface MarkupLine {
  readonly runs: readonly MarkupRun[];
  /** The line's span in the whole markup; `end` is where its line break (or the markup) ends. */
  readonly start: number;
  readonly end: number;
  /** The segment holding the line break after the line; null for the last line. */
  readonly breakSegment: Segment | null;
  /** A list item in both the original and the current text (`- ` at its start in both). */
  readonly bullet: boolean;
  /** The line's current text, or its original text when it is deleted whole. */
  readonly text: string;
}

/** The text of the runs one view shows: the original hides insertions, the current text deletions. */
function viewText(runs: readonly MarkupRun[], hidden: Segment['kind']): string {
  let text = '';
  for (const run of runs) if (run.kind !== hidden) text += run.text;
  return text;
}

function startsWithBullet(text: string): boolean | null {
  return text === '' ? null : text.startsWith('- ');
}

/** Drops the `- ` a list item starts with in each view: Word draws the bullet. */
function stripBullet(runs: readonly MarkupRun[]): MarkupRun[] {
  let original = 0;
  let current = 0;
  const kept: MarkupRun[] = [];
  for (const run of runs) {
    let skip = 0;
    while (skip < run.text.length) {
      const takesOriginal = run.kind !== 'insert' && original < 2;
      const takesCurrent = run.kind !== 'delete' && current < 2;
      if (run.kind === 'equal' ? takesOriginal && takesCurrent : takesOriginal || takesCurrent) {
        if (run.kind !== 'insert') original++;
        if (run.kind !== 'delete') current++;
        skip++;
      } else break;
    }
    if (skip < run.text.length) kept.push({ ...run, text: run.text.slice(skip), start: run.start + skip });
  }
  return kept;
}

/**
 * `numberedFirstLine`: the first line's paragraph carries a clause's number, so it is no list
 * item even where it starts with `- ` (`2. - Die Bestellung …`): Word cannot draw a number and
 * a bullet on one paragraph, and the number is what tells the clause from the one before.
 */
export function markupLines(segments: readonly Segment[], numberedFirstLine = false): MarkupLine[] {
  const lines: MarkupLine[] = [];
  let runs: MarkupRun[] = [];
  let lineStart = 0;
  let offset = 0;
  const close = (end: number, breakSegment: Segment | null) => {
    const original = viewText(runs, 'insert');
    const current = viewText(runs, 'delete');
    const inOriginal = startsWithBullet(original);
    const inCurrent = startsWithBullet(current);
    const bullet = !(numberedFirstLine && lines.length === 0) && (inOriginal ?? inCurrent ?? false) && (inCurrent ?? inOriginal ?? false);
    const text = current.trim() === '' ? original : current;
    lines.push({ runs: bullet ? stripBullet(runs) : runs, start: lineStart, end, breakSegment, bullet, text });
    runs = [];
  };
  for (const segment of segments) {
    const parts = segment.text.split('\n');
    parts.forEach((part, index) => {
      if (index > 0) {
        close(offset, segment);
        offset++;
        lineStart = offset;
      }
      if (part !== '') runs.push({ kind: segment.kind, text: part, segment, start: offset });
      offset += part.length;
    });
  }
  close(offset, null);
  return lines;
}
