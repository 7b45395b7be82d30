import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { annexReference, annexReferences, findReference } from '../../../shared/responsibility/annexReference';
import * as reading from '../../../shared/responsibility/reading';

// Every reading the responsibility modules make, to see which texts a comparison reads.
vi.mock('../../../shared/responsibility/reading', async (original) => {
  const actual = await original<typeof reading>();
  return { ...actual, readText: vi.fn(actual.readText) };
});

/**
 * A comparison reads each contract without whom its clauses oblige (`clauseDuties: false`):
 * of the body it needs only the frame the body sets for the TOM annex. That frame comes from
 * the sentences that name the annex and, for a pointer, the sentence beside it that takes the
 * measures; the other clauses of those sections are not read, and the measures read as before.
 */
const CONTRACT = `Auftragsverarbeitungsvertrag

Nordlicht Software GmbH
Hafenstraße 12
24103 Kiel
– Auftragsverarbeiter –

§ 1 Gegenstand

(1) Der Auftragsverarbeiter betreibt die Software für den Verantwortlichen.

§ 3 Sicherheit

(1) Der Auftragsverarbeiter informiert den Verantwortlichen über Störungen des Betriebs unverzüglich.
(2) Die Parteien benennen einander Ansprechpartner für den Datenschutz.
(3) Der Auftragsverarbeiter trifft angemessene technische und organisatorische Maßnahmen.
(4) Die Maßnahmen ergeben sich aus Anlage 2.
(5) Änderungen dieses Vertrags bedürfen der Schriftform.

Anlage 1 Unterauftragsverarbeiter

- Rechenzentrum Nord GmbH, Hamburg

Anlage 2 Technische und organisatorische Maßnahmen

1 Zutrittskontrolle

- Videoüberwachung der Zugänge
`;

const read = vi.mocked(reading.readText);

function textsRead(): string[] {
  return read.mock.calls.map(([text]) => text);
}

function tomOf(contract: Contract): Contract['toms'][number] {
  return contract.toms.find((tom) => tom.text.startsWith('Videoüberwachung'))!;
}

afterEach(() => {
  read.mockClear();
});

describe('the frame of the TOM annex, read for a comparison', () => {
  it('reads the pointer and the sentence that takes the measures, not the other clauses of their section', () => {
    const contract = parseContract(CONTRACT, { clauseDuties: false });
    expect(tomOf(contract).responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'contract', at: '3.3' } });
    const texts = textsRead();
    expect(texts).toContain('Die Maßnahmen ergeben sich aus Anlage 2.');
    expect(texts).toContain('Der Auftragsverarbeiter trifft angemessene technische und organisatorische Maßnahmen.');
    expect(texts.filter((text) => /Störungen|Ansprechpartner|Schriftform|betreibt/u.test(text))).toEqual([]);
  });

  it('gives every measure the responsibility the full reading gives', () => {
    const lean = parseContract(CONTRACT, { clauseDuties: false });
    const full = parseContract(CONTRACT);
    expect(lean.toms.map((tom) => tom.responsibility)).toEqual(full.toms.map((tom) => tom.responsibility));
  });
});

describe('references to several annexes', () => {
  const annexes = [
    { label: 'Anlage 1', number: '1' },
    { label: 'SECURITY EXHIBIT', number: '' },
    { label: 'Anlage 3', number: '3' },
  ];
  const sentences = [
    'Die Maßnahmen ergeben sich aus Anlage III.',
    'The Processor shall implement the Security Exhibit.',
    'Der Auftragnehmer setzt die technischen und organisatorischen Maßnahmen der Anlage um.',
    'Der Anlagenbau ist nicht Gegenstand dieses Vertrags.',
    'Es gilt Anhang Nr. 1.',
    'Nichts davon steht in einer Beilage',
    'Der Auftragnehmer löscht die Daten.',
  ];

  it('finds in each sentence what the references one by one find, first annex first', () => {
    const references = annexReferences(annexes);
    const each = annexes.map(annexReference);
    for (const sentence of sentences) {
      expect(references.find(sentence), sentence).toEqual(each.map((reference) => findReference(sentence, reference)).find((place) => place !== null) ?? null);
      expect(references.names(sentence), sentence).toBe(each.some((reference) => reference.test(sentence)));
    }
  });
});
