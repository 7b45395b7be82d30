/**
 * Annexes, each from a new page under a Heading 1: items as a list, and the annex of
 * technical and organisational measures as text (categories as Heading 2, services as
 * Heading 3, one list item per measure) or as a table (see `tomTable`).
 */
import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { matchMarker, type Annex, type Contract, type Tom } from '../../contract';
import type { WriteContext } from './context';
import { annexHeadingLines } from './headings';
import { headingParagraph } from './sections';
import { BLOCK_GAP, BULLET_LIST } from './styles';
import { categoryLine, tomParagraphs } from './toms';
import { tomTable } from './tomTable';
import { pushAll } from '../../lists';

const ITEM_GAP = 60;

function tomText(toms: readonly Tom[], context: WriteContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let category: string | null = null;
  let service: string | null = null;
  for (const tom of toms) {
    const measure = tomParagraphs(tom, context, { numbering: { reference: BULLET_LIST, level: 0 }, spacing: { after: ITEM_GAP } });
    if (!measure) continue;
    const line = categoryLine(tom);
    if (line !== category) {
      if (line !== '') paragraphs.push(headingParagraph([line], HeadingLevel.HEADING_2, context));
      category = line;
      service = null;
    }
    if (tom.serviceHeading !== null && tom.serviceHeading !== service) paragraphs.push(headingParagraph([tom.serviceHeading], HeadingLevel.HEADING_3, context));
    service = tom.serviceHeading;
    pushAll(paragraphs, measure);
  }
  return paragraphs;
}

/**
 * An annex item as a list item. An item of several lines is a numbered block in the
 * contract (`1.` alone on its line, then `Name: …`, `Address: …`): written as such, one
 * paragraph whose lines are joined by line breaks, its number on a line of its own.
 */
function itemParagraph(item: string, last: boolean): Paragraph {
  const spacing = { after: last ? BLOCK_GAP : ITEM_GAP };
  const marker = item.includes('\n') ? matchMarker(item) : null;
  if (!marker) return new Paragraph({ text: item, numbering: { reference: BULLET_LIST, level: 0 }, spacing });
  const lines = [marker.label, ...marker.rest.split('\n')];
  return new Paragraph({ spacing, children: lines.map((line, index) => new TextRun(index === 0 ? { text: line } : { text: line, break: 1 })) });
}

export function annexBlocks(annex: Annex, contract: Contract, context: WriteContext, firstTomAnnex: boolean): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [headingParagraph(annexHeadingLines(annex.label, annex.title), HeadingLevel.HEADING_1, context, true)];
  pushAll(blocks, annex.preamble.map((line) => new Paragraph({ text: line, spacing: { after: BLOCK_GAP } })));
  pushAll(blocks, annex.items.map((item, index) => itemParagraph(item, index === annex.items.length - 1)));
  if (annex.isTomAnnex && firstTomAnnex && contract.toms.length > 0) {
    if (context.options.tomLayout === 'table') blocks.push(tomTable(contract.toms, context), new Paragraph({ text: '' }));
    else pushAll(blocks, tomText(contract.toms, context));
  }
  return blocks;
}
