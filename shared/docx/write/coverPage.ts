/**
 * The optional cover page: when and by whom the document was exported, the pending
 * changes per author and where they are, and the Art. 28 checklist summary. Every
 * paragraph of it has the cover style, which the import skips. All its words are in the
 * document's language, the checklist's titles too.
 */
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { itemTitle } from '../../checklist';
import { citationText, type Contract } from '../../contract';
import { translator } from '../../i18n';
import { COVER_STYLE_ID } from '../styleIds';
import { summarizeChanges } from './changeSummary';
import type { WriteContext } from './context';
import type { ChecklistSummary } from './options';
import { commentsOfExport } from './outgoingComments';

function text(value: string, options: { bold?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({ style: COVER_STYLE_ID, children: [new TextRun({ text: value, ...options })] });
}

function table(rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          children: cells.map((value, index) => new TableCell({ width: { size: widths[index]!, type: WidthType.PERCENTAGE }, children: [text(value, { bold: rowIndex === 0 })] })),
        }),
    ),
  });
}

export function coverPage(contract: Contract, context: WriteContext, checklist: ChecklistSummary | undefined): (Paragraph | Table)[] {
  const { options, language } = context;
  const t = translator(language);
  const summary = summarizeChanges(contract);
  const date = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(options.now));
  const blocks: (Paragraph | Table)[] = [
    text(options.title || contract.title, { bold: true, size: 32 }),
    text(t('docx.cover.title'), { bold: true, size: 28 }),
    text(options.author ? t('docx.cover.exported', { date, author: options.author }) : t('docx.cover.exportedAnonymous', { date })),
    text(t('docx.cover.changes'), { bold: true }),
  ];
  if (summary.pending === 0 || options.mode === 'clean') blocks.push(text(t('docx.cover.noChanges')));
  else {
    blocks.push(
      table([[t('docx.cover.author'), t('docx.cover.insertions'), t('docx.cover.deletions')], ...summary.authors.map((entry) => [entry.author, String(entry.insertions), String(entry.deletions)])], [50, 25, 25]),
    );
    const places = [...summary.clauses.map((citation) => citationText(citation, t)), ...(summary.measures > 0 ? [`${t('cli.measures')}: ${summary.measures}`] : [])];
    if (places.length > 0) blocks.push(text(`${t('docx.cover.places')}: ${places.join(', ')}`));
  }
  const comments = commentsOfExport(contract, options).leaving.length;
  if (comments > 0) blocks.push(text(t('docx.cover.comments', { count: comments })));
  if (checklist && checklist.items.length > 0) {
    blocks.push(text(t('docx.cover.checklist'), { bold: true }));
    blocks.push(table([[t('docx.cover.item'), t('docx.cover.status')], ...checklist.items.map((item) => [itemTitle(item.id, t), t(`docx.cover.statuses.${item.status}`)])], [75, 25]));
  }
  return blocks;
}
