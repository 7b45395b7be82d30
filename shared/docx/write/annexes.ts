/**
 * Annexes, each from a new page under a Heading 1: items as a list, and the annex of
 * technical and organisational measures as text (categories as Heading 2, services as
 * Heading 3, one list item per measure) or as a table (category, service, measure,
 * responsibility) whose rows are inserted or deleted whole where a measure is.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IParagraphOptions } from 'docx';
import type { Annex, Contract, Tom } from '../../contract/model';
import { translator } from '../../i18n';
import { matchMarker } from '../../parse/markers';
import type { WriteContext } from './context';
import { annexHeadingLines } from './headings';
import { headingParagraph } from './sections';
import { BLOCK_GAP, BULLET_LIST } from './styles';
import { markupOf } from './targetMarkup';
import { companionParagraph, targetParagraphs, wholeChangeOf } from './targetParagraphs';
import { pushAll } from '../../lists/pushAll';

const ITEM_GAP = 60;

function categoryLine(tom: Tom): string {
  return [tom.category.number, tom.category.title].filter((part) => part !== '').join(' ');
}

function measureParagraphs(tom: Tom, context: WriteContext, format: Omit<IParagraphOptions, 'children' | 'text'>): Paragraph[] | null {
  const segments = markupOf(tom, context.options.mode);
  if (!segments) return null;
  const comments = context.options.mode === 'redline' ? context.comments.exported(tom.comments) : [];
  return targetParagraphs(segments, comments, { lines: 'breaks', format: () => format }, context);
}

function tomText(toms: readonly Tom[], context: WriteContext): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let category: string | null = null;
  let service: string | null = null;
  for (const tom of toms) {
    const measure = measureParagraphs(tom, context, { numbering: { reference: BULLET_LIST, level: 0 }, spacing: { after: ITEM_GAP } });
    if (!measure) continue;
    const line = categoryLine(tom);
    if (line !== category) {
      if (line !== '') paragraphs.push(headingParagraph([line], HeadingLevel.HEADING_2));
      category = line;
      service = null;
    }
    if (tom.serviceHeading !== null && tom.serviceHeading !== service) paragraphs.push(headingParagraph([tom.serviceHeading], HeadingLevel.HEADING_3));
    service = tom.serviceHeading;
    pushAll(paragraphs, measure);
  }
  return paragraphs;
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
}

const WIDTHS = [20, 18, 47, 15] as const;

function tomTable(toms: readonly Tom[], context: WriteContext): Table {
  const t = translator(context.language);
  const header = new TableRow({
    tableHeader: true,
    children: [t('docx.table.category'), t('docx.table.service'), t('docx.table.measure'), t('docx.table.responsibility')].map((text, index) =>
      cell([new Paragraph({ children: [new TextRun({ text, bold: true })] })], WIDTHS[index]!),
    ),
  });
  const rows: TableRow[] = [header];
  for (const tom of toms) {
    const measure = measureParagraphs(tom, context, {});
    if (!measure) continue;
    const whole = context.options.mode === 'redline' ? wholeChangeOf(markupOf(tom, 'redline')!) : null;
    const companion = (text: string) => companionParagraph(text, whole, {}, context);
    const change = whole ? { id: context.nextRevisionId(), author: whole.author ?? '', date: whole.date ?? context.options.now } : null;
    rows.push(
      new TableRow({
        cantSplit: true,
        ...(change ? (whole!.kind === 'insert' ? { insertion: change } : { deletion: change }) : {}),
        children: [
          cell([companion(categoryLine(tom))], WIDTHS[0]),
          cell([companion(tom.serviceHeading ?? '')], WIDTHS[1]),
          cell(measure, WIDTHS[2]),
          cell([companion(t(`responsibility.${tom.responsibility.party}`))], WIDTHS[3]),
        ],
      }),
    );
  }
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
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
  const blocks: (Paragraph | Table)[] = [headingParagraph(annexHeadingLines(annex.label, annex.title), HeadingLevel.HEADING_1, true)];
  pushAll(blocks, annex.preamble.map((line) => new Paragraph({ text: line, spacing: { after: BLOCK_GAP } })));
  pushAll(blocks, annex.items.map((item, index) => itemParagraph(item, index === annex.items.length - 1)));
  if (annex.isTomAnnex && firstTomAnnex && contract.toms.length > 0) {
    if (context.options.tomLayout === 'table') blocks.push(tomTable(contract.toms, context), new Paragraph({ text: '' }));
    else pushAll(blocks, tomText(contract.toms, context));
  }
  return blocks;
}
