/**
 * From raw text to units: the paragraphs, bullets and numbered items a reader sees.
 * A unit knows whether it stands alone between blank lines, which is what tells a
 * heading from a sentence in a plain-text contract.
 */
import { matchMarker, type Marker } from '../contract';
import { latin } from '../text';
import { largest } from '../lists';

export interface Unit {
  /** The text without its bullet or marker; wrapped lines joined by a space. */
  readonly text: string;
  /** The text with its marker, as the line begins (`9. Juni 2018`). */
  readonly full: string;
  /** Lines as written (after the marker), for blocks where line breaks mean something (addresses). */
  readonly lines: readonly string[];
  readonly bullet: boolean;
  readonly marker: Marker | null;
  readonly indent: number;
  /** 1–6 for a Markdown `#` heading, else 0. */
  readonly markdownHeading: number;
  /** Index of the blank-line-separated block the unit sits in. */
  readonly block: number;
  readonly firstInBlock: boolean;
  readonly lastInBlock: boolean;
  /**
   * The source lines the unit was made of, in order, when the caller numbered them
   * (`unitsFromLines`): a DOCX import maps the unit back to its paragraphs' revisions.
   */
  readonly sources?: readonly number[];
  /** Set when the unit is (part of) a table cell: a table is read as rows, never as headings. */
  readonly cell?: TableCell;
  /** The unit begins after a manual line break in the paragraph of the unit before it (`SourceLine.lineBreak`). */
  readonly lineBreak?: boolean;
}

/** Where a table cell's text sits: which table of the document, which row and column. */
export interface TableCell {
  readonly table: number;
  readonly row: number;
  readonly column: number;
  /** The row of column names above the others (`| Category | Measures |`). */
  readonly header: boolean;
}

/** One line as the unit builder sees it: text without indent, and a Markdown heading level. */
export interface SourceLine {
  readonly text: string;
  readonly indent: number;
  readonly markdownHeading: number;
  /** The caller's number for the line, carried into `Unit.sources`. */
  readonly source?: number;
  /**
   * The line continues the paragraph above it without a break of its own (a Markdown soft line
   * break): joined to it where it runs on a sentence, kept apart where it starts a new item.
   */
  readonly softBreak?: boolean;
  /**
   * The line follows a manual line break inside its paragraph (Markdown's two spaces, `\`,
   * `<br>`; Word's line break): a line of its own, but of the same paragraph.
   */
  readonly lineBreak?: boolean;
  readonly cell?: TableCell;
}

type Line = SourceLine;

const BULLET = /^[-–•*+▪◦·]\s+/u;
/** `## Title`, its closing `#`s and spaces taken off by `markdownHeading` (a pattern that did it backtracked cubically over a run of spaces). */
const MARKDOWN_HEADING_START = /^(#{1,6})\s+/u;
const MARKDOWN_RULE = /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/u;
const MARKDOWN_SETEXT = /^(?:=+|-+)$/u;

/** Line breaks, byte-order mark, form feeds (page breaks) and tabs as a reader would expect. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/\f/gu, '\n\n')
    .replace(/\t/gu, '    ')
    .replace(/[\u00A0\u202F]/gu, ' ');
}

/** An ATX heading (`## Title ##`): its level and its text without the closing `#`s, in one pass. */
function markdownHeading(line: string): { level: number; text: string } | null {
  const start = MARKDOWN_HEADING_START.exec(line);
  if (!start) return null;
  let end = line.length;
  while (end > start[0].length && line[end - 1] === '#') end--;
  return { level: start[1]!.length, text: line.slice(start[0].length, end).trim() };
}

function stripEmphasis(text: string): string {
  return text.replace(/(\*\*|__)(.+?)\1/gu, '$2');
}

/** The lines of a plain-text contract, `null` for a blank line (a block break), Markdown-like headings and rules read. */
export function textLines(text: string): (Line | null)[] {
  const raw = normalizeText(text).split('\n');
  const lines: (Line | null)[] = [];
  for (let i = 0; i < raw.length; i++) {
    // `trimEnd`, not `/\s+$/`: that tries every start of a run of 40,000 tabs and never ends.
    const full = raw[i]!.trimEnd();
    const trimmed = full.trimStart();
    if (trimmed === '') {
      lines.push(null);
      continue;
    }
    const next = raw[i + 1]?.trim() ?? '';
    if (MARKDOWN_SETEXT.test(next) && !BULLET.test(trimmed) && matchMarker(trimmed) === null && trimmed.length < 120) {
      lines.push({ text: stripEmphasis(trimmed), indent: 0, markdownHeading: next.startsWith('=') ? 1 : 2 });
      i++;
      continue;
    }
    if (MARKDOWN_RULE.test(trimmed)) {
      lines.push(null);
      continue;
    }
    const heading = markdownHeading(trimmed);
    if (heading) {
      lines.push({ text: stripEmphasis(heading.text), indent: 0, markdownHeading: heading.level });
      continue;
    }
    const quoted = trimmed.replace(/^>\s?/u, '');
    lines.push({ text: quoted, indent: full.length - trimmed.length, markdownHeading: 0 });
  }
  return lines;
}

/**
 * Hard-wrapped text (every line within some width) joins a long line with the next;
 * text whose paragraphs are single long lines keeps every line as written.
 */
function wrapWidth(lines: readonly (Line | null)[]): number | null {
  const lengths = lines.filter((line): line is Line => line !== null).map((line) => line.indent + line.text.length);
  if (lengths.length === 0) return null;
  const longest = largest(lengths);
  // Paragraphs written as single long lines: nothing is wrapped.
  if (lengths.filter((length) => length > 110).length > lengths.length * 0.02 || longest < 55) return null;
  // Wrapped text has many lines close to its width.
  const nearWidth = lengths.filter((length) => length >= longest * 0.75).length;
  if (nearWidth < Math.max(3, lengths.length * 0.2)) return null;
  return Math.floor(longest * 0.6);
}

/** The unit's lines as written, the marker kept on the first (`1. …`). */
export function linesWithMarker(unit: Unit): string[] {
  const [first = '', ...rest] = unit.lines;
  return unit.marker ? [`${unit.marker.label} ${first}`.trim(), ...rest] : [...unit.lines];
}

interface Draft {
  lines: string[];
  bullet: boolean;
  marker: Marker | null;
  indent: number;
  markdownHeading: number;
  block: number;
  lastLineLength: number;
  lastLineEnd: string;
  /** Started by a marker alone on its line (`1.` above `Name: …`): takes the rest of its block. */
  absorbsBlock: boolean;
  sources: number[];
  cell: TableCell | undefined;
  lineBreak: boolean;
}

const OPEN_LINE_END = latin(/[\p{L}\p{N},;\-–(]$/u);
const CONTINUATION_START = latin(/^[\p{Ll}\p{N}(„"“]/u);

/**
 * A soft line break inside a paragraph runs a sentence on where the line above is cut off
 * mid-sentence and is long (wrapped text) or the line goes on in lower case; short lines
 * that end open (a name above its street) stay lines of their own.
 */
function runsOn(previous: string, line: string): boolean {
  if (!OPEN_LINE_END.test(previous)) return previous.length >= 50 && !/[:]$/u.test(previous) && CONTINUATION_START.test(line);
  return previous.length >= 50 || CONTINUATION_START.test(line);
}

export function toUnits(text: string): Unit[] {
  const lines = textLines(text);
  return unitsFromLines(lines, wrapWidth(lines));
}

/**
 * Units from lines that are already split and classified; `null` is a blank line (a block
 * break). `width` joins hard-wrapped lines; null keeps every line as written, as for
 * documents whose paragraphs are lines (a DOCX).
 */
export function unitsFromLines(lines: readonly (SourceLine | null)[], width: number | null): Unit[] {
  const drafts: Draft[] = [];
  let block = -1;
  let inBlock = false;
  let current: Draft | null = null;
  for (const line of lines) {
    if (line === null) {
      inBlock = false;
      current = null;
      continue;
    }
    if (!inBlock) {
      block++;
      inBlock = true;
    }
    const bullet = BULLET.exec(line.text);
    const marker = bullet ? null : matchMarker(line.text);
    const content = bullet ? line.text.slice(bullet[0].length) : marker ? marker.rest : line.text;
    const continues =
      current !== null &&
      !bullet &&
      !marker &&
      line.markdownHeading === 0 &&
      current.markdownHeading === 0 &&
      line.cell === current.cell &&
      (current.absorbsBlock ||
        (line.softBreak === true && runsOn(current.lastLineEnd, content)) ||
        (width !== null && current.lastLineLength >= width && !/:$/u.test(current.lastLineEnd)));
    if (continues && current) {
      if (current.lines.length === 1 && current.lines[0] === '') current.lines[0] = content;
      else current.lines.push(content);
      current.lastLineLength = line.text.length;
      current.lastLineEnd = content;
      if (line.source !== undefined) current.sources.push(line.source);
      continue;
    }
    current = {
      lines: [content],
      bullet: bullet !== null,
      marker,
      indent: line.indent,
      markdownHeading: line.markdownHeading,
      block,
      lastLineLength: line.text.length,
      lastLineEnd: content,
      absorbsBlock: marker !== null && content === '',
      sources: line.source === undefined ? [] : [line.source],
      cell: line.cell,
      lineBreak: line.lineBreak === true,
    };
    drafts.push(current);
  }
  return drafts.map((draft, index) => {
    const text = draft.absorbsBlock ? draft.lines.join('\n') : joinWrapped(draft.lines);
    return {
    text,
    full: draft.marker ? `${draft.marker.label} ${text}`.trim() : text,
    lines: draft.lines,
    bullet: draft.bullet,
    marker: draft.marker,
    indent: draft.indent,
    markdownHeading: draft.markdownHeading,
    block: draft.block,
    firstInBlock: index === 0 || drafts[index - 1]!.block !== draft.block,
    lastInBlock: index === drafts.length - 1 || drafts[index + 1]!.block !== draft.block,
    ...(draft.sources.length > 0 ? { sources: draft.sources } : {}),
    ...(draft.cell ? { cell: draft.cell } : {}),
    ...(draft.lineBreak ? { lineBreak: true } : {}),
    };
  });
}

const LOWER_HYPHEN_END = latin(/\p{Ll}-$/u);
const LOWER_START = latin(/^\p{Ll}/u);
const LETTER_OR_DIGIT = latin(/[\p{L}\p{N}]/u);
const OPEN_END = latin(/[\p{L}\p{N},\-–]$/u);
const LOWER_OR_BRACKET_START = latin(/^[\p{Ll}(]/u);

/** Joins wrapped lines; a hyphen at a line end followed by a lower-case word is a soft break. */
export function joinWrapped(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (LOWER_HYPHEN_END.test(text) && LOWER_START.test(line)) text = text.slice(0, -1) + line;
    else text = `${text} ${line}`;
  }
  return text.trim();
}

const RUN_WITHOUT_SPACE = /\S+/gu;

/**
 * The words of `text` (runs without spaces that hold a letter or a digit), counted up to
 * `atMost`: a caller that asks whether a paragraph has more than a few words stops there
 * instead of splitting the whole paragraph.
 */
export function wordCount(text: string, atMost = Infinity): number {
  let count = 0;
  RUN_WITHOUT_SPACE.lastIndex = 0;
  for (let run = RUN_WITHOUT_SPACE.exec(text); run !== null && count < atMost; run = RUN_WITHOUT_SPACE.exec(text)) {
    if (LETTER_OR_DIGIT.test(run[0])) count++;
  }
  RUN_WITHOUT_SPACE.lastIndex = 0;
  return count;
}

/** The text ends as a sentence or list intro ends, or with a closing bracket or quote. */
export function endsClosed(text: string): boolean {
  return !OPEN_END.test(text.trimEnd());
}

export function mergeUnits(head: Unit, tail: Unit): Unit {
  return {
    ...head,
    text: `${head.text} ${tail.text}`,
    full: `${head.full} ${tail.full}`,
    lines: [...head.lines, ...tail.lines],
    lastInBlock: tail.lastInBlock,
    ...(head.sources || tail.sources ? { sources: [...(head.sources ?? []), ...(tail.sources ?? [])] } : {}),
  };
}

/**
 * Page-break artefacts: a paragraph that stops mid-sentence continues in the next
 * paragraph after a blank line. The next one must read as a continuation (lower-case or
 * bracket start, or a sentence that ends), never as a heading or a new item.
 */
export function repairPageBreaks(units: readonly Unit[], isHeading: (unit: Unit) => boolean): Unit[] {
  const repaired: Unit[] = [];
  for (const unit of units) {
    const previous = repaired[repaired.length - 1];
    if (previous && isContinuation(previous, unit, isHeading)) {
      repaired[repaired.length - 1] = mergeUnits(previous, unit);
      continue;
    }
    repaired.push(unit);
  }
  return repaired;
}

function isContinuation(previous: Unit, unit: Unit, isHeading: (unit: Unit) => boolean): boolean {
  if (!previous.lastInBlock || !unit.firstInBlock) return false;
  if (unit.bullet || unit.marker || unit.markdownHeading || previous.markdownHeading || unit.cell || previous.cell) return false;
  if (endsClosed(previous.text) || isHeading(previous) || isHeading(unit)) return false;
  const words = wordCount(previous.text, 10);
  // A lower-case or bracketed start continues a sentence; otherwise only a long fragment
  // (not a short heading such as `7.3. Duration of the processing`) runs on.
  const startsLow = LOWER_OR_BRACKET_START.test(unit.text) && words >= 3;
  const endsSentence = /[.!?;:]["“”»)]?$/u.test(unit.text) && wordCount(unit.text, 4) >= 4 && words >= 10;
  return startsLow || endsSentence;
}
