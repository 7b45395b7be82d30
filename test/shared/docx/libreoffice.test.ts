/**
 * DOCX files written by LibreOffice (committed, see test/fixtures/docx/README.md): its own
 * dialect of numbering, styles, tracked changes and comments.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { importDocx } from '../../../shared/docx';
import { parseContract } from '../../../shared/parse/parseContract';
import { readTemplate } from '../../support/files';

function imported(name: string): Contract {
  const result = importDocx(new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/docx', name))), { fileName: name });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.warnings).toEqual([]);
  return result.contract;
}

describe('a DOCX of the template made by LibreOffice', () => {
  it('has the same title, parties, sections, clauses and 67 measures as the text', () => {
    expect(imported('template-by-libreoffice.docx')).toEqual(parseContract(readTemplate(), { fileName: 'template-by-libreoffice.docx' }));
  });
});

describe('a DOCX redlined in LibreOffice by two reviewers', () => {
  const contract = imported('template-redlined-in-libreoffice.docx');
  const clause = (section: string, index: number) => contract.sections.find((candidate) => candidate.number === section)!.clauses[index]!;
  const changes = (segments: Contract['toms'][number]['segments']) => (segments ?? []).filter((segment) => segment.kind !== 'equal').map((segment) => [segment.kind, segment.text, segment.author]);

  it('keeps the template’s structure', () => {
    expect(contract.sections.map((section) => section.clauses.length)).toEqual([4, 4, 3, 3, 8, 2, 5, 2, 2, 4, 2]);
    expect(contract.toms).toHaveLength(67);
  });

  it('attributes each revision to the reviewer who made it, with its date', () => {
    expect(changes(clause('1', 1).segments)).toEqual([
      ['delete', 'gleichzeitig', 'Lena Hoffmann'],
      ['insert', 'sofort', 'Lena Hoffmann'],
    ]);
    expect(clause('1', 1).text).toBe('Die Kündigung oder anderweitige Beendigung des Hauptvertragsverhältnisses beendet sofort diese Vereinbarung.');
    expect(changes(clause('1', 0).segments)).toEqual([['insert', '\n- Dedicated Server', 'Lena Hoffmann']]);
    expect(clause('11', 1)).toMatchObject({ change: { kind: 'delete', author: 'Lena Hoffmann' }, text: 'Die Parteien vereinbaren als Gerichtsstand den Sitz des für Bremen zuständigen Gerichts.' });
    const leitstand = contract.toms.find((tom) => tom.text === 'besetzter Leitstand')!;
    expect(changes(leitstand.segments)).toEqual([['delete', 'durchgehend ', 'Max Vogel']]);
    expect(leitstand.segments!.find((segment) => segment.kind === 'delete')!.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/u);
  });

  it('puts the comments on the words they were made on, by author, with the resolved one resolved', () => {
    expect(clause('3', 0).comments!.map((comment) => [comment.author, comment.date, comment.text, comment.resolved, comment.anchor?.quote])).toEqual(
      expect.arrayContaining([
        ['Lena Hoffmann', '2025-04-02T10:15:00.000Z', 'Bis wann genau?', true, 'dem Auftraggeber zur Prüfung zu übergeben'],
        ['Max Vogel', '2025-04-03T09:00:00.000Z', 'Vor Beginn der Verarbeitung.', false, 'dem Auftraggeber zur Prüfung zu übergeben'],
      ]),
    );
    const fence = contract.toms.find((tom) => tom.text === 'Hochsicherheitszaun um das Gelände')!;
    expect(fence.comments!.map((comment) => [comment.author, comment.text, comment.anchor?.quote])).toEqual([['Max Vogel', 'Zaun ist nicht überall vorhanden.', 'Hochsicherheitszaun']]);
  });
});
