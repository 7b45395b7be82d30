/**
 * Tracked changes in tables as Word writes them: each revision (each `w:id`) one change, in
 * whichever cell or row it sits; rows inserted or deleted whole (`w:trPr/w:ins`, `w:trPr/w:del`).
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/docx';
import type { Clause } from '../../../shared/contract/model';
import { listChanges } from '../../../shared/redline/changes';
import { newReview } from '../../../shared/review/newReview';
import { decideChanges } from '../../../shared/review/operations';
import { del, docxPackage, HEADING_STYLES, p, run } from '../../support/docxPackage';

const WHEN = '2025-05-01T10:00:00Z';
const deletedMark = (id: number) => `<w:rPr><w:del w:id="${id}" w:author="Eva" w:date="${WHEN}"/></w:rPr>`;
const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
const row = (cells: readonly string[], properties = '') => `<w:tr>${properties ? `<w:trPr>${properties}</w:trPr>` : ''}${cells.map(cell).join('')}</w:tr>`;

function contractOf(body: string, lead = p('1. Es gilt die Tabelle.')) {
  const bytes = docxPackage({ styles: HEADING_STYLES, body: p('1 Preise', '<w:pStyle w:val="Heading1"/>') + lead + body + p('2 Schluss', '<w:pStyle w:val="Heading1"/>') + p('1. Ende.') });
  const imported = importDocx(bytes);
  if (!imported.ok) throw new Error(JSON.stringify(imported.error));
  return imported.contract;
}

/** The clauses of the first section, whose body is `body`. */
function clausesOf(body: string): readonly Clause[] {
  return contractOf(body).sections[0]!.clauses;
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

  it('keeps a table deleted whole as one deletion per cell: rejecting one brings back that cell only', () => {
    const table = `<w:tbl>${row([p(del(15, 'Eva', 'Alt eins')), p(del(17, 'Eva', 'Alt zwei'))])}${row([p(del(20, 'Eva', 'Alt drei')), p(del(22, 'Eva', 'Alt vier'))])}</w:tbl>`;
    const contract = contractOf(table, '');
    expect(contract.sections[0]!.clauses.find((clause) => clause.change)?.change).toMatchObject({ kind: 'delete', id: 'docx-15' });
    const changes = listChanges(contract).filter((change) => change.kind === 'delete');
    expect(changes.map((change) => [change.id, change.text.trim()])).toEqual([
      ['docx-15', 'Alt eins'],
      ['docx-17', 'Alt zwei'],
      ['docx-20', 'Alt drei'],
      ['docx-22', 'Alt vier'],
    ]);

    // Rejecting the first revision brings back its text only; the other cells stay deleted, as in Word.
    const review = newReview(contract, { kind: 'docx', name: 'preise.docx' }, WHEN);
    const rejected = decideChanges(review, { id: 'docx-15' }, 'reject', { by: 'Ole', now: WHEN, rationale: '', newId: () => 'x1' });
    const restored = rejected.contract.sections[0]!.clauses.find((clause) => clause.segments?.some((segment) => segment.id === 'docx-17'))!;
    expect(restored.change).toBeUndefined();
    expect(restored.text).toContain('Alt eins');
    expect(restored.text).not.toContain('Alt zwei');
    const pending = listChanges(rejected.contract).map((change) => change.text).join('');
    for (const text of ['Alt zwei', 'Alt drei', 'Alt vier']) expect(pending).toContain(text);
  });

  it('reads a row inserted whole whose runs carry no revision (w:trPr/w:ins alone) as that author inserting its text', () => {
    const table = `<w:tbl>${row([p('Menge'), p('Preis')])}${row([p('5'), p('50 EUR')], `<w:ins w:id="40" w:author="Ole" w:date="${WHEN}"/>`)}${row([p('10'), p('90 EUR')])}</w:tbl>`;
    const changes = listChanges(contractOf(table));
    expect(changes.map((change) => [change.kind, change.author, change.text.trim()])).toEqual([['insert', 'Ole', '5\n50 EUR']]);
  });
});
