/**
 * Tracked changes in tables as Word writes them: each revision (each `w:id`) one change, in
 * whichever cell or row it sits; rows inserted or deleted whole (`w:trPr/w:ins`, `w:trPr/w:del`).
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/docx';
import type { Clause } from '../../../shared/contract/model';
import { del, docxPackage, HEADING_STYLES, p, run } from '../../support/docxPackage';

const WHEN = '2025-05-01T10:00:00Z';
const deletedMark = (id: number) => `<w:rPr><w:del w:id="${id}" w:author="Eva" w:date="${WHEN}"/></w:rPr>`;
const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
const row = (cells: readonly string[], properties = '') => `<w:tr>${properties ? `<w:trPr>${properties}</w:trPr>` : ''}${cells.map(cell).join('')}</w:tr>`;

/** The clauses of the first section, whose body is `body`. */
function clausesOf(body: string): readonly Clause[] {
  const bytes = docxPackage({ styles: HEADING_STYLES, body: p('1 Preise', '<w:pStyle w:val="Heading1"/>') + p('1. Es gilt die Tabelle.') + body + p('2 Schluss', '<w:pStyle w:val="Heading1"/>') + p('1. Ende.') });
  const imported = importDocx(bytes);
  if (!imported.ok) throw new Error(JSON.stringify(imported.error));
  return imported.contract.sections[0]!.clauses;
}

const changesOf = (clauses: readonly Clause[]) =>
  clauses.flatMap((clause) => (clause.segments ?? []).filter((segment) => segment.kind !== 'equal').map((segment) => [segment.kind, segment.text.trim(), segment.id]));

describe('revisions in table cells', () => {
  it('keeps a row Word deleted as one deletion per cell, each with its own id, not one joined through the cells', () => {
    // Word marks each cell's paragraph mark deleted with the row; a cell's end is still no paragraph break.
    const table = `<w:tbl>${row([p('Menge'), p('Preis'), p('Rabatt')])}${row(
      [p(del(10, 'Eva', '100'), deletedMark(9)), p(del(12, 'Eva', '200'), deletedMark(11)), p(del(14, 'Eva', '300'), deletedMark(13))],
      `<w:del w:id="8" w:author="Eva" w:date="${WHEN}"/>`,
    )}${row([p('400'), p('500'), p('600')])}</w:tbl>`;
    expect(changesOf(clausesOf(table))).toEqual([
      ['delete', '100', 'docx-10'],
      ['delete', '200', 'docx-12'],
      ['delete', '300', 'docx-14'],
    ]);
  });

  it('keeps deletions in cells read one after the other (the last cell of a row, the first of the next) as one change each', () => {
    const table = `<w:tbl>${row([p('Menge'), p('Preis')])}${row([p('1'), p(del(21, 'Eva', 'alt eins'))])}${row([p(del(22, 'Eva', 'alt zwei')), p('2')])}</w:tbl>`;
    expect(changesOf(clausesOf(table))).toEqual([
      ['delete', 'alt eins', 'docx-21'],
      ['delete', 'alt zwei', 'docx-22'],
    ]);
  });

  it('still joins a deletion over two paragraphs whose paragraph mark it deleted', () => {
    const body = p(run('2. Erster Satz. ') + del(30, 'Eva', 'Weg eins.'), deletedMark(31)) + p(del(32, 'Eva', 'Weg zwei.'));
    const clause = clausesOf(body).find((found) => found.text.startsWith('Erster'))!;
    expect(changesOf([clause])).toEqual([['delete', 'Weg eins.\nWeg zwei.', 'docx-30']]);
  });
});
