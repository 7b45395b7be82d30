/**
 * Markdown as people save it (#22), read by a CommonMark parser into the shared reader: the
 * same contract whether it comes as Markdown or as the DOCX pandoc makes of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { importDocx } from '../../../shared/docx';
import { loadText } from '../../../shared/documents/loadText';
import { parseContract } from '../../../shared/parse/parseContract';
import { docxPackage } from '../../support/docxPackage';
import { wordDifference } from '../../support/words';

const fixture = (name: string) => resolve(import.meta.dirname, '../../fixtures/markdown', name);
const markdown = (text: string) => parseContract(text, { format: 'markdown' });

/** What a reviewer sees of a contract's structure: sections with their clauses, annexes, measures. */
function structure(contract: Contract) {
  return {
    title: contract.title,
    sections: contract.sections.map((section) => [section.label, section.title, section.clauses.map((clause) => [clause.label, clause.heading, clause.text.split('\n').length])]),
    signature: contract.signature.length,
    annexes: contract.annexes.map((annex) => [annex.label, annex.title, annex.isTomAnnex, annex.items.length]),
    toms: contract.toms.map((tom) => [tom.category.title, tom.text]),
  };
}

describe('Markdown as people save it', () => {
  it('reads escaped and bold clause numbers as numbers', () => {
    const text = ['# Vertrag', '', '## § 1 Gegenstand', '', '**1.** Der Auftragnehmer verarbeitet Daten.', '', '**2.** Die Laufzeit folgt dem Hauptvertrag.', '', '## § 2 Pflichten', '', '1\\. Der Auftragnehmer befolgt Weisungen.', '', '2\\. Er meldet Verletzungen unverzüglich.'].join('\n');
    const contract = markdown(text);
    expect(contract.sections.map((section) => section.clauses.map((clause) => [clause.label, clause.text]))).toEqual([
      [
        ['1.', 'Der Auftragnehmer verarbeitet Daten.'],
        ['2.', 'Die Laufzeit folgt dem Hauptvertrag.'],
      ],
      [
        ['1.', 'Der Auftragnehmer befolgt Weisungen.'],
        ['2.', 'Er meldet Verletzungen unverzüglich.'],
      ],
    ]);
    // Numbers in sections written as numbered paragraphs, the section numbers themselves escaped.
    const english = markdown(['## 1\\. Scope', '', 'The processor processes data.', '', '## **2.** Security', '', 'The processor encrypts data.'].join('\n'));
    expect(english.sections.map((section) => [section.number, section.title])).toEqual([
      ['1', 'Scope'],
      ['2', 'Security'],
    ]);
  });

  it('joins a paragraph’s soft line breaks where a sentence runs on, and keeps lines that start an item or a label', () => {
    const text = [
      '## § 1 Pflichten',
      '',
      '(1) Der Auftragnehmer verarbeitet personenbezogene Daten ausschließlich auf',
      'dokumentierte Weisung des Auftraggebers.',
      '(2) Der Auftragnehmer gewährleistet, dass die zur Verarbeitung befugten Personen',
      'sich zur Vertraulichkeit verpflichtet haben.',
      '',
      '## § 2 Kontakt',
      '',
      '**Datenschutzbeauftragter:** Erika Muster',
      '**Telefon:** 030 123456',
    ].join('\n');
    const contract = markdown(text);
    expect(contract.sections[0]!.clauses.map((clause) => clause.text)).toEqual([
      'Der Auftragnehmer verarbeitet personenbezogene Daten ausschließlich auf dokumentierte Weisung des Auftraggebers.',
      'Der Auftragnehmer gewährleistet, dass die zur Verarbeitung befugten Personen sich zur Vertraulichkeit verpflichtet haben.',
    ]);
    expect(contract.sections[1]!.clauses.map((clause) => clause.text)).toEqual(['Datenschutzbeauftragter: Erika Muster', 'Telefon: 030 123456']);
    expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
  });

  it('keeps the lines of a paragraph broken by hand (two spaces, a backslash, <br>) in one clause, in Markdown and DOCX', () => {
    const german = ['## 5. Unterauftragnehmer', '', 'Der Auftraggeber genehmigt die Hosting GmbH.', '', 'Funktion: Hosting  ', 'Garantie: EU-Standardvertragsklauseln', '', 'Änderungen werden mitgeteilt.'].join('\n');
    const english = ['## 3. Contact', '', 'Privacy Officer\\', 'Acme Ltd.<br>', '1 Main Street', '', '- Reachable by e-mail', '- Reachable by phone'].join('\n');
    expect(markdown(german).sections[0]!.clauses.map((clause) => clause.text)).toEqual([
      'Der Auftraggeber genehmigt die Hosting GmbH.',
      'Funktion: Hosting\nGarantie: EU-Standardvertragsklauseln',
      'Änderungen werden mitgeteilt.',
    ]);
    expect(markdown(english).sections[0]!.clauses.map((clause) => clause.text)).toEqual(['Privacy Officer\nAcme Ltd.\n1 Main Street', '- Reachable by e-mail', '- Reachable by phone']);
    // `<br>` is markup, not a word of the text.
    for (const text of [german, english]) expect(wordDifference(text.replace('<br>', ''), markdown(text))).toEqual({ missing: [], extra: [] });
    // Word's manual line break (Shift+Enter) reads the same.
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body = [
      '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + run('5. Unterauftragnehmer') + '</w:p>',
      '<w:p>' + run('Der Auftraggeber genehmigt die Hosting GmbH.') + '</w:p>',
      '<w:p>' + run('Funktion: Hosting') + '<w:r><w:br/></w:r>' + run('Garantie: EU-Standardvertragsklauseln') + '</w:p>',
      '<w:p>' + run('Änderungen werden mitgeteilt.') + '</w:p>',
    ].join('');
    const styles = '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>';
    const imported = importDocx(docxPackage({ body, styles }), { fileName: 'avv.docx' });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.contract.sections[0]!.clauses.map((clause) => clause.text)).toEqual(markdown(german).sections[0]!.clauses.map((clause) => clause.text));
  });

  it('takes the title from YAML front matter and keeps a list of parties before clause 1 out of the sections', () => {
    const text = ['---', 'title: "Data Processing Addendum"', 'sidebar_position: 3', '---', '', 'Between', '', '- Acme Ltd. (the "Processor"), and', '- the Customer (the "Controller").', '', '## 1. Scope', '', 'The Processor processes data for the Controller.'].join('\n');
    const contract = markdown(text);
    expect(contract.title).toBe('Data Processing Addendum');
    expect(contract.sections.map((section) => [section.number, section.clauses.length])).toEqual([['1', 1]]);
    expect(contract.parties.map((party) => [party.role, party.name])).toEqual([['provider', 'Acme Ltd.'], ['customer', 'the Customer']]);
    expect(contract.preamble.join(' ')).not.toContain('sidebar_position');
  });

  it('reads a table as one clause in the body, and as a measure per row in the TOM annex', () => {
    const text = [
      '## 1. Unterauftragnehmer',
      '',
      '| Unternehmen | Sitz |',
      '|---|---|',
      '| Hosting GmbH | Berlin |',
      '| Mail AG | Hamburg |',
      '',
      '## Anlage 1 – Technische und organisatorische Maßnahmen',
      '',
      'Der Auftragnehmer setzt folgende Maßnahmen um:',
      '',
      '| Kontrollbereich | Maßnahme |',
      '|---|---|',
      '| Zutrittskontrolle | Videoüberwachung der Eingänge |',
      '| Zugangskontrolle | Berechtigungskonzept |',
    ].join('\n');
    const contract = markdown(text);
    expect(contract.sections[0]!.clauses).toHaveLength(1);
    expect(contract.sections[0]!.clauses[0]!.text.split('\n')).toEqual(['Unternehmen', 'Sitz', 'Hosting GmbH', 'Berlin', 'Mail AG', 'Hamburg']);
    expect(contract.toms.map((tom) => [tom.category.title, tom.text])).toEqual([
      ['Zutrittskontrolle', 'Videoüberwachung der Eingänge'],
      ['Zugangskontrolle', 'Berechtigungskonzept'],
    ]);
    // Two columns without a named category column: the left cell is the category.
    const english = markdown(['## Annex 2 – Security Measures', '', '| Measure | Applicable Details |', '|---|---|', '| Measures of encryption | Data is encrypted at rest. |'].join('\n'));
    expect(english.toms.map((tom) => [tom.category.title, tom.text])).toEqual([['Measures of encryption', 'Data is encrypted at rest.']]);
  });

  it('keeps the annex title on the bold line under the annex label', () => {
    const text = ['## 1. Scope', '', 'The processor processes data.', '', '## Exhibit C', '', '**Description of the Technical and Organisational Security Measures implemented by the Data Importer**', '', 'The Processor maintains the following measures:', '', '- Encryption of all backups'].join('\n');
    const contract = markdown(text);
    expect(contract.annexes).toMatchObject([{ label: 'Exhibit C', title: 'Description of the Technical and Organisational Security Measures implemented by the Data Importer', isTomAnnex: true }]);
    expect(contract.toms.map((tom) => tom.text)).toEqual(['Encryption of all backups']);
  });

  it('is what the app opens for a .md file', () => {
    const loaded = loadText(readFileSync(fixture('avv-saved-de.md')), 'avv-saved-de.md', 'markdown', '2025-03-01T00:00:00.000Z');
    if (!loaded.ok) throw new Error(loaded.error.code);
    expect(loaded.review.contract.sections[0]!.clauses.map((clause) => clause.label)).toEqual(['1.', '2.']);
  });
});

describe('the same DPA as Markdown and as DOCX', () => {
  for (const [name, sections, annexes, toms] of [
    ['dpa-saved-en', 4, 3, 4],
    ['avv-saved-de', 4, 2, 4],
  ] as const) {
    it(`${name}: reads alike from both`, () => {
      const fromMarkdown = markdown(readFileSync(fixture(`${name}.md`), 'utf8'));
      const imported = importDocx(new Uint8Array(readFileSync(fixture(`${name}.docx`))), { fileName: `${name}.docx` });
      if (!imported.ok) throw new Error(JSON.stringify(imported.error));
      const fromDocx = imported.contract;
      expect([fromMarkdown.sections.length, fromMarkdown.annexes.length, fromMarkdown.toms.length]).toEqual([sections, annexes, toms]);
      // pandoc writes typographic quotes; the structure is the same.
      const plain = (contract: Contract) => JSON.parse(JSON.stringify(structure(contract)).replace(/[“”]/gu, '\\"')) as unknown;
      expect(plain(fromDocx)).toEqual(plain(fromMarkdown));
    });
  }
});

describe('a page of measures appended without an annex label', () => {
  it('is the TOM annex, not part of the signature block', () => {
    const text = readFileSync(fixture('avv-tom-page-de.txt'), 'utf8');
    const contract = parseContract(text);
    expect(contract.annexes.map((annex) => [annex.label, annex.isTomAnnex])).toEqual([['Technische und organisatorische Maßnahmen', true]]);
    expect(contract.toms.map((tom) => [tom.category.title, tom.text])).toEqual([
      ['Zutrittskontrolle', 'Videoüberwachung der Eingänge'],
      ['Zutrittskontrolle', 'Besucherbuch am Empfang'],
      ['Zugangskontrolle', 'Berechtigungskonzept'],
      ['Zugangskontrolle', 'Sperre nach fünf Fehlversuchen'],
    ]);
    expect(contract.signature.join(' ')).not.toMatch(/Maßnahmen|Videoüberwachung/u);
    expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
    // The same page as a Markdown heading of the sections' rank, after the signatures.
    const fromMarkdown = markdown(
      ['# 1. Gegenstand', '', 'Der Auftragnehmer verarbeitet Daten im Auftrag.', '', '# 2. Schluss', '', 'Änderungen bedürfen der Textform.', '', 'Ort, Datum', '', '# Technische und organisatorische Maßnahmen', '', '- Videoüberwachung der Eingänge'].join('\n'),
    );
    expect(fromMarkdown.annexes.map((annex) => [annex.label, annex.isTomAnnex])).toEqual([['Technische und organisatorische Maßnahmen', true]]);
    expect(fromMarkdown.toms.map((tom) => tom.text)).toEqual(['Videoüberwachung der Eingänge']);
  });
});
