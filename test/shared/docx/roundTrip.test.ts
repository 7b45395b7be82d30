import { describe, expect, it } from 'vitest';
import type { Contract, Segment } from '../../../shared/contract/model';
import { exportDocx, importDocx, type DocxExportOptions } from '../../../shared/docx';
import { parseContract } from '../../../shared/parse/parseContract';
import { FIXTURE_NAMES, readFixture, readTemplate } from '../../support/files';
import { negotiatedTemplate, withoutIds, withoutInternalNotes } from '../../support/negotiated';
import { currentOf } from '../../support/redline';

const OPTIONS: DocxExportOptions = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '', now: '2025-03-03T08:00:00.000Z' };

async function roundTrip(contract: Contract, options: Partial<DocxExportOptions> = {}): Promise<Contract> {
  const result = importDocx(await exportDocx({ contract }, { ...OPTIONS, ...options }));
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  expect(result.warnings).toEqual([]);
  return result.contract;
}

function allSegments(contract: Contract): Segment[] {
  return [
    ...(contract.dateSegments ?? []),
    ...contract.parties.flatMap((party) => party.segments ?? []),
    ...contract.sections.flatMap((section) => section.clauses.flatMap((clause) => clause.segments ?? [])),
    ...contract.toms.flatMap((tom) => tom.segments ?? []),
  ];
}

/** Numbered clauses whose text opens with a list item (`2. - Die Bestellung …`): the number must not be lost to the bullet. */
const LISTS_AS_CLAUSES = [
  'Vertrag zur Auftragsverarbeitung',
  '',
  '1 Pflichten des Auftragnehmers',
  '',
  '1. Der Auftragnehmer gewährleistet insbesondere die Einhaltung folgender Vorgaben:',
  '',
  '2. - Die Bestellung eines Datenschutzbeauftragten, sobald dies gesetzlich erforderlich ist.',
  '',
  '3. - Die Wahrung der Vertraulichkeit gemäß Art. 28 Abs. 3 S. 2 lit. b DS-GVO.',
  '- Die Einhaltung aller technischen und organisatorischen Maßnahmen.',
  '',
  '4. Der Auftraggeber trägt die hierdurch entstehenden Kosten.',
  '',
  '2 Kontrollrechte',
  '',
  '- Der Auftraggeber darf die Einhaltung prüfen.',
  '',
  '(1) - Der Auftragnehmer duldet Kontrollen vor Ort.',
  '',
].join('\n');

describe('export then import gives the same contract', () => {
  const sources = [['the AVV template', readTemplate()], ...FIXTURE_NAMES.map((name) => [name, readFixture(name)]), ['numbered clauses that open with a list item', LISTS_AS_CLAUSES]] as const;
  for (const [name, text] of sources) {
    it(`for ${name}, with the measures as text and as a table and a cover page`, async () => {
      const contract = parseContract(text);
      expect(await roundTrip(contract)).toEqual(contract);
      expect(await roundTrip(contract, { tomLayout: 'table', coverPage: true })).toEqual(contract);
    });
  }
});

describe('a negotiated contract keeps every change, author, date and external comment', () => {
  const negotiated = negotiatedTemplate();

  it('comes back with the same segments, whole-clause changes, parties, date and comments', async () => {
    const back = await roundTrip(negotiated);
    expect(withoutIds(back)).toEqual(withoutIds(withoutInternalNotes(negotiated)));
  });

  it('keeps them with the measures as a table and a cover page too', async () => {
    const back = await roundTrip(negotiated, { tomLayout: 'table', coverPage: true });
    expect(withoutIds(back)).toEqual(withoutIds(withoutInternalNotes(negotiated)));
  });

  it('leaves internal notes out by default and brings them back as internal when they were included', async () => {
    const section4 = (contract: Contract) => contract.sections.find((section) => section.number === '4')!.clauses[0]!;
    expect(section4(await roundTrip(negotiated)).comments).toBeUndefined();
    const included = await roundTrip(negotiated, { includeInternal: true });
    expect(section4(included).comments).toEqual([expect.objectContaining({ visibility: 'internal', text: 'Intern: hier nicht nachgeben, Löschkonzept ist Kernpunkt.', author: 'Anna Berger' })]);
    expect(withoutIds(included)).toEqual(withoutIds(negotiated));
  });

  it('gives every imported change an id of its own', async () => {
    const ids = allSegments(await roundTrip(negotiated)).filter((segment) => segment.kind !== 'equal').map((segment) => segment.id);
    expect(ids.length).toBeGreaterThan(8);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('exports a clean copy that reads back as the current text without changes or comments', async () => {
    const back = await roundTrip(negotiated, { mode: 'clean' });
    expect(allSegments(back)).toEqual([]);
    expect(back.sections.flatMap((section) => section.clauses).some((clause) => clause.comments || clause.change)).toBe(false);
    const clauses = (contract: Contract) => contract.sections.flatMap((section) => section.clauses);
    const expected = clauses(negotiated)
      .filter((clause) => clause.change?.kind !== 'delete')
      .map((clause) => (clause.segments ? currentOf(clause.segments) : clause.text));
    expect(clauses(back).map((clause) => clause.text)).toEqual(expected);
    expect(back.toms.map((tom) => tom.text)).toEqual(negotiated.toms.filter((tom) => tom.change?.kind !== 'delete').map((tom) => tom.text));
    expect(back.parties[0]!.name).toBe('Muster GmbH');
    expect(back.date).toBe('1. März 2025');
  });
});
