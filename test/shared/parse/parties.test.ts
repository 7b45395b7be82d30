/**
 * Parties in the shapes DPAs write them, each in a German and an English phrasing of our own
 * (fictional companies): blocks whose lines are each a paragraph, role headings, tables of
 * roles, `zwischen … – nachstehend …` and `between … (the “…”)` in running text, definitions
 * (`“We” … means …`), a vendor's voice, and texts that name no party at all. What counts is
 * what a reviewer is shown: the role, the term the contract calls the party by, its legal name
 * (none for a blank to fill in) and where it was read.
 */
import { describe, expect, it } from 'vitest';
import type { Party } from '../../../shared/contract/model';
import { legalNameOf } from '../../../shared/contract/party';
import { parseContract } from '../../../shared/parse/parseContract';

function parties(text: string): [Party['role'], string, string | null, string][] {
  return parseContract(text).parties.map((party) => [party.role, party.roleLabel, legalNameOf(party), party.source ?? 'block']);
}

function party(text: string, role: Party['role']): Party {
  const found = parseContract(text).parties.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`no ${role}`);
  return found;
}

/** Two numbered sections, so that the lines above them are read as the front matter. */
const GERMAN_BODY = `
§ 1 Gegenstand

(1) Der Auftragnehmer verarbeitet personenbezogene Daten im Auftrag des Auftraggebers.

§ 2 Weisungen

(1) Der Auftraggeber erteilt alle Weisungen schriftlich.
`;

const ENGLISH_BODY = `
1. Scope

1.1 The Processor processes personal data on behalf of the Controller.

2. Instructions

2.1 The Controller gives all instructions in writing.
`;

describe('party blocks whose lines stand each in a paragraph of their own', () => {
  it('reads a role heading, the lines under it and the role line that closes them (German)', () => {
    const text = `# Auftragsverarbeitungsvertrag

zwischen

**Verantwortlicher (Verein)**

Verein: ______________________

Anschrift: ______________________

nachfolgend „Verantwortlicher“

und

**Auftragsverarbeiter**

Jana Beispiel

Anschrift: Gartenweg 4, 12345 Musterstadt

nachfolgend „Auftragsverarbeiter“
${GERMAN_BODY.replace(/Auftragnehmer/gu, 'Auftragsverarbeiter').replace(/Auftraggeber/gu, 'Verantwortliche')}`;
    expect(parties(text)).toEqual([
      ['customer', 'Verantwortlicher', null, 'block'],
      ['provider', 'Auftragsverarbeiter', 'Jana Beispiel', 'block'],
    ]);
    expect(party(text, 'customer').heading).toBe('Verantwortlicher (Verein)');
    expect(party(text, 'provider').address).toEqual(['Anschrift: Gartenweg 4, 12345 Musterstadt']);
  });

  it('reads a role heading, the lines under it and the role line that closes them (English)', () => {
    const text = `Data Processing Agreement

between

**Controller**

Harbour Retail Ltd

Quay House, Bristol BS1 4DJ

(the "Controller")

and

**Processor**

Brightwave Analytics GmbH

Hafenstraße 12, 20457 Hamburg

(the "Processor")
${ENGLISH_BODY}`;
    expect(parties(text)).toEqual([
      ['customer', 'Controller', 'Harbour Retail Ltd', 'block'],
      ['provider', 'Processor', 'Brightwave Analytics GmbH', 'block'],
    ]);
  });

  it('reads a heading with a colon and a role line in Swiss or French quotation marks', () => {
    const german = `# AVV

## Parteien

**Auftraggeber (Verantwortlicher):**
Name der Schule: ____________
Adresse: ____________
(nachfolgend «Auftraggeber»)

**Auftragnehmer (Auftragsverarbeiter):**
Lena Muster, Lernwerk
Schweiz
(nachfolgend «Auftragnehmer»)
${GERMAN_BODY}`;
    expect(parties(german)).toEqual([
      ['customer', 'Auftraggeber', null, 'block'],
      ['provider', 'Auftragnehmer', 'Lena Muster, Lernwerk', 'block'],
    ]);
    const english = `Processing Terms

Customer:
Harbour Retail Ltd
1 Quay Street
(hereinafter «Customer»)

Supplier:
Brightwave Analytics GmbH
Hafenstraße 12
(hereinafter «Supplier»)
${ENGLISH_BODY}`;
    expect(parties(english)).toEqual([
      ['customer', 'Customer', 'Harbour Retail Ltd', 'block'],
      ['provider', 'Supplier', 'Brightwave Analytics GmbH', 'block'],
    ]);
  });

  it('takes a blank to fill in for no name, in brackets or underscores', () => {
    const text = `# AVV

zwischen

**[Name und Anschrift des Verantwortlichen]**
— nachfolgend „Verantwortlicher“ —

und

Firma: ____________________
— nachfolgend „Auftragsverarbeiter“ —
${GERMAN_BODY}`;
    expect(parties(text).map(([role, label, name]) => [role, label, name])).toEqual([
      ['customer', 'Verantwortlicher', null],
      ['provider', 'Auftragsverarbeiter', null],
    ]);
  });
});

describe('tables of roles', () => {
  it('reads a row per party, role first (German and English)', () => {
    const german = `# AVV

## 1. Parteien

| Rolle | Partei |
|---|---|
| Verantwortlicher | Muster Logistik GmbH |
| Auftragsverarbeiter | Datenwerk AG |

## 2. Gegenstand

Der Auftragsverarbeiter verarbeitet die Daten im Auftrag des Verantwortlichen.
`;
    expect(parties(german)).toEqual([
      ['customer', 'Verantwortlicher', 'Muster Logistik GmbH', 'table'],
      ['provider', 'Auftragsverarbeiter', 'Datenwerk AG', 'table'],
    ]);
    const english = `# DPA

## 1. Roles

| Role | Entity | Responsibilities |
|------|--------|------------------|
| **Data Controller** | Customer | Determines the purposes |
| **Data Processor** | Zephyr Data, Inc. | Processes on instructions |

## 2. Processing

Zephyr Data processes personal data only on instructions.
`;
    expect(parties(english)).toEqual([
      ['customer', 'Customer', null, 'table'],
      ['provider', 'Data Processor', 'Zephyr Data, Inc.', 'table'],
    ]);
  });

  it('reads a head row of roles over a row of their parties', () => {
    const text = `# DPA

## 1. Parties

| Controller | Processor |
|---|---|
| Harbour Retail Ltd | Brightwave Analytics GmbH |

## 2. Processing

The Processor processes personal data on behalf of the Controller.
`;
    expect(parties(text)).toEqual([
      ['customer', 'Controller', 'Harbour Retail Ltd', 'table'],
      ['provider', 'Processor', 'Brightwave Analytics GmbH', 'table'],
    ]);
  });

  it('does not take a list of sub-processors for a table of roles', () => {
    const german = `# AVV
${GERMAN_BODY}
§ 3 Unterauftragsverarbeiter

| Dienstleister | Leistung | Sitz |
|---|---|---|
| Serverwerk GmbH | Hosting | Deutschland |
`;
    expect(parties(german)).toEqual([
      ['provider', 'Auftragnehmer', null, 'text'],
      ['customer', 'Auftraggeber', null, 'text'],
    ]);
    const english = `# DPA
${ENGLISH_BODY}
3. Sub-processors

| Provider | Service | Location |
|---|---|---|
| Cloudhaus Ltd | Hosting | Ireland |
`;
    expect(parties(english).map(([role, label, , source]) => [role, label, source])).toEqual([
      ['provider', 'Processor', 'text'],
      ['customer', 'Controller', 'text'],
    ]);
  });
});

describe('parties defined in the running text', () => {
  it('reads `zwischen … – nachstehend Auftraggeber – und …` and `(nachfolgend „Kunde“ genannt)`', () => {
    const dashes = `Vertrag über die Auftragsverarbeitung

zwischen der Muster Logistik GmbH, Hafenweg 3, 28195 Bremen – nachstehend Auftraggeber – und der Datenwerk AG, Ringstraße 9, 80331 München – nachstehend Auftragnehmer – wird folgender Vertrag geschlossen.
${GERMAN_BODY}`;
    expect(parties(dashes)).toEqual([
      ['customer', 'Auftraggeber', 'Muster Logistik GmbH', 'definition'],
      ['provider', 'Auftragnehmer', 'Datenwerk AG', 'definition'],
    ]);
    const brackets = `Vereinbarung zur Auftragsverarbeitung

Diese Vereinbarung wird zwischen Datenwerk AG (nachfolgend „Anbieter“ genannt) und der Muster Logistik GmbH (nachfolgend „Kunde“ genannt) geschlossen.

§ 1 Gegenstand

(1) Der Anbieter verarbeitet die Daten des Kunden.

§ 2 Weisungen

(1) Der Kunde erteilt die Weisungen.
`;
    expect(parties(brackets)).toEqual([
      ['provider', 'Anbieter', 'Datenwerk AG', 'definition'],
      ['customer', 'Kunde', 'Muster Logistik GmbH', 'definition'],
    ]);
    expect(party(brackets, 'customer').cue).toBe('zwischen Datenwerk AG (nachfolgend „Anbieter“ genannt) und der Muster Logistik GmbH (nachfolgend „Kunde“ genannt)');
  });

  it('reads `between Acme Ltd (the “Customer”) and …` and a company the other party leaves the role to', () => {
    const roles = `Data Processing Addendum

This Addendum is made between Harbour Retail Ltd (the "Customer") and Brightwave Analytics GmbH (hereinafter "Supplier").

1. Scope

1.1 The Supplier processes personal data on behalf of the Customer.

2. Instructions

2.1 The Customer gives the instructions.
`;
    expect(parties(roles)).toEqual([
      ['customer', 'Customer', 'Harbour Retail Ltd', 'definition'],
      ['provider', 'Supplier', 'Brightwave Analytics GmbH', 'definition'],
    ]);
    const vendor = `Data Processing Addendum

This DPA is entered into by and between the Customer and Zephyr Data, Inc. (“Zephyr”), pursuant to which Customer uses the Services.

1. Processing

1.1 Zephyr processes personal data on behalf of Customer.

2. Security

2.1 Zephyr encrypts all data at rest.
`;
    expect(parties(vendor)).toEqual([
      ['customer', 'Customer', null, 'definition'],
      ['provider', 'Zephyr', 'Zephyr Data, Inc.', 'definition'],
    ]);
  });

  it('calls a party by the term of its definition the text uses most', () => {
    const text = `Data Processing Agreement

This Data Processing Agreement ("DPA") forms part of the agreement between Zephyr Data, Inc. ("Processor" or "Zephyr") and the customer organization ("Controller" or "Customer").

1. Processing

Zephyr processes personal data only on Customer's instructions. Zephyr encrypts it.

2. Breaches

Zephyr notifies Customer of breaches. Customer may object.
`;
    expect(parties(text)).toEqual([
      ['provider', 'Zephyr', 'Zephyr Data, Inc.', 'definition'],
      ['customer', 'Customer', null, 'definition'],
    ]);
    expect(party(text, 'provider').terms).toEqual(['Processor', 'Zephyr']);
  });

  it('reads `“We”, “Us” and “Our” means …` and `“You” means …` as the provider and the customer', () => {
    const quoted = `Data Processing Terms

1. Definitions

1.1 "We", "Us" and "Our" means Acme Analytics Ltd.

1.2 "You" and "Your" means the customer who has accepted these terms.

2. Processing

2.1 We shall process Personal Data only on Your documented instructions.
`;
    expect(parties(quoted)).toEqual([
      ['provider', 'We/Us/Our', 'Acme Analytics Ltd.', 'definition'],
      ['customer', 'You/Your', null, 'definition'],
    ]);
    const slashed = `Terms

1. Definitions

1.1 **"Registered User/You/Your"** means an individual registered user who has an Account with the Service;

1.2 **"We/Us/Our"** means Genomwerk;

2. Processing

2.1 We process Your data. You may delete Your account. We shall notify You. Your data stays Yours.
`;
    expect(parties(slashed)).toEqual([
      ['customer', 'You/Your', null, 'definition'],
      ['provider', 'We/Us/Our', 'Genomwerk', 'definition'],
    ]);
  });

  it('does not take a definition of the GDPR’s own words for a party', () => {
    const text = `# DPA

## 1. Definitions

- "Controller" means the entity which determines the purposes and means of the processing.
- "Processor" means the entity which processes personal data on behalf of the controller.

## 2. Processing

The Supplier processes personal data on behalf of the Customer. The Supplier encrypts it.

## 3. Instructions

The Customer instructs the Supplier.
`;
    expect(parties(text).map(([role, label, , source]) => [role, label, source])).toEqual([
      ['provider', 'Supplier', 'text'],
      ['customer', 'Customer', 'text'],
    ]);
  });
});

describe('a vendor’s own voice', () => {
  it('reads *we* as the provider and *you* as the customer where nothing defines them', () => {
    const text = `Our Data Processing Addendum

This addendum applies when you use our service.

1. Processing

We will process personal data only on your instructions. We will notify you of a breach. We will assist you with requests from data subjects.

2. End

We will delete your data when the service ends. We will keep your data confidential. You may object to a new sub-processor.
`;
    expect(parties(text).map(([role, label, , source]) => [role, label, source])).toEqual([
      ['customer', 'You/Your', 'voice'],
      ['provider', 'We/Our', 'voice'],
    ]);
  });

  it('does not read a German text’s *wir* or an English text’s few *we* as a voice', () => {
    const text = `# DPA

## 1. Processing

The Processor processes personal data on behalf of the Controller.

## 2. Instructions

We note that the Controller instructs the Processor.
`;
    expect(parties(text).map(([role, label, , source]) => [role, label, source])).toEqual([
      ['provider', 'Processor', 'text'],
      ['customer', 'Controller', 'text'],
    ]);
  });
});

describe('a text that names no party', () => {
  it('reads the role words it uses most, with a name set beside a role (German)', () => {
    const text = `# AVV

## Artikel 1: Gegenstand

Als Auftragsverarbeiter unterstützt Nordwind Hosting den Verantwortlichen bei der Erfüllung der Rechte der betroffenen Personen.

## Artikel 2: Pflichten

Der Auftragsverarbeiter verarbeitet die Daten nur auf Weisung des Verantwortlichen. Der Verantwortliche bleibt für die Rechtmäßigkeit verantwortlich. Der Dienstleister informiert ihn.
`;
    expect(parties(text)).toEqual([
      ['provider', 'Auftragsverarbeiter', 'Nordwind Hosting', 'text'],
      ['customer', 'Verantwortlicher', null, 'text'],
    ]);
    expect(party(text, 'provider').cue).toBe('Als Auftragsverarbeiter unterstützt Nordwind Hosting den');
    expect(party(text, 'customer').cue).toBe('Als Auftragsverarbeiter unterstützt Nordwind Hosting den Verantwortlichen bei der Erfüllung der Rechte der betroffenen Personen.');
  });

  it('reads the role words it uses most, with a name set beside a role (English)', () => {
    const text = `# DPA

## 1. Roles

Acme Cloud acts as a processor on behalf of the Controller. The Processor processes personal data only on the Controller's instructions.

## 2. Instructions

The Controller remains responsible for its instructions.
`;
    expect(parties(text)).toEqual([
      ['provider', 'Processor', 'Acme Cloud', 'text'],
      ['customer', 'Controller', null, 'text'],
    ]);
  });

  it('takes the company a vendor’s DPA names itself by for the provider, where the customer is only `Customer`', () => {
    const signed = `# Zephyr Data Protection Addendum

## 1. Processing

Zephyr will process Customer Personal Data only on Customer's instructions. Zephyr will notify Customer of breaches.

## 2. Assistance

Zephyr will assist Customer. Zephyr will delete Customer Personal Data. Zephyr will keep it confidential.

Signed for Zephyr Data, Inc.

Zephyr Data, Inc.
`;
    const found = parseContract(signed).parties.map((candidate) => [candidate.role, candidate.roleLabel, legalNameOf(candidate)]);
    expect(found).toContainEqual(['customer', 'Customer', null]);
    expect(found).toContainEqual(['provider', 'Zephyr', 'Zephyr Data, Inc.']);
    const named = `# GitWerk Data Protection Addendum

## 1. Processing

GitWerk acts as a Processor in regard to any Customer Personal Data. GitWerk will process it only on Customer's instructions.

## 2. Assistance

GitWerk will notify Customer. GitWerk will assist Customer. GitWerk will delete it. The data importer is GitWerk GmbH.
`;
    expect(parties(named)).toContainEqual(['provider', 'GitWerk', 'GitWerk GmbH', 'text']);
  });

  it('does not count a sub-processor’s word or *weitere Auftragsverarbeiter* as the party’s', () => {
    const text = `# AVV

## 1. Unterauftragsverarbeiter

Der Auftragnehmer darf weitere Auftragsverarbeiter nur mit Genehmigung des Auftraggebers einsetzen.

## 2. Pflichten

Weitere Auftragsverarbeiter werden wie jeder weitere Auftragsverarbeiter verpflichtet. Ein Unterauftragsverarbeiter, Unterauftragsverarbeiter und Sub-Processor zählen nicht. Der Auftraggeber prüft.
`;
    expect(parties(text).map(([role, label]) => [role, label])).toEqual([
      ['provider', 'Auftragnehmer'],
      ['customer', 'Auftraggeber'],
    ]);
  });
});

describe('a list of the parties before clause 1', () => {
  it('reads each numbered item as a party, its name without the number and the address after it (German)', () => {
    const text = `# Auftragsverarbeitungsvertrag

Parteien

1. Stadtwerke Musterstadt GmbH, Am Markt 1, 12345 Musterstadt (nachfolgend „Auftraggeber“)
2. Datenwerk Nord GmbH, Hafenstr. 5, 20457 Hamburg (nachfolgend „Auftragnehmer“)
${GERMAN_BODY}`;
    expect(parties(text)).toEqual([
      ['customer', 'Auftraggeber', 'Stadtwerke Musterstadt GmbH', 'block'],
      ['provider', 'Auftragnehmer', 'Datenwerk Nord GmbH', 'block'],
    ]);
  });

  it('reads items that go on as a sentence does, with `; and` and a full stop (English)', () => {
    const text = `# Data Processing Agreement

PARTIES

(1) Harbour Retail Ltd, a company incorporated in England under number 01234567 (the "Controller"); and

(2) Brightwave Analytics GmbH, Hafenstraße 12, 20457 Hamburg, Germany (the "Processor").
${ENGLISH_BODY}`;
    expect(parties(text)).toEqual([
      ['customer', 'Controller', 'Harbour Retail Ltd', 'block'],
      ['provider', 'Processor', 'Brightwave Analytics GmbH', 'block'],
    ]);
  });
});

describe('parties named in the running text with their role in brackets', () => {
  it('reads a company and the role bracket after it, in German and English', () => {
    const german = `# Vereinbarung zur Auftragsverarbeitung

Die Beispiel Software GmbH (Auftragnehmer) verarbeitet für die Muster Handels GmbH (Auftraggeber) personenbezogene Daten nach Maßgabe dieser Vereinbarung.
${GERMAN_BODY}`;
    expect(parties(german)).toEqual([
      ['provider', 'Auftragnehmer', 'Beispiel Software GmbH', 'definition'],
      ['customer', 'Auftraggeber', 'Muster Handels GmbH', 'definition'],
    ]);
    const english = `# Data Processing Terms

Acme Analytics Ltd (the "Processor") provides the services to Harbour Retail plc (the "Controller") under the Agreement.
${ENGLISH_BODY}`;
    expect(parties(english)).toEqual([
      ['provider', 'Processor', 'Acme Analytics Ltd', 'definition'],
      ['customer', 'Controller', 'Harbour Retail plc', 'definition'],
    ]);
  });

  it('reads the parties of `entered into by … and …` as those of `between … and …`', () => {
    const text = `# Data Processing Addendum

This Data Processing Addendum is entered into by Acme Cloud, Inc. ("Acme") and the customer agreeing to these terms ("Customer").

## 1. Processing

Acme processes Customer Personal Data only on Customer's documented instructions. Acme notifies Customer of any breach.
`;
    expect(parties(text)).toEqual([
      ['provider', 'Acme', 'Acme Cloud, Inc.', 'definition'],
      ['customer', 'Customer', null, 'definition'],
    ]);
  });

  it('keeps a name with a comma but no address whole (`Lena Muster, Lernwerk`)', () => {
    const text = `# AVV

Lena Muster, Lernwerk
Lindenweg 4, 3000 Bern
(nachfolgend „Auftragnehmer“)
${GERMAN_BODY}`;
    expect(legalNameOf(party(text, 'provider'))).toBe('Lena Muster, Lernwerk');
  });
});
