/**
 * The document body (`w:body`, ECMA-376 Part 1, §17.2) as blocks in reading order:
 * paragraphs with their format and list label, and tables (`w:tbl`) as rows of cells,
 * each cell its own blocks. Block-level content controls (`w:sdt`) and custom XML count
 * by their content. Numbering is counted here, in document order, as Word counts it.
 * The body is read as it is parsed (`bodyReader`): a paragraph's tree, or a table row's,
 * lives only until its block is made.
 */
import { fail } from '../errors';
import { child, type XmlElement } from '../xml/element';
import type { XmlVisitor } from '../xml/visitXml';
import { trackMoveRange } from './moveRanges';
import type { Numbering, ListLabel } from './numbering';
import { readParagraphContent, type ContentState } from './paragraphContent';
import { revisionOf, type CommentMark, type RawSegment, type Revision } from './revisions';
import type { Spacing, Styles } from './styles';

export interface BlockChange {
  readonly kind: 'insert' | 'delete';
  readonly revision: Revision;
}

export interface DocxParagraph {
  readonly kind: 'paragraph';
  readonly segments: readonly RawSegment[];
  readonly marks: readonly CommentMark[];
  /** The paragraph mark's revision (`w:pPr/w:rPr/w:ins` or `w:del`): the paragraph break itself was inserted or deleted. */
  readonly mark: BlockChange | null;
  readonly styleId: string | null;
  readonly headingLevel: number;
  readonly spacing: Spacing;
  /** Left indent in twips. */
  readonly indent: number;
  readonly list: ListLabel | null;
  /** The paragraphs of text boxes anchored in this one (`w:txbxContent`), when there are any. */
  readonly textBoxes?: readonly DocxParagraph[];
}

export interface DocxRow {
  readonly cells: readonly (readonly DocxBlock[])[];
  /** A row inserted or deleted whole (`w:trPr/w:ins`, `w:trPr/w:del`). */
  readonly change: BlockChange | null;
}

export interface DocxTable {
  readonly kind: 'table';
  readonly rows: readonly DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface BodyContext {
  readonly styles: Styles;
  readonly numbering: Numbering;
  readonly content: ContentState;
  /** Counts each paragraph and table row against the limit (`itemCounter`). */
  readonly count: () => void;
  /** `false`: list labels are not counted (a header's or a note's lists would advance the body's numbers). */
  readonly lists?: boolean;
  /** Told of each paragraph in reading order with the element it was read from (`docx/patch` writes into it). */
  readonly onParagraph?: (element: XmlElement, paragraph: DocxParagraph) => void;
}

/**
 * The paragraphs of a story outside the body (a header, a footer, a note), read from its
 * block-level elements, of which only those carrying a revision or a comment mark are kept.
 */
export function markedParagraphs(elements: readonly XmlElement[], context: BodyContext): DocxParagraph[] {
  return paragraphsOf(blocks(elements, { ...context, lists: false })).flatMap((found) => [found, ...(found.textBoxes ?? [])]).filter(isMarked);
}

function isMarked(found: DocxParagraph): boolean {
  return found.mark !== null || found.marks.length > 0 || found.segments.some((segment) => segment.kind !== 'equal');
}

function changeOf(properties: XmlElement | undefined): BlockChange | null {
  const inserted = child(properties, 'w:ins') ?? child(properties, 'w:moveTo');
  const deleted = child(properties, 'w:del') ?? child(properties, 'w:moveFrom');
  if (deleted) return { kind: 'delete', revision: revisionOf(deleted) };
  if (inserted) return { kind: 'insert', revision: revisionOf(inserted) };
  return null;
}

/** The marks of every paragraph without comment marks: one array, not one each. */
const NO_MARKS: readonly CommentMark[] = Object.freeze([]);

function paragraph(element: XmlElement, context: BodyContext): DocxParagraph {
  context.count();
  const properties = child(element, 'w:pPr');
  const format = context.styles.resolve(properties);
  const content = readParagraphContent(element, context.content);
  const boxes = context.content.textBoxes;
  const textBoxes = boxes.length === 0 ? undefined : boxParagraphs(boxes.splice(0), context);
  // Exactly as long as it is: an array grown by pushing holds room for 17.
  const segments = content.segments.slice();
  const marks = content.marks.length === 0 ? NO_MARKS : content.marks;
  const mark = changeOf(child(properties, 'w:rPr'));
  const list = format.numbering && context.lists !== false ? context.numbering.next(format.numbering) : null;
  const { styleId, headingLevel, spacing, indent } = format;
  // Written out rather than spread into: a literal is made in one step, with one shape for every paragraph.
  const read: DocxParagraph = { kind: 'paragraph', segments, marks, mark, styleId, headingLevel, spacing, indent, list, textBoxes: textBoxes?.length ? textBoxes : undefined };
  context.onParagraph?.(element, read);
  return read;
}

/**
 * The paragraphs of a paragraph's text boxes. They are no paragraphs of the body: a writer into
 * the body (`onParagraph`, `trace`) is not told of them, and the paragraph's traced pieces stay its own.
 */
function boxParagraphs(boxes: readonly XmlElement[], context: BodyContext): DocxParagraph[] {
  const { onParagraph: _writer, ...quiet } = context;
  const { trace } = context.content;
  delete context.content.trace;
  try {
    return paragraphsOf(boxes.flatMap((box) => blocks(box.children, quiet)));
  } finally {
    if (trace) context.content.trace = trace;
  }
}

/** The paragraphs of blocks in reading order, table cells row by row. */
export function paragraphsOf(found: readonly DocxBlock[], into: DocxParagraph[] = []): DocxParagraph[] {
  for (const block of found) {
    if (block.kind === 'paragraph') into.push(block);
    else for (const row of block.rows) for (const cell of row.cells) paragraphsOf(cell, into);
  }
  return into;
}

function row(element: XmlElement, context: BodyContext): DocxRow {
  context.count();
  const cells: DocxBlock[][] = [];
  for (const cell of element.children) {
    if (typeof cell === 'string') continue;
    if (cell.name === 'w:tc') cells.push(blocks(cell.children, context));
    else if (cell.name === 'w:sdt') for (const inner of child(cell, 'w:sdtContent')?.children ?? []) if (typeof inner !== 'string' && inner.name === 'w:tc') cells.push(blocks(inner.children, context));
  }
  return { cells, change: changeOf(child(element, 'w:trPr')) };
}

function table(element: XmlElement, context: BodyContext): DocxTable {
  const rows: DocxRow[] = [];
  for (const node of element.children) if (typeof node !== 'string' && node.name === 'w:tr') rows.push(row(node, context));
  return { kind: 'table', rows };
}

function blocks(nodes: readonly (XmlElement | string)[], context: BodyContext, into: DocxBlock[] = []): DocxBlock[] {
  // Counted, not `for … of`: see `child` in element.ts.
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (typeof node !== 'string') block(node, context, into);
  }
  return into;
}

/** The blocks of one block-level element, appended to `into`. */
function block(node: XmlElement, context: BodyContext, into: DocxBlock[]): void {
  switch (node.name) {
    case 'w:p':
      into.push(paragraph(node, context));
      break;
    case 'w:tbl':
      into.push(table(node, context));
      break;
    case 'w:sdt':
      blocks(child(node, 'w:sdtContent')?.children ?? [], context, into);
      break;
    case 'w:customXml':
      blocks(node.children, context, into);
      break;
    case 'mc:AlternateContent': {
      const chosen = child(node, 'mc:Fallback') ?? child(node, 'mc:Choice');
      if (chosen) blocks(chosen.children, context, into);
      break;
    }
    default:
      // A move range may open or close between paragraphs.
      trackMoveRange(context.content.moves, node);
      break;
  }
}

/** Elements whose children are blocks, read one at a time. */
const BLOCK_CONTAINERS = new Set(['w:body', 'w:sdtContent', 'w:customXml']);

export interface BodyReader extends XmlVisitor {
  /** The body's blocks in reading order, once the part is read. */
  readonly blocks: readonly DocxBlock[];
}

/**
 * Reads `w:document` (`part`) as it is parsed: the first `w:body`, block-level content
 * controls and custom XML in it, and its tables stream; each paragraph, each table row and
 * whatever else is built whole becomes its block and is dropped.
 */
export function bodyReader(part: string, context: BodyContext): BodyReader {
  const found: DocxBlock[] = [];
  const open: { readonly name: string; readonly rows: DocxRow[] | null }[] = [];
  let bodies = 0;
  return {
    blocks: found,
    streams(name, depth) {
      if (depth === 0) return true;
      const parent = open[open.length - 1]!.name;
      if (parent === 'w:document') return name === 'w:body' && bodies === 0;
      if (parent === 'w:sdt') return name === 'w:sdtContent';
      return BLOCK_CONTAINERS.has(parent) && (name === 'w:tbl' || name === 'w:sdt' || name === 'w:customXml');
    },
    open(name, _attributes, depth) {
      if (depth === 0 && name !== 'w:document') fail('not-docx', part, name);
      if (name === 'w:body') bodies++;
      open.push({ name, rows: name === 'w:tbl' ? [] : null });
    },
    element(element) {
      const parent = open[open.length - 1];
      if (!parent) return;
      if (parent.rows) {
        if (element.name === 'w:tr') parent.rows.push(row(element, context));
      } else if (BLOCK_CONTAINERS.has(parent.name)) {
        block(element, context, found);
      }
    },
    close() {
      const closed = open.pop()!;
      if (closed.rows) found.push({ kind: 'table', rows: closed.rows });
    },
  };
}
