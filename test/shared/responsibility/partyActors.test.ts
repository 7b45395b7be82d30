/**
 * The parties read from the text act wherever the text names them: a company name or a short
 * name defined for a party carries that party's duties, a vendor's *we* is the provider and
 * its *you* the customer, and a sub-processor is never the provider. Each in a German and an
 * English phrasing of our own (fictional companies); what counts is the responsibility a
 * reviewer is shown for the clause or the measure.
 */
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { partyMentions } from '../../../shared/responsibility/actors';

function clauseParty(contract: Contract, words: string): string | undefined {
  const clause = contract.sections.flatMap((section) => section.clauses).find((candidate) => candidate.text.includes(words));
  if (!clause) throw new Error(`no clause with “${words}”`);
  return clause.responsibility?.party;
}

describe('a company defined as a party acts as that party', () => {
  const german = parseContract(`# Auftragsverarbeitungsvertrag

Dieser Vertrag wird geschlossen zwischen der Musterbäckerei Krume GmbH, Backstraße 1, 10115 Berlin – nachstehend „Auftraggeber“ – und der Nordlicht Rechenzentrum GmbH, Hafenweg 3, 20457 Hamburg (nachfolgend „Nordlicht“ oder „Auftragnehmer“).

§ 1 Gegenstand

(1) Nordlicht verarbeitet personenbezogene Daten im Auftrag des Auftraggebers.

§ 2 Sicherheit

(1) Nordlicht trifft die technischen und organisatorischen Maßnahmen nach Anlage 2.

(2) Die Musterbäckerei Krume GmbH prüft die Maßnahmen jährlich.
`);
  const english = parseContract(`# Data Processing Agreement

This Agreement is entered into between Harbour Retail Ltd ("Customer") and Zephyr Analytics, Inc. ("Zephyr" or "Processor").

1. Processing

1.1 Zephyr processes Customer Personal Data only on documented instructions.

2. Security

2.1 Zephyr implements the technical and organisational measures set out in Annex 2.

2.2 Harbour Retail Ltd reviews the measures once a year.
`);

  it('reads the parties with the short name defined for the provider', () => {
    expect(german.parties.find((party) => party.role === 'provider')?.terms).toContain('Nordlicht');
    expect(english.parties.find((party) => party.role === 'provider')?.terms).toContain('Zephyr');
  });

  it('gives a duty the short name carries to the provider, and one the legal name carries to the customer', () => {
    expect(clauseParty(german, 'Nordlicht trifft')).toBe('provider');
    expect(clauseParty(german, 'Krume GmbH prüft')).toBe('customer');
    expect(clauseParty(english, 'Zephyr implements')).toBe('provider');
    expect(clauseParty(english, 'Harbour Retail Ltd reviews')).toBe('customer');
  });
});

describe('a vendor’s own DPA', () => {
  it('gives *we* to the provider and *you* to the customer', () => {
    const text = `# Data Processing Addendum

This addendum forms part of the terms between you and us.

1. Security

1.1 We will implement the measures described in Annex 2 and we will keep them up to date.

1.2 You are responsible for keeping your account passwords secret.

2. Breaches

2.1 We will notify you without undue delay. We will assist you. We will document each breach.
`;
    const contract = parseContract(text);
    expect(contract.parties.map((party) => [party.role, party.source]).sort()).toEqual([
      ['customer', 'voice'],
      ['provider', 'voice'],
    ]);
    expect(clauseParty(contract, 'We will implement')).toBe('provider');
    expect(clauseParty(contract, 'You are responsible')).toBe('customer');
  });
});

describe('a sub-processor is not the provider', () => {
  it('reads no party in the sub-processor’s words (German and English)', () => {
    const german = parseContract(`# AVV

§ 1 Unterauftragsverarbeitung

(1) Der Auftragnehmer verarbeitet die Daten im Auftrag des Auftraggebers.

(2) Der Unterauftragsverarbeiter trifft eigene Maßnahmen zur Sicherheit.
`);
    const english = parseContract(`# DPA

1. Sub-processing

1.1 The Processor processes the data on behalf of the Controller.

1.2 The Sub-processor implements its own security measures.
`);
    expect(partyMentions('Der Unterauftragsverarbeiter trifft eigene Maßnahmen.', german.parties)).toEqual([]);
    expect(partyMentions('The Sub-processor implements its own measures; another processor may too.', english.parties)).toEqual([]);
    expect(clauseParty(german, 'Unterauftragsverarbeiter trifft')).not.toBe('provider');
    expect(clauseParty(english, 'Sub-processor implements')).not.toBe('provider');
  });
});

describe('partyMentions', () => {
  it('says which party each mention names, with where it stands', () => {
    const contract = parseContract(`# AVV

Zwischen der Acme Hosting GmbH (nachfolgend „Acme“ oder „Auftragnehmer“) und dem Kunden (nachfolgend „Auftraggeber“).

§ 1 Gegenstand

(1) Acme verarbeitet Daten für den Auftraggeber.
`);
    const sentence = 'Acme trifft die Maßnahmen nach Anhang 2; der Auftraggeber prüft sie.';
    expect(partyMentions(sentence, contract.parties)).toEqual([
      { role: 'provider', text: 'Acme', at: 0, possessive: false },
      { role: 'customer', text: 'Auftraggeber', at: sentence.indexOf('Auftraggeber'), possessive: false },
    ]);
  });
});
