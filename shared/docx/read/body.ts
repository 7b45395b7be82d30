/**
 * The document body (`w:body`, ECMA-376 Part 1, §17.2) as blocks in reading order:
 * paragraphs with their format and list label, and tables (`w:tbl`) as rows of cells,
 * each cell its own blocks. Block-level content controls (`w:sdt`) and custom XML count
 * by their content. Numbering is counted here, in document order, as Word counts it.
 */
import { child, type XmlElement } from '../xml/element';
import type { Numbering, ListLabel } from './numbering';
import { readParagraphContent, type ContentState } from './paragraphContent';
import { revisionOf, type CommentMark, type RawSegment, type Revision } from './revisions';
import type { Spacing, Styles } from './styles';
import { pushAll } from '../../lists/pushAll';

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

interface BodyContext {
  readonly styles: Styles;
  readonly numbering: Numbering;
  readonly content: ContentState;
}

function changeOf(properties: XmlElement | undefined): BlockChange | null {
  const inserted = child(properties, 'w:ins') ?? child(properties, 'w:moveTo');
  const deleted = child(properties, 'w:del') ?? child(properties, 'w:moveFrom');
  if (deleted) return { kind: 'delete', revision: revisionOf(deleted) };
  if (inserted) return { kind: 'insert', revision: revisionOf(inserted) };
  return null;
}

function paragraph(element: XmlElement, context: BodyContext): DocxParagraph {
  const properties = child(element, 'w:pPr');
  const format = context.styles.resolve(properties);
  const content = readParagraphContent(element, context.content);
  return {
    kind: 'paragraph',
    segments: content.segments,
    marks: content.marks,
    mark: changeOf(child(properties, 'w:rPr')),
    styleId: format.styleId,
    headingLevel: format.headingLevel,
    spacing: format.spacing,
    indent: format.indent,
    list: format.numbering ? context.numbering.next(format.numbering) : null,
  };
}

function table(element: XmlElement, context: BodyContext): DocxTable {
  const rows: DocxRow[] = [];
  for (const row of element.children) {
    if (typeof row === 'string' || row.name !== 'w:tr') continue;
    const cells: DocxBlock[][] = [];
    for (const cell of row.children) {
      if (typeof cell === 'string') continue;
      if (cell.name === 'w:tc') cells.push(blocks(cell.children, context));
      else if (cell.name === 'w:sdt') for (const inner of child(cell, 'w:sdtContent')?.children ?? []) if (typeof inner !== 'string' && inner.name === 'w:tc') cells.push(blocks(inner.children, context));
    }
    rows.push({ cells, change: changeOf(child(row, 'w:trPr')) });
  }
  return { kind: 'table', rows };
}

function blocks(nodes: readonly (XmlElement | string)[], context: BodyContext): DocxBlock[] {
  const found: DocxBlock[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    switch (node.name) {
      case 'w:p':
        found.push(paragraph(node, context));
        break;
      case 'w:tbl':
        found.push(table(node, context));
        break;
      case 'w:sdt':
        pushAll(found, blocks(child(node, 'w:sdtContent')?.children ?? [], context));
        break;
      case 'w:customXml':
        pushAll(found, blocks(node.children, context));
        break;
      case 'mc:AlternateContent': {
        const chosen = child(node, 'mc:Fallback') ?? child(node, 'mc:Choice');
        if (chosen) pushAll(found, blocks(chosen.children, context));
        break;
      }
      default:
        break;
    }
  }
  return found;
}

export function readBody(document: XmlElement, context: BodyContext): DocxBlock[] {
  const body = child(document, 'w:body');
  return body ? blocks(body.children, context) : [];
}

