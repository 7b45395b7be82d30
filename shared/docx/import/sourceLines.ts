/**
 * The DOCX's blocks as the lines of a text contract, the form the parser reads: one line
 * per paragraph (and per manual line break), a blank line wherever a reader sees a gap —
 * an empty paragraph, spacing between paragraphs, a heading, a table's rows. List labels
 * Word draws from `numbering.xml` are written in front (`1. `, `(a) `, `§ 3 `; bullets as
 * `- `). Each line remembers its paragraph, so the parser's units lead back to it.
 */
import type { PassagePlace } from '../../contract';
import type { SourceLine, TableCell } from '../../parse';
import type { DocxBlock, DocxParagraph, DocxTable } from '../read/body';
import type { DocxStory } from '../read/readDocx';
import type { RawSegment } from '../read/revisions';
import { COVER_STYLE_ID } from '../styleIds';
import { viewOf, type ParagraphView } from './paragraphView';
import { categoryHeading, tomTableColumns, type TomTableColumns } from './tomTable';

/** A line's way back: the paragraph view and where in it the line's text begins and ends. */
export interface LineSource {
  readonly view: ParagraphView;
  /** Characters in front of the view's text that the import wrote itself (a list label). */
  readonly prefix: number;
  /** The line's text, trimmed, is `view.text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** The untrimmed line within the view text: margins for deleted text at its edges. */
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The table cell the paragraph sits in, if any. */
  readonly cell?: TableCell;
}

export interface SourceLines {
  readonly lines: (SourceLine | null)[];
  readonly sources: LineSource[];
  /** Every paragraph view in document order, for the tally of revisions left outside the contract. */
  readonly views: ParagraphView[];
  /** Views that sit somewhere other than the running text (a table, a heading, a header), by place. */
  readonly places: Map<ParagraphView, PassagePlace>;
}

/** Twips of left indent that count as one character of indent in a text contract. */
const INDENT_TWIPS = 180;

/** A gap of at least a quarter of a line (3 points) reads as a blank line. */
const VISIBLE_GAP = 60;

function gapBetween(previous: DocxParagraph, next: DocxParagraph): boolean {
  if (previous.headingLevel > 0 || next.headingLevel > 0) return true;
  const sameStyle = previous.styleId === next.styleId;
  const after = previous.spacing.contextual && sameStyle ? 0 : previous.spacing.after;
  const before = next.spacing.contextual && sameStyle ? 0 : next.spacing.before;
  return after + before >= VISIBLE_GAP;
}

/**
 * Whether the document shows gaps between body paragraphs at all. One written without
 * any (no spacing, no empty paragraphs) separates its paragraphs by nothing but the
 * paragraph break, so each paragraph is read as a block of its own.
 */
function usesGaps(blocks: readonly DocxBlock[]): boolean {
  let previous: DocxParagraph | null = null;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.headingLevel > 0) {
      previous = null;
      continue;
    }
    if (!hasText(block.segments)) return true;
    if (previous && gapBetween(previous, block)) return true;
    previous = block;
  }
  return false;
}

function hasText(segments: readonly RawSegment[]): boolean {
  return segments.some((segment) => segment.text.trim() !== '');
}

class LineWriter {
  readonly lines: (SourceLine | null)[] = [];
  readonly sources: LineSource[] = [];
  readonly views: ParagraphView[] = [];
  readonly places = new Map<ParagraphView, PassagePlace>();
  /** Where the paragraphs now written sit; outside the running text they are not given to the parser. */
  place: PassagePlace = 'text';
  private previous: DocxParagraph | null = null;
  /** Tables written so far, to number each table's cells. */
  tables = 0;

  /** `traced`: each line keeps its way back to its paragraph (`sources`, `views`); without, only the lines are written. */
  constructor(
    private readonly everyParagraphApart: boolean,
    private readonly traced: boolean,
  ) {}

  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== null) this.lines.push(null);
    this.previous = null;
  }

  /** Writes a paragraph as one line per manual line break; `prefix` overrides the list label (TOM tables). */
  paragraph(
    paragraph: DocxParagraph,
    options: { readonly segments?: readonly RawSegment[]; readonly prefix?: string; readonly heading?: number; readonly cell?: TableCell } = {},
  ): void {
    const segments = options.segments ?? paragraph.segments;
    if (!hasText(segments)) {
      this.blank();
      this.textBoxes(paragraph);
      return;
    }
    if (this.previous && (this.everyParagraphApart || gapBetween(this.previous, paragraph))) this.blank();
    const view = viewOf(paragraph, segments);
    const heading = Math.min(6, options.heading ?? paragraph.headingLevel);
    // A heading deleted whole is no heading any more: the parser would make its deleted words a title.
    const detached = this.place === 'header' || this.place === 'footer' || this.place === 'footnote' || this.place === 'endnote' || this.place === 'text-box' || (heading > 0 && view.mode === 'original');
    if (this.traced) {
      this.views.push(view);
      const place = heading > 0 && this.place === 'text' ? 'heading' : this.place;
      if (place !== 'text') this.places.set(view, place);
    }
    if (detached) {
      if (this.traced) this.detach(view);
      this.textBoxes(paragraph);
      return;
    }
    const list = paragraph.list;
    const label = options.prefix ?? (list ? (list.bullet ? '- ' : list.label === '' ? '' : `${list.label} `) : '');
    // Deeper list levels and indented paragraphs are indented lines, as the parser tells clause levels by indent.
    const indent = list && options.prefix === undefined ? list.level * 2 : Math.max(0, Math.round(paragraph.indent / INDENT_TWIPS));
    let lineStart = 0;
    let first = true;
    for (const line of view.text.split('\n')) {
      const lineEnd = lineStart + line.length;
      const leading = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed === '') {
        this.blank();
      } else {
        const prefix = first ? label : '';
        const cell = { ...(options.cell ? { cell: options.cell } : {}), ...(first ? {} : { lineBreak: true }) };
        if (this.traced) {
          this.sources.push({ view, prefix: prefix.length, start: lineStart + leading, end: lineStart + leading + trimmed.length, lineStart, lineEnd, ...(options.cell ? { cell: options.cell } : {}) });
          this.lines.push({ text: prefix + trimmed, indent: indent + leading, markdownHeading: heading, source: this.sources.length - 1, ...cell });
        } else {
          // Numbered all the same, so a reading by outline can leave out the lines a party or the date took.
          this.lines.push({ text: prefix + trimmed, indent: indent + leading, markdownHeading: heading, source: this.lines.length, ...cell });
        }
        first = false;
      }
      lineStart = lineEnd + 1;
    }
    this.previous = paragraph;
    if (heading > 0) this.blank();
    this.textBoxes(paragraph);
  }

  /** A paragraph's text boxes, after it: kept for their markup, not read as the running text. */
  textBoxes(paragraph: DocxParagraph): void {
    if (!paragraph.textBoxes || !this.traced) return;
    const outer = this.place;
    this.place = 'text-box';
    for (const inner of paragraph.textBoxes) this.paragraph(inner);
    this.place = outer;
  }

  /** A paragraph kept only for its markup: its lines lead back to it, but the parser never sees them. */
  private detach(view: ParagraphView): void {
    let lineStart = 0;
    for (const line of view.text.split('\n')) {
      const leading = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (trimmed !== '') this.sources.push({ view, prefix: 0, start: lineStart + leading, end: lineStart + leading + trimmed.length, lineStart, lineEnd: lineStart + line.length });
      lineStart += line.length + 1;
    }
  }
}

function isCover(block: DocxBlock): boolean {
  if (block.kind === 'paragraph') return block.styleId === COVER_STYLE_ID;
  const paragraphs = block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.filter((inner): inner is DocxParagraph => inner.kind === 'paragraph')));
  return paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph.styleId === COVER_STYLE_ID);
}

/** A row inserted or deleted whole marks its text so even when its runs carry no revision of their own. */
function rowSegments(paragraph: DocxParagraph, change: DocxTable['rows'][number]['change']): readonly RawSegment[] {
  if (!change) return paragraph.segments;
  return paragraph.segments.map((segment) => (segment.kind === 'equal' ? { kind: change.kind, text: segment.text, revision: change.revision } : segment));
}

/** A cell's text as the row reads: its original text in a row deleted whole, else its current text. */
function cellText(cell: readonly DocxBlock[], hidden: 'delete' | 'insert' = 'delete'): string {
  return cell
    .filter((block): block is DocxParagraph => block.kind === 'paragraph')
    .map((paragraph) => paragraph.segments.filter((segment) => segment.kind !== hidden).map((segment) => segment.text).join(''))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A table of measures (Clausemark's own TOM table, or one like it) becomes what the TOM
 * parser reads: category and service lines as headings, each measure as a bullet.
 */
function writeTomTable(writer: LineWriter, table: DocxTable, columns: TomTableColumns): void {
  let category = '';
  let service = '';
  const writeCategory = (cell: readonly DocxBlock[], row: DocxTable['rows'][number], text: string, hidden: 'delete' | 'insert') => {
    writer.blank();
    for (const block of cell) if (block.kind === 'paragraph') writer.paragraph(block, { segments: rowSegments(block, row.change), heading: 2, prefix: '' });
    if (cellText(cell, hidden) === '') writer.lines.push({ text, indent: 0, markdownHeading: 2 });
    writer.blank();
    category = text;
    service = '';
  };
  for (const row of table.rows.slice(1)) {
    if (categoryHeading(table, row)) {
      const cell = row.cells[0]!;
      if (cellText(cell) !== '') writeCategory(cell, row, cellText(cell), 'delete');
      continue;
    }
    const categoryCell = columns.category === null ? [] : (row.cells[columns.category] ?? []);
    const serviceCell = columns.service === null ? [] : (row.cells[columns.service] ?? []);
    const measureCell = row.cells[columns.measure] ?? [];
    const deleted = row.change?.kind === 'delete' || (cellText(measureCell) === '' && cellText(measureCell, 'insert') !== '');
    const hidden = deleted ? 'insert' : 'delete';
    const nextCategory = cellText(categoryCell, hidden) || category;
    const nextService = cellText(serviceCell, hidden);
    // The TOM parser resets services at a category heading only, so a row back to "all services" repeats it.
    if (nextCategory !== category || (nextService === '' && service !== '')) writeCategory(categoryCell, row, nextCategory, hidden);
    if (nextService !== '' && nextService !== service) {
      writer.blank();
      for (const block of serviceCell) if (block.kind === 'paragraph') writer.paragraph(block, { segments: rowSegments(block, row.change), heading: 3, prefix: '' });
      writer.blank();
      service = nextService;
    }
    for (const block of measureCell) {
      if (block.kind === 'paragraph') writer.paragraph(block, { segments: rowSegments(block, row.change), prefix: '- ' });
    }
  }
  writer.blank();
}

/** A header cell names its column in a word or a few (`Measure`, `Applicable Details`), never in a sentence. */
function isColumnName(text: string): boolean {
  return text !== '' && text.split(/\s+/u).length <= 4 && !/[.:;!?]$/u.test(text);
}

function writeBlocks(writer: LineWriter, blocks: readonly DocxBlock[]): void {
  for (const block of blocks) {
    if (isCover(block)) continue;
    if (block.kind === 'paragraph') {
      writer.paragraph(block);
      continue;
    }
    writer.blank();
    const columns = tomTableColumns(block);
    if (columns) {
      writeTomTable(writer, block, columns);
      continue;
    }
    const outer = writer.place;
    if (outer === 'text') writer.place = 'table';
    // Other tables are read as tables: each cell's lines know their row and column, the first row may name the columns.
    const table = writer.tables++;
    const header = block.rows.length > 1 && (block.rows[0]?.cells.length ?? 0) > 1 && block.rows[0]!.cells.every((cell) => isColumnName(cellText(cell)));
    block.rows.forEach((row, rowIndex) => {
      row.cells.forEach((cell, column) => {
        for (const inner of cell) {
          if (inner.kind === 'paragraph') writer.paragraph(inner, { segments: rowSegments(inner, row.change), cell: { table, row: rowIndex, column, header: header && rowIndex === 0 } });
          else writeBlocks(writer, [inner]);
        }
      });
      writer.blank();
    });
    writer.place = outer;
  }
}

/** `traced`: with each line's way back to its paragraph; false gives the lines alone. `stories`: paragraphs outside the body, kept for their markup. */
export function sourceLines(blocks: readonly DocxBlock[], traced = true, stories: readonly DocxStory[] = []): SourceLines {
  const writer = new LineWriter(!usesGaps(blocks), traced);
  writeBlocks(writer, blocks);
  for (const story of stories) {
    writer.place = story.place;
    for (const paragraph of story.paragraphs) writer.paragraph(paragraph);
  }
  while (writer.lines.length > 0 && writer.lines[writer.lines.length - 1] === null) writer.lines.pop();
  return { lines: writer.lines, sources: writer.sources, views: writer.views, places: writer.places };
}
