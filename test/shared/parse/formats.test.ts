import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { decodeText } from '../../../shared/text/decode';
import { wordDifference } from '../../support/words';

describe('contracts written in other ways', () => {
  it('reads § headings, (1) sub-clauses and a party block with role lines in parentheses', () => {
    const text = [
      'Auftragsverarbeitungsvertrag',
      '',
      'Muster AG',
      'Hauptstraße 1',
      '10115 Berlin',
      '(nachfolgend „Auftraggeber“ genannt)',
      '',
      'Cloud Beispiel GmbH',
      'Nebenweg 2',
      '20095 Hamburg',
      '(nachfolgend „Auftragnehmer“ genannt)',
      '',
      '§ 1 Gegenstand',
      '',
      '(1) Der Auftragnehmer verarbeitet Daten im Auftrag.',
      '(2) Die Laufzeit richtet sich nach dem Hauptvertrag.',
      '',
      '§ 2 Pflichten',
      '',
      '(1) Der Auftragnehmer stellt sicher, dass Weisungen befolgt werden.',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.title).toBe('Auftragsverarbeitungsvertrag');
    expect(contract.parties.map((party) => [party.role, party.name, party.address])).toEqual([
      ['customer', 'Muster AG', ['Hauptstraße 1', '10115 Berlin']],
      ['provider', 'Cloud Beispiel GmbH', ['Nebenweg 2', '20095 Hamburg']],
    ]);
    expect(contract.sections.map((section) => [section.label, section.title, section.clauses.map((c) => c.label)])).toEqual([
      ['§ 1', 'Gegenstand', ['(1)', '(2)']],
      ['§ 2', 'Pflichten', ['(1)']],
    ]);
    expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
  });

  it('reads Markdown headings, emphasis and list markers', () => {
    const text = [
      '# Data Processing Agreement',
      '',
      '## 1. Subject matter',
      '',
      'The **processor** processes personal data on behalf of the controller.',
      '',
      '## 2. Security',
      '',
      '* The processor shall encrypt data at rest.',
      '* The processor shall log administrative access.',
      '',
      '## Annex 1: Technical and organisational measures',
      '',
      '### 1 Access control',
      '',
      '- Two-factor authentication for administrators',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.title).toBe('Data Processing Agreement');
    expect(contract.sections.map((section) => [section.number, section.title, section.clauses.length])).toEqual([
      ['1', 'Subject matter', 1],
      ['2', 'Security', 2],
    ]);
    expect(contract.sections[1]!.clauses[0]!.text).toBe('- The processor shall encrypt data at rest.');
    expect(contract.annexes[0]).toMatchObject({ label: 'Annex 1', title: 'Technical and organisational measures', isTomAnnex: true });
    expect(contract.toms).toHaveLength(1);
    expect(contract.toms[0]).toMatchObject({ category: { number: '1', title: 'Access control' }, text: 'Two-factor authentication for administrators' });
  });

  it('finds the measures in an annex whose title does not name them, by their Art. 32 categories', () => {
    const contract = (annexTitle: string, other = 'Anlage 2\n\nUnterauftragnehmer\n\n- Hosting GmbH, Berlin') =>
      parseContract(
        [
          'Auftragsverarbeitungsvertrag',
          '',
          '1 Gegenstand',
          '',
          '1. Der Auftragnehmer verarbeitet Daten im Auftrag des Auftraggebers.',
          '',
          'Anlage 1',
          '',
          annexTitle,
          '',
          'Der Auftragnehmer setzt die folgenden Maßnahmen um:',
          '',
          '1 Vertraulichkeit: Zutrittskontrolle',
          '',
          '- elektronisches Zutrittskontrollsystem',
          '',
          '2 Vertraulichkeit: Zugangskontrolle',
          '',
          '- Zwei-Faktor-Anmeldung für Administratoren',
          '',
          other,
        ].join('\n'),
      );
    const reworded = contract('Datensicherheit beim Auftragnehmer');
    expect(reworded.annexes.map((annex) => [annex.label, annex.isTomAnnex])).toEqual([
      ['Anlage 1', true],
      ['Anlage 2', false],
    ]);
    expect(reworded.toms.map((tom) => [tom.category.title, tom.text])).toEqual([
      ['Vertraulichkeit: Zutrittskontrolle', 'elektronisches Zutrittskontrollsystem'],
      ['Vertraulichkeit: Zugangskontrolle', 'Zwei-Faktor-Anmeldung für Administratoren'],
    ]);
    // An annex titled as the measures is theirs; another is not taken besides it for its contents.
    const titled = contract('Datensicherheit beim Auftragnehmer', 'Anlage 2\n\nTechnische und organisatorische Maßnahmen\n\n- Verschlüsselung der Datenträger');
    expect(titled.annexes.map((annex) => annex.isTomAnnex)).toEqual([false, true]);
    // A list of sub-processors is no annex of measures.
    const plain = parseContract('Vertrag\n\n1 Gegenstand\n\n1. Text des Vertrags.\n\nAnlage 1\n\nUnterauftragnehmer\n\n- Hosting GmbH, Berlin\n- Mail AG, Hamburg');
    expect(plain.annexes.map((annex) => annex.isTomAnnex)).toEqual([false]);
    expect(plain.toms).toEqual([]);
  });

  it('joins hard-wrapped lines into one paragraph and keeps list items apart', () => {
    const text = [
      'Clause 1',
      'Scope',
      '',
      '(a) The processor shall process the personal data only on documented',
      'instructions from the controller, including with regard to transfers of',
      'personal data to a third country.',
      '(b) The processor shall keep a record of all categories of processing.',
      '',
      'Clause 2',
      'Term',
      '',
      'This agreement ends with the main agreement between the parties.',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.sections[0]!.clauses.map((clause) => clause.text)).toEqual([
      'The processor shall process the personal data only on documented instructions from the controller, including with regard to transfers of personal data to a third country.',
      'The processor shall keep a record of all categories of processing.',
    ]);
    expect(contract.sections[1]).toMatchObject({ label: 'Clause 2', title: 'Term' });
  });

  it('does not take a date or a short numbered clause for a section heading', () => {
    const text = [
      'Vertrag',
      '',
      '1. März 2024',
      '',
      '1 Gegenstand',
      '',
      '1. Regelung eins.',
      '2. Regelung zwei.',
      '3. Sonstiges',
      '',
      '2 Dauer',
      '',
      '1. Der Vertrag läuft unbefristet.',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.date).toBe('1. März 2024');
    expect(contract.sections.map((section) => [section.number, section.clauses.length])).toEqual([
      ['1', 3],
      ['2', 1],
    ]);
  });

  it('repairs a paragraph split by a page break but never joins a heading to text', () => {
    const text = [
      '1 Pflichten',
      '',
      '1. Der Auftragnehmer verpflichtet sich, die ihm überlassenen Daten nur im Rahmen der',
      '',
      'Weisungen des Auftraggebers zu verarbeiten und sie nach Vertragsende zu löschen.',
      '2. Der Auftragnehmer informiert den Auftraggeber unverzüglich',
      '',
      '2 Kontrollen',
      '',
      '1. Der Auftraggeber darf Kontrollen durchführen.',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.sections.map((section) => section.title)).toEqual(['Pflichten', 'Kontrollen']);
    expect(contract.sections[0]!.clauses[0]!.text).toBe(
      'Der Auftragnehmer verpflichtet sich, die ihm überlassenen Daten nur im Rahmen der Weisungen des Auftraggebers zu verarbeiten und sie nach Vertragsende zu löschen.',
    );
    expect(contract.sections[0]!.clauses[1]!.text).toBe('Der Auftragnehmer informiert den Auftraggeber unverzüglich');
  });

  it('finds an annex of measures that has no number (`Anlage: Technische und organisatorische Maßnahmen`)', () => {
    const text = [
      '§ 1 Gegenstand',
      '',
      '(1) Der Auftragnehmer verarbeitet Daten im Auftrag.',
      '',
      'Anlage: Technische und organisatorische Maßnahmen',
      '',
      'Der Auftragnehmer setzt folgende Maßnahmen um:',
      '',
      '1. Zutrittskontrolle',
      '',
      '- Alarmanlage',
      '',
      '2. Zugangskontrolle',
      '',
      '- Der Auftraggeber vergibt die Passwörter seiner Nutzer selbst.',
    ].join('\n');
    const contract = parseContract(text);
    expect(contract.annexes).toMatchObject([{ label: 'Anlage', number: '', title: 'Technische und organisatorische Maßnahmen', isTomAnnex: true }]);
    expect(contract.toms.map((tom) => [tom.category.title, tom.responsibility.party])).toEqual([
      ['Zutrittskontrolle', 'provider'],
      ['Zugangskontrolle', 'customer'],
    ]);
    expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
  });

  it('treats a form feed as a page break and CRLF line ends like LF', () => {
    const text = '1 Gegenstand\r\n\r\n1. Erste Regel.\r\n\f2 Dauer\r\n\r\n1. Zweite Regel.\r\n';
    expect(parseContract(text).sections.map((section) => section.title)).toEqual(['Gegenstand', 'Dauer']);
  });
});

describe('decoding text files', () => {
  it('reads Windows-1252 text (umlauts, ß, euro sign) when it is not valid UTF-8', () => {
    const bytes = new Uint8Array([0x53, 0xe4, 0x67, 0x65, 0x6d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x73, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Sägemüllerstraße €', encoding: 'windows-1252' });
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with its mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa4]))).toMatchObject({ ok: true, text: 'ä', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xe4, 0x00]))).toMatchObject({ ok: true, text: 'ä', encoding: 'utf-16le' });
  });

  it('refuses binary data', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]))).toEqual({ ok: false });
  });

  it('refuses text of which more than one in a hundred characters are control characters, but not tabs, line and form feeds', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const words = 'Der Auftragnehmer verarbeitet die Daten. '.repeat(5);
    expect(decodeText(encode(`${words}\u0001\u0002\u001b\u0007\u000b${words}`))).toEqual({ ok: false });
    expect(decodeText(encode(`${words}\u0001${words}`))).toMatchObject({ ok: true });
    expect(decodeText(encode(`${words}\t\f\r\n`.repeat(20)))).toMatchObject({ ok: true });
  });
});
