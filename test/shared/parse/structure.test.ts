/**
 * Sections, clauses and annexes as a reviewer counts them (#22), on phrasings of our own:
 * the shapes vendors' DPAs come in, each rule on two documents or phrasings.
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../shared/docx';
import { parseContract } from '../../../shared/parse/parseContract';
import { docxPackage, ins, run } from '../../support/docxPackage';
import { wordDifference } from '../../support/words';

const counts = (text: string, format: 'text' | 'markdown' = 'text') =>
  parseContract(text, { format }).sections.map((section) => [section.number, section.clauses.length]);

describe('clauses', () => {
  it('a clause opens at the depth of its section’s first number: 2.2.1 belongs to 2.2', () => {
    const text = [
      '1. DEFINITIONS',
      '',
      '"Customer" means the party named in the order.',
      '',
      '2. PROCESSING OF PERSONAL DATA',
      '',
      '2.1 Roles. Customer is the controller.',
      '',
      '2.2 Customer’s Processing. Customer shall:',
      '',
      '2.2.1 comply with the law;',
      '',
      '2.2.2 have sole responsibility for the data.',
      '',
      '2.3 Processor’s Processing.',
      '',
      '2.3.1 The processor shall treat the data as confidential.',
      '',
      '3. SECURITY',
      '',
      '3.1 The processor shall maintain appropriate measures.',
    ].join('\n');
    expect(counts(text)).toEqual([
      ['1', 1],
      ['2', 3],
      ['3', 1],
    ]);
    const clauses = parseContract(text).sections[1]!.clauses;
    expect(clauses.map((clause) => clause.number)).toEqual(['2.1', '2.2', '2.3']);
    expect(clauses[1]!.text).toContain('2.2.1 comply with the law;');
    // The same in German, with (1) and 1.1-style numbers under a § heading.
    const german = '§ 1 Gegenstand\n\n1.1 Der Auftragnehmer verarbeitet Daten.\n\n1.1.1 Dazu gehört die Speicherung.\n\n1.2 Die Laufzeit folgt dem Hauptvertrag.';
    expect(counts(german)).toEqual([['1', 2]]);
  });

  it('reads a. and iv. as item markers, never an abbreviation such as z. B.', () => {
    const text = [
      '1 Pflichten',
      '',
      'Der Auftragnehmer muss:',
      '',
      'a. die Daten nur auf Weisung verarbeiten; und',
      '',
      'b. Protokolle führen, z. B. über Zugriffe.',
      '',
      'z. B. gehören dazu Anmeldungen.',
      '',
      '2 Sicherheit',
      '',
      'The processor shall:',
      '',
      'iv. keep records of all processing; and',
      '',
      'v. delete the data on request.',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.sections[0]!.clauses.map((clause) => clause.label)).toEqual([null, 'a.', 'b.']);
    expect(contract.sections[0]!.clauses[2]!.text).toBe('Protokolle führen, z. B. über Zugriffe.\nz. B. gehören dazu Anmeldungen.');
    expect(contract.sections[1]!.clauses.map((clause) => clause.label)).toEqual([null, 'iv.', 'v.']);
  });

  it('items indented under a list item belong to it; a heading inside a section heads the clause under it', () => {
    const text = [
      '## Artikel 1: Dokumentation',
      '',
      'Der Auftragsverarbeiter stellt zur Verfügung:',
      '',
      '- Zertifikate (ISO 27001)',
      '- Empfehlungen für die sichere Nutzung, einschließlich:',
      '  - Schutz des Zugangs zur Konsole',
      '  - Verwaltung der Berechtigungen',
      '',
      '## Artikel 2: Unterauftragsverarbeiter',
      '',
      'Der Verantwortliche genehmigt die folgenden Unterauftragsverarbeiter.',
      '',
      '### Serverstandort',
      '',
      'Die Server stehen in Frankfurt.',
    ].join('\n');
    for (const format of ['text', 'markdown'] as const) {
      const contract = parseContract(text, { format });
      expect(contract.sections.map((section) => section.clauses.length)).toEqual([3, 2]);
      expect(contract.sections[1]!.clauses[1]).toMatchObject({ heading: 'Serverstandort', text: 'Die Server stehen in Frankfurt.' });
      expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
    }
  });
});

describe('sections', () => {
  it('a heading may end in a full stop, and a title may begin with a name in digits', () => {
    const markdown = ['# Data Protection Addendum', '', '## INTRODUCTION', '', 'The parties agree as follows.', '', '### 1. Definitions.', '', '1.1 "Data" means personal data.', '', '### 2. Status and Compliance.', '', '2.1 The processor complies with the law.'].join('\n');
    expect(counts(markdown, 'markdown')).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
    const text = ['1. DATA SUBJECT REQUESTS', '', 'The processor shall notify the customer.', '', '2. 37SIGNALS PERSONNEL', '', '2.1 Confidentiality. Staff are bound to confidentiality.', '', '3. SUBPROCESSORS', '', '3.1 The processor may engage subprocessors.'].join('\n');
    expect(counts(text)).toEqual([
      ['1', 1],
      ['2', 1],
      ['3', 1],
    ]);
  });

  it('an unnumbered heading of the sections’ rank after the last one ends the body', () => {
    const text = [
      '# 1. Gegenstand',
      '',
      'Der Auftragsverarbeiter verarbeitet Daten im Auftrag.',
      '',
      '# 2. Schlussbestimmungen',
      '',
      'Änderungen bedürfen der Textform.',
      '',
      '# Anlagen',
      '',
      'Bestandteil dieses Vertrages ist:',
      '',
      '- Anlage 1 – Technische und organisatorische Maßnahmen',
      '',
      'Ort, Datum',
    ].join('\n');
    for (const format of ['text', 'markdown'] as const) {
      const contract = parseContract(text, { format });
      expect(contract.sections.map((section) => section.clauses.length)).toEqual([1, 1]);
      expect(contract.signature[0]).toBe('Anlagen');
      expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
    }
  });
});

describe('annexes', () => {
  it('takes the whole title on the heading’s line however long, and leaves an annex before it its own items', () => {
    const text = [
      '1 Gegenstand',
      '',
      '1. Der Auftragnehmer verarbeitet Daten im Auftrag.',
      '',
      'Anlage 1 – Unterauftragnehmer',
      '',
      '- Hosting GmbH, Berlin',
      '',
      'Anlage 2 – Übersicht der technischen und organisatorischen Maßnahmen des Auftragsverarbeiters gemäß Art. 32 DSGVO und ihrer Umsetzung',
      '',
      '1. Zutrittskontrolle',
      '',
      '- Videoüberwachung der Eingänge',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.annexes.map((annex) => [annex.label, annex.isTomAnnex, annex.items.length])).toEqual([
      ['Anlage 1', false, 1],
      ['Anlage 2', true, 0],
    ]);
    expect(contract.annexes[1]!.title).toMatch(/^Übersicht der technischen .* und ihrer Umsetzung$/u);
    expect(contract.toms.map((tom) => tom.text)).toEqual(['Videoüberwachung der Eingänge']);

    const english = ['Clause 1', 'Scope', '', 'The processor processes data.', '', 'ANNEX I', '', 'A. LIST OF PARTIES', '', 'Data exporter: the customer.', '', 'ANNEX II - TECHNICAL AND ORGANISATIONAL MEASURES INCLUDING TECHNICAL AND ORGANISATIONAL MEASURES TO ENSURE THE SECURITY OF THE DATA', '', '- Encryption of data at rest'].join('\n');
    const scc = parseContract(english);
    expect(scc.annexes.map((annex) => [annex.label, annex.isTomAnnex])).toEqual([
      ['ANNEX I', false],
      ['ANNEX II', true],
    ]);
    expect(scc.toms.map((tom) => tom.text)).toEqual(['Encryption of data at rest']);
  });

  it('a heading that names the measures without an annex label opens their annex, after the signatures or after another annex', () => {
    const afterAnnex = [
      '1 Gegenstand',
      '',
      '1. Der Auftragnehmer verarbeitet Daten im Auftrag.',
      '',
      'Anlage 1 – Unterauftragnehmer',
      '',
      '- Hosting GmbH, Berlin',
      '',
      'Übersicht der technischen und organisatorischen Maßnahmen des Auftragsverarbeiters gemäß Art. 32 DSGVO und ihrer Umsetzung',
      '',
      'Zutrittskontrolle',
      '',
      '- Videoüberwachung der Eingänge',
    ].join('\n');
    const contract = parseContract(afterAnnex);
    expect(contract.annexes.map((annex) => [annex.label.slice(0, 20), annex.isTomAnnex, annex.items])).toEqual([
      ['Anlage 1', false, ['Hosting GmbH, Berlin']],
      ['Übersicht der techni', true, []],
    ]);
    expect(contract.toms.map((tom) => [tom.category.title, tom.text])).toEqual([['Zutrittskontrolle', 'Videoüberwachung der Eingänge']]);
    expect(wordDifference(afterAnnex, contract)).toEqual({ missing: [], extra: [] });
  });

  it('a named annex (SECURITY EXHIBIT) is the TOM annex, and an appendix that refers to it for the measures leaves them to it', () => {
    const text = [
      '# Data Protection Addendum',
      '',
      '## 1. Security',
      '',
      'The processor implements the measures of the Security Exhibit.',
      '',
      '## 2. Term',
      '',
      'This addendum ends with the agreement.',
      '',
      '## Appendix 2 to the Standard Contractual Clauses',
      '',
      'Description of the technical and organisational security measures:',
      '',
      'The measures set forth in the Security Exhibit are incorporated into this Appendix 2 by reference.',
      '',
      '## SECURITY EXHIBIT',
      '',
      '### 1.1 Access Control.',
      '',
      '- Multi-factor authentication for administrators',
    ].join('\n');
    const contract = parseContract(text, { format: 'markdown' });
    expect(contract.annexes.map((annex) => [annex.label, annex.isTomAnnex])).toEqual([
      ['Appendix 2 to the Standard Contractual Clauses', false],
      ['SECURITY EXHIBIT', true],
    ]);
    expect(contract.toms.map((tom) => [tom.category, tom.text])).toEqual([[{ number: '1.1', title: 'Access Control' }, 'Multi-factor authentication for administrators']]);
    // Titled so as the measures, the appendix still defers to the exhibit it points to.
    const titled = parseContract(text.replace('## Appendix 2 to the Standard Contractual Clauses', '## Appendix 2: Technical and organisational measures'), { format: 'markdown' });
    expect(titled.annexes.map((annex) => annex.isTomAnnex)).toEqual([false, true]);
    // A document titled as an annex is not one.
    const own = parseContract('# Vertraglicher Anhang – Vereinbarung zur Auftragsverarbeitung\n\n## Artikel 1: Gegenstand\n\nDer Auftragsverarbeiter verarbeitet Daten.', { format: 'markdown' });
    expect([own.annexes.length, own.sections.length]).toEqual([0, 1]);
  });

  it('the line under an annex label is its title, even ending in a colon directly under it; a first lettered part or a lead-in is not', () => {
    const body = ['1. Gegenstand', '', 'Der Auftragnehmer verarbeitet Daten im Auftrag.', ''];
    const titles = (text: string, format: 'text' | 'markdown' = 'text') => parseContract(text, { format }).annexes.map((annex) => [annex.label, annex.title]);
    // The Commission's Annex I opens with its part A: the part is no title.
    const parts = [...body, 'ANNEX I', '', 'A. LIST OF PARTIES', '', 'Data exporter: the customer.', '', 'ANLAGE 2', '', 'I. Beschreibung der Verarbeitung', '', 'Die Daten der Mitarbeiter.'].join('\n');
    expect(titles(parts)).toEqual([
      ['ANNEX I', ''],
      ['ANLAGE 2', ''],
    ]);
    expect(parseContract(parts).annexes.map((annex) => annex.items[0])).toEqual(['A. LIST OF PARTIES', 'I. Beschreibung der Verarbeitung']);
    // A description ending in a colon right under the label (no blank line) is the title, in Markdown and in text.
    const described = ['## 1. Scope', '', 'The processor processes data.', '', '### Appendix 2 to the Standard Contractual Clauses', 'Description of the technical and organisational security measures implemented by the data importer in accordance with Clauses 4(d) and 5(c):', '', '- Encryption of data at rest'].join('\n');
    expect(titles(described, 'markdown')).toEqual([['Appendix 2 to the Standard Contractual Clauses', 'Description of the technical and organisational security measures implemented by the data importer in accordance with Clauses 4(d) and 5(c)']]);
    const beschrieben = [...body, 'Anlage 2', 'Beschreibung der vom Auftragsverarbeiter ergriffenen technischen und organisatorischen Maßnahmen:', '', '- Verschlüsselung der Datenträger'].join('\n');
    expect(titles(beschrieben)).toEqual([['Anlage 2', 'Beschreibung der vom Auftragsverarbeiter ergriffenen technischen und organisatorischen Maßnahmen']]);
    // A sentence that introduces the measures there stays their lead-in, which frames who implements them.
    for (const leadIn of ['The Processor has implemented the following measures:', 'Der Auftragnehmer setzt folgende Maßnahmen um:']) {
      const framed = parseContract([...body, 'Anlage 2 – Technische und organisatorische Maßnahmen', leadIn, '', '- Verschlüsselung der Datenträger'].join('\n'));
      expect([framed.annexes[0]!.title, framed.annexes[0]!.preamble]).toEqual(['Technische und organisatorische Maßnahmen', [leadIn]]);
      const untitled = parseContract([...body, 'Anlage 2', leadIn, '', '- Verschlüsselung der Datenträger'].join('\n'));
      expect(untitled.annexes[0]!.title).toBe('');
    }
  });

  it('an annex heading of a lower rank than the sections after it stays in its section', () => {
    const text = [
      '## 5. Unterauftragnehmer',
      '',
      '### Anhang A – Genehmigte Unterauftragnehmer',
      '',
      'Die Hosting GmbH betreibt die Server.',
      '',
      '## 6. Drittländer',
      '',
      'Eine Übermittlung in Drittländer findet nicht statt.',
    ].join('\n');
    const contract = parseContract(text, { format: 'markdown' });
    expect(contract.sections.map((section) => section.number)).toEqual(['5', '6']);
    expect(contract.annexes).toEqual([]);
  });
});

describe('measures', () => {
  const body = ['1. Security', '', 'The processor implements the measures of Annex 2.', ''];
  it('a paragraph that states a measure before its lead-in is a measure; the lead-in frames the list', () => {
    const english = [...body, 'ANNEX 2 – Security measures', '', 'Acme binds each sub-processor by contract to the same security requirements. You can find the list of sub-processors here:', '', '- For Acme Mail, at https://example.com/mail'].join('\n');
    const german = [...body, 'Anlage 2 – Technische und organisatorische Maßnahmen', '', 'Alle Datenträger werden vor der Entsorgung gelöscht. Die Löschung umfasst insbesondere:', '', '- Festplatten der Server'].join('\n');
    for (const [text, statement, leadIn] of [
      [english, 'Acme binds each sub-processor by contract to the same security requirements.', 'You can find the list of sub-processors here:'],
      [german, 'Alle Datenträger werden vor der Entsorgung gelöscht.', 'Die Löschung umfasst insbesondere:'],
    ] as const) {
      const contract = parseContract(text);
      expect(contract.toms[0]!.text).toBe(statement);
      expect(contract.annexes[0]!.preamble).toEqual([leadIn]);
      expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
    }
    // A description of the measures as a whole (the Commission's Annex II) is their frame, not one of them.
    const described = parseContract(
      [...body, 'ANNEX 2 – Security measures', '', 'Description of the technical and organisational measures implemented by the processor to ensure an appropriate level of security. Examples of possible measures:', '', '- Personal data is encrypted at rest with AES-256.'].join('\n'),
    );
    expect(described.toms.map((tom) => tom.text)).toEqual(['Personal data is encrypted at rest with AES-256.']);
    // A lead-in of one sentence stays a lead-in.
    expect(parseContract([...body, 'ANNEX 2 – Security measures', '', 'The processor maintains the following measures:', '', '- Encryption at rest'].join('\n')).toms.map((tom) => tom.text)).toEqual(['Encryption at rest']);
  });

  it('the measure before a lead-in keeps its own tracked changes when read from a DOCX', () => {
    const p = (runs: string) => `<w:p>${runs}</w:p>`;
    const bytes = docxPackage({
      body: [
        p(run('1. Security')),
        p(run('The processor implements the measures of Annex 2.')),
        p(run('ANNEX 2 – Security measures')),
        p(run('Acme binds each sub-processor by contract to the ') + ins(1, 'Eva', 'same ') + run('security requirements. You can find the list of sub-processors here:')),
        p(run('For Acme Mail, at the vendor page.')),
      ].join(''),
    });
    const imported = importDocx(bytes, { fileName: 'dpa.docx' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const tom = imported.contract.toms[0]!;
    expect(tom.text).toBe('Acme binds each sub-processor by contract to the same security requirements.');
    expect(tom.segments?.map((segment) => [segment.kind, segment.text])).toEqual([
      ['equal', 'Acme binds each sub-processor by contract to the '],
      ['insert', 'same '],
      ['equal', 'security requirements.'],
    ]);
  });
});
