import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Contract, ResponsibleParty, Tom } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { annexReference, findReference } from '../../../shared/responsibility/annexReference';
import { doubtOf } from '../../../shared/responsibility/doubt';

/**
 * Who carries out a measure when the measure names nobody: the frame around it, near to far —
 * a list's lead-in in the annex, the annex's lead-in, the annex's title, and the clause of the
 * contract's body that gives the annex to a party. Each reading names where its words stand,
 * and a reading from far away, or from frames that disagree, is marked for the reviewer.
 */
const WRITTEN = resolve(import.meta.dirname, '../../fixtures/written');

function written(file: string): Contract {
  return parseContract(readFileSync(resolve(WRITTEN, file), 'utf8'));
}

function measure(contract: Contract, start: string): Tom {
  const found = contract.toms.find((tom) => tom.text.startsWith(start));
  expect(found, `a measure starting “${start}”`).toBeDefined();
  return found!;
}

type Row = readonly [start: string, party: ResponsibleParty, from: 'contract' | 'cue' | 'lead-in'];

function readings(contract: Contract, rows: readonly Row[]) {
  return rows.map(([start]) => {
    const { responsibility } = measure(contract, start);
    const reason = responsibility.reason;
    return [start, responsibility.party, reason.kind === 'frame' ? reason.scope : reason.kind] as const;
  });
}

const PARTIES_DE = `Lindenhof Pflegedienst gGmbH
Am Markt 3
34117 Kassel
– Verantwortlicher –

und

Nordlicht Software GmbH
Hafenstraße 12
24103 Kiel
– Auftragsverarbeiter –`;

/** A German AVV with `body` as its § 3 and `annex` under the heading of Anlage 2 (Anlage 1 lists sub-processors). */
function german(body: string, annex: string, title = 'Technische und organisatorische Maßnahmen'): Contract {
  return parseContract(
    `Auftragsverarbeitungsvertrag\n\n${PARTIES_DE}\n\n§ 1 Gegenstand\n\n(1) Der Auftragsverarbeiter betreibt die Software für den Verantwortlichen.\n\n§ 3 Sicherheit\n\n${body}\n\nKassel, den 2. Mai 2024\n\n` +
      `Anlage 1 Unterauftragsverarbeiter\n\n- Rechenzentrum Nord GmbH, Hamburg\n\nAnlage 2 ${title}\n\n${annex}\n`,
  );
}

const PARTIES_EN = `Meadowbrook Dental Practice Ltd
12 High Street
Leeds LS1 4AP
(the "Controller")

and

Quillstone Systems Ltd
3 Canal Wharf
Manchester M1 3HE
(the "Processor")`;

function english(body: string, annex: string): Contract {
  return parseContract(
    `Data Processing Agreement\n\n${PARTIES_EN}\n\n1. Processing\n\n1.1 The Processor processes Personal Data for the Controller.\n\n2. Security\n\n${body}\n\n` +
      `ANNEX I DESCRIPTION OF THE PROCESSING\n\n- Patients: name, appointment times\n\nANNEX II TECHNICAL AND ORGANISATIONAL MEASURES\n\n${annex}\n`,
  );
}

const NOUN_MEASURES_DE = `1 Zutrittskontrolle\n\n- Videoüberwachung der Eingänge\n- Elektronisches Schließsystem`;
const NOUN_MEASURES_EN = `1. Access control\n\n- Role-based access to the booking database\n- Multi-factor authentication for administrators`;

describe('the contract body as the frame of the TOM annex', () => {
  it('gives an annex of nouns and passives to the party the body names, and a measure’s own words override it (German)', () => {
    const contract = written('avv-frame-contract-de.txt');
    const rows: Row[] = [
      ['Videoüberwachung der Eingänge', 'provider', 'contract'],
      ['Zwei-Faktor-Authentifizierung', 'provider', 'contract'],
      ['Die Vergabe der Benutzerkonten für Pflegekräfte obliegt dem Verantwortlichen', 'customer', 'cue'],
      ['Tägliche verschlüsselte Datensicherung', 'provider', 'contract'],
      ['Bildschirmsperre nach fünf Minuten', 'customer', 'lead-in'],
      ['Aktueller Virenschutz', 'customer', 'lead-in'],
    ];
    expect(readings(contract, rows)).toEqual(rows);
    // Where the words stand: § 3 (1), which takes the measures; § 3 (2) only points at the annex.
    expect(measure(contract, 'Videoüberwachung').responsibility.reason).toMatchObject({
      kind: 'frame',
      scope: 'contract',
      at: '3.1',
      frame: expect.stringMatching(/^Der Auftragsverarbeiter ergreift .* … Welche Maßnahmen im Einzelnen umgesetzt werden, regelt Anlage 2$/u),
    });
  });

  it('gives the annex to the party the body names, in English (Annex 2 for ANNEX II)', () => {
    const contract = written('dpa-frame-contract-en.txt');
    const rows: Row[] = [
      ['Role-based access', 'provider', 'contract'],
      ['The Controller is responsible for removing accounts', 'customer', 'cue'],
      ['Encryption of backups at rest', 'provider', 'contract'],
      ['Daily backups', 'provider', 'contract'],
    ];
    expect(readings(contract, rows)).toEqual(rows);
    expect(measure(contract, 'Role-based access').responsibility.reason).toMatchObject({ at: '2.1', frame: expect.stringContaining('The Processor shall take the technical and organisational measures described in Annex 2') });
  });

  it.each([
    ['a lead-in with the annex in its item', 'Der Auftragnehmer verpflichtet sich:\n\n- die in Anlage 2 festgelegten technischen und organisatorischen Maßnahmen einzuhalten;\n- Weisungen zu befolgen.'],
    ['a separable verb', '(1) Der Auftragsverarbeiter setzt die in Anlage 2 beschriebenen Maßnahmen vollständig um.'],
    ['an annex named without its number', '(1) Der Auftragsverarbeiter gewährleistet die in der Anlage beschriebenen technischen und organisatorischen Maßnahmen.'],
  ])('reads the body’s frame from %s', (_, body) => {
    const contract = german(body, NOUN_MEASURES_DE);
    expect(measure(contract, 'Videoüberwachung').responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'contract' } });
  });

  it('reads a pointer that names nobody from the sentence of its section that says who takes the measures (English)', () => {
    const contract = english('2.1 The Processor shall implement appropriate technical and organisational measures.\n2.2 The measures are described in Annex II.', NOUN_MEASURES_EN);
    expect(measure(contract, 'Role-based access').responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'contract', at: '2.1' } });
  });

  it.each([
    ['a party that only reviewed the measures', '(1) Der Verantwortliche hat die in Anlage 2 beschriebenen Maßnahmen geprüft und hält sie für angemessen.'],
    ['a party that may audit them', '(1) Der Verantwortliche kann die Einhaltung der Maßnahmen nach Anlage 2 jährlich prüfen.'],
    ['a duty about another annex', '(1) Der Auftragsverarbeiter setzt die in Anlage 1 genannten Unterauftragsverarbeiter ein.'],
    ['a pointer with no sentence that takes the measures', '(1) Einzelheiten zur Löschung ergeben sich aus Anlage 2.'],
  ])('takes no frame from %s: the measures stay unstated, and say so', (_, body) => {
    const contract = german(body, NOUN_MEASURES_DE);
    const { responsibility } = measure(contract, 'Videoüberwachung');
    expect(responsibility).toMatchObject({ party: 'unstated', reason: { kind: 'none' } });
    expect(doubtOf(responsibility)).toBe('none');
  });
});

describe('frames in the annex', () => {
  it('takes the annex title that names the party, where it stands, without doubt', () => {
    const contract = german('(1) Der Auftragsverarbeiter verarbeitet Daten nur auf Weisung.', NOUN_MEASURES_DE, 'Technische und organisatorische Maßnahmen des Auftragsverarbeiters');
    const { responsibility } = measure(contract, 'Videoüberwachung');
    expect(responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'title', at: 'Anlage 2' } });
    expect(doubtOf(responsibility)).toBeNull();
  });

  it('prefers the annex’s own lead-in to the body, and marks the reading when the body names the other party', () => {
    const contract = english('2.1 The Processor shall implement the technical and organisational measures set out in Annex II.', `The Controller implements the following measures:\n\n${NOUN_MEASURES_EN}`);
    const { responsibility } = measure(contract, 'Role-based access');
    expect(responsibility).toMatchObject({
      party: 'customer',
      reason: { kind: 'frame', scope: 'annex', at: 'ANNEX II', conflict: { party: 'provider', scope: 'contract', at: '2.1' } },
    });
    expect(doubtOf(responsibility)).toBe('conflict');
  });

  it('marks a reading from the body as far away, and one from the annex’s lead-in as not', () => {
    const fromBody = measure(written('dpa-frame-contract-en.txt'), 'Role-based access').responsibility;
    expect(doubtOf(fromBody)).toBe('distant');
    const fromLeadIn = measure(english('2.1 The Processor keeps records.', `The Processor has implemented the following measures:\n\n${NOUN_MEASURES_EN}`), 'Role-based access').responsibility;
    expect(fromLeadIn).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'annex' } });
    expect(doubtOf(fromLeadIn)).toBeNull();
  });

  it.each([
    ['a relative clause (German)', 'Diese Anlage beschreibt die Maßnahmen, die der Auftragsverarbeiter zum Schutz der Daten getroffen hat.'],
    ['a relative clause after the verb (German)', 'Im Folgenden sind die Maßnahmen aufgeführt, welche der Auftragsverarbeiter ergriffen hat.'],
    ['an attributive participle (German)', 'Nachstehend die vom Auftragsverarbeiter umgesetzten technischen Maßnahmen.'],
  ])('reads whose measures they are from %s in the annex’s lead-in', (_, leadIn) => {
    const contract = german('(1) Der Auftragsverarbeiter verarbeitet Daten nur auf Weisung.', `${leadIn}\n\n${NOUN_MEASURES_DE}`);
    expect(measure(contract, 'Videoüberwachung').responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'annex' } });
  });

  it.each([
    ['a participle phrase (the Commission’s Annex II)', 'Description of the technical and organisational measures implemented by the processor(s):'],
    ['a sentence about the annex', 'This Annex describes the safeguards that have been put in place by the Processor.'],
  ])('reads whose measures they are from %s in English', (_, leadIn) => {
    const contract = english('2.1 The Processor keeps records.', `${leadIn}\n\n${NOUN_MEASURES_EN}`);
    expect(measure(contract, 'Role-based access').responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'annex' } });
  });

  it('reads a possessive title as the annex’s frame', () => {
    const contract = parseContract(
      `Data Processing Agreement\n\n${PARTIES_EN}\n\n1. Processing\n\n1.1 The Processor processes Personal Data for the Controller.\n\nSCHEDULE 2 PROCESSOR'S SECURITY MEASURES\n\n${NOUN_MEASURES_EN}\n`,
    );
    expect(measure(contract, 'Role-based access').responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'title' } });
  });

  it('reads a title in capitals and in Swiss spelling as the annex’s frame', () => {
    const contract = german('(1) Der Auftragsverarbeiter verarbeitet Daten nur auf Weisung.', NOUN_MEASURES_DE, 'TECHNISCHE UND ORGANISATORISCHE MASSNAHMEN DES AUFTRAGSVERARBEITERS');
    expect(measure(contract, 'Videoüberwachung').responsibility).toMatchObject({ party: 'provider', reason: { kind: 'frame', scope: 'title', frame: 'MASSNAHMEN DES AUFTRAGSVERARBEITERS' } });
  });

  it.each([
    ['German', german('(1) Der Auftragsverarbeiter verarbeitet Daten nur auf Weisung.', `Der Verantwortliche hat die folgenden Maßnahmen geprüft und für angemessen befunden:\n\n${NOUN_MEASURES_DE}`), 'Videoüberwachung'],
    ['English', english('2.1 The Processor keeps records.', `The Controller has reviewed and approved the following measures:\n\n${NOUN_MEASURES_EN}`), 'Role-based access'],
  ])('takes no frame from a lead-in in which a party only reviewed the measures (%s)', (_, contract, start) => {
    expect(measure(contract, start).responsibility).toMatchObject({ party: 'unstated', reason: { kind: 'none' } });
  });

  it('does not read a “can” in a clause of purpose as an option (German and English)', () => {
    expect(measure(written('avv-frame-contract-de.txt'), 'Die Anwendung ist so gestaltet').responsibility.party).toBe('provider');
    expect(measure(written('dpa-frame-contract-en.txt'), 'The system is designed so that').responsibility.party).toBe('provider');
  });
});

describe('references to an annex', () => {
  const find = (sentence: string, label: string, number: string) => findReference(sentence, annexReference({ label, number }));

  it('finds the annex by its label, by its number in another numeral, and by a bare annex word beside the measures', () => {
    expect(find('die in Anlage 2 beschriebenen Maßnahmen', 'Anlage 2', '2')).not.toBeNull();
    expect(find('the measures set out in Annex 2', 'ANNEX II', 'II')).not.toBeNull();
    expect(find('as described in Schedule II', 'Schedule 2', '2')).not.toBeNull();
    expect(find('the GitHub Security Exhibit', 'SECURITY EXHIBIT', '')).not.toBeNull();
    expect(find('die in der Anlage beschriebenen technischen und organisatorischen Maßnahmen', 'Anlage 2', '2')).not.toBeNull();
  });

  it('does not take another annex, a longer number or a bare annex word without the measures for it', () => {
    expect(find('die in Anlage 1 genannten Unterauftragsverarbeiter', 'Anlage 2', '2')).toBeNull();
    expect(find('gemäß Anlage 12', 'Anlage 1', '1')).toBeNull();
    expect(find('the measures in Annex III', 'Annex II', 'II')).toBeNull();
    expect(find('die Anlage wird jährlich aktualisiert', 'Anlage 2', '2')).toBeNull();
  });
});
