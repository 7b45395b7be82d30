/**
 * The annex of technical and organisational measures as a table: a header row repeated on
 * every page (`w:tblHeader`), one heading row per category spanning the table (`w:gridSpan`),
 * then a row per measure with its service (a column only where any measure has one), the
 * measure and who is responsible. A measure's row is inserted or deleted whole where the
 * measure is. Column widths come from the content (see `columnWidths`), fixed in the grid.
 */
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Tom } from '../../contract';
import { translator } from '../../i18n';
import { TOM_TABLE_STYLE_ID } from '../styleIds';
import { columnWidths, type ColumnContent } from './columnWidths';
import type { WriteContext } from './context';
import { TEXT_WIDTH, TOM_TABLE_FONT } from './styles';
import { categoryLine, tomParagraphs } from './toms';
import { markupOf } from './targetMarkup';
import { companionParagraph, wholeChangeOf } from './targetParagraphs';

/** Twips of a cell's left and right margin (`w:tblCellMar`), the same in Word and LibreOffice. */
const CELL_MARGIN = { top: 30, bottom: 30, left: 85, right: 85 } as const;
const HEADER_FILL = 'E7ECF2';
const CATEGORY_FILL = 'F3F5F8';
const CATEGORY_COLOR = '1F3A5F';
const TEXT = { style: TOM_TABLE_STYLE_ID } as const;

interface Row {
  readonly tom: Tom;
  readonly measure: Paragraph[];
}

function cell(children: Paragraph[], width: number, options: { readonly span?: number; readonly fill?: string } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
  });
}

function boldParagraph(text: string, color?: string, keepNext = false): Paragraph {
  return new Paragraph({ ...TEXT, ...(keepNext ? { keepNext } : {}), children: [new TextRun({ text, bold: true, ...(color ? { color } : {}) })] });
}

export function tomTable(toms: readonly Tom[], context: WriteContext): Table {
  const t = translator(context.language);
  const rows: Row[] = [];
  for (const tom of toms) {
    const measure = tomParagraphs(tom, context, TEXT);
    if (measure) rows.push({ tom, measure });
  }
  const withService = rows.some((row) => row.tom.serviceHeading !== null);
  const responsibility = (tom: Tom) => t(`responsibility.${tom.responsibility.party}`);
  const columns: ColumnContent[] = [
    ...(withService ? [{ header: t('docx.table.service'), texts: rows.map((row) => row.tom.serviceHeading ?? '') }] : []),
    { header: t('docx.table.measure'), texts: rows.map((row) => row.tom.text), fills: true },
    { header: t('docx.table.responsibility'), texts: rows.map((row) => responsibility(row.tom)) },
  ];
  const widths = columnWidths(columns, { width: TEXT_WIDTH, font: TOM_TABLE_FONT, cellMargins: CELL_MARGIN.left + CELL_MARGIN.right });

  const tableRows = [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell([boldParagraph(column.header)], widths[index]!, { fill: HEADER_FILL })) })];
  let category: string | null = null;
  for (const { tom, measure } of rows) {
    const line = categoryLine(tom);
    if (line !== category && line !== '') {
      // Kept with the row below it (`w:keepNext`), so a category never ends a page alone.
      tableRows.push(new TableRow({ cantSplit: true, children: [cell([boldParagraph(line, CATEGORY_COLOR, true)], TEXT_WIDTH, { span: columns.length, fill: CATEGORY_FILL })] }));
    }
    category = line;
    const whole = context.options.mode === 'redline' ? wholeChangeOf(markupOf(tom, 'redline')!) : null;
    const companion = (text: string) => companionParagraph(text, whole, TEXT, context);
    const change = whole ? { id: context.nextRevisionId(), author: whole.author ?? '', date: whole.date ?? context.options.now } : null;
    const cells = [...(withService ? [companion(tom.serviceHeading ?? '')] : []), null, companion(responsibility(tom))];
    tableRows.push(
      new TableRow({
        cantSplit: true,
        ...(change ? (whole!.kind === 'insert' ? { insertion: change } : { deletion: change }) : {}),
        children: cells.map((paragraph, index) => cell(paragraph ? [paragraph] : measure, widths[index]!)),
      }),
    );
  }
  return new Table({
    rows: tableRows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
  });
}
