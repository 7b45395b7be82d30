import { describe, expect, it } from 'vitest';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { readTemplate } from '../../support/files';
import { wordDifference } from '../../support/words';

const text = readTemplate();
const contract: Contract = parseContract(text);
const section = (number: string) => contract.sections.find((candidate) => candidate.number === number)!;

describe('the AVV template', () => {
  it('has the title, the date and both parties with their addresses', () => {
    expect(contract.title).toBe('Vertrag zur Auftragsdatenverarbeitung');
    expect(contract.date).toBe('9. Juni 2018');
    expect(contract.language).toBe('de');
    expect(contract.parties).toEqual([
      {
        role: 'customer',
        roleLabel: 'Auftraggeber',
        roleLine: '– Auftraggeber –',
        name: 'Thorsten Wolske',
        address: ['Sägemüllerstraße 56', '38678 Clausthal-Zellerfeld', 'Kd-Nr. 203523'],
      },
      {
        role: 'provider',
        roleLabel: 'Auftragnehmer',
        roleLine: '– Auftragnehmer –',
        name: 'TrafficPlex GmbH',
        address: ['Konsul-Smidt-Str. 90', '28217 Bremen'],
      },
    ]);
  });

  it('has sections 1 to 11 with 4, 4, 3, 3, 8, 2, 5, 2, 2, 4, 2 clauses', () => {
    expect(contract.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(contract.sections.map((s) => s.clauses.length)).toEqual([4, 4, 3, 3, 8, 2, 5, 2, 2, 4, 2]);
    expect(section('3').title).toBe('Technisch-organisatorische Maßnahmen nach Art. 32 DS-GVO (Art.28 Abs.3 Satz 2 lit.c DS-GVO)');
    expect(section('10').title).toBe('Löschung und Rückgabe von personenbezogenen Daten');
  });

  it('numbers sub-clauses and keeps their bullets and follow-on paragraphs', () => {
    const first = section('1').clauses[0]!;
    expect(first.number).toBe('1');
    expect(first.label).toBe('1.');
    expect(first.text.split('\n')).toEqual([
      expect.stringMatching(/^Gegenstand und Dauer des Auftrags bestimmen sich .* Hauptvertragsverhältnisse:$/u),
      '- Webhosting-Dienstleistung (Shared Hosting u. Managed Hosting)',
      '- E-Mail-Dienstleistungen',
      '- Cloud-VPS',
      expect.stringMatching(/^Der Auftragnehmer verarbeitet dabei personenbezogene Daten/u),
    ]);
    expect(section('2').clauses[1]!.text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
  });

  it('makes each paragraph and each bullet a clause in a section without numbered sub-clauses', () => {
    const clauses = section('5').clauses;
    expect(clauses.map((clause) => clause.kind)).toEqual(['paragraph', ...Array<string>(7).fill('bullet')]);
    expect(clauses.every((clause) => clause.number === null)).toBe(true);
    expect(clauses[1]!.text).toMatch(/^- Die Bestellung eines Datenschutzbeauftragten/u);
  });

  it('repairs the three page-break splits in the body', () => {
    expect(section('3').clauses[2]!.text).toContain('das Sicherheitsniveau der festgelegten Maßnahmen nicht unterschritten werden. Wesentliche Änderungen');
    expect(section('5').clauses[5]!.text).toContain('eines Dritten oder einem anderen Anspruch im Zusammenhang');
    expect(section('7').clauses[2]!.text).toContain('unabhängiger Instanzen (z.B. Wirtschaftsprüfer, Revision');
    expect(section('7').clauses.map((clause) => clause.number)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps the place, date and signature lines apart from §11', () => {
    expect(section('11').clauses.map((clause) => clause.text)).toEqual([
      'Es gilt das Recht der Bundesrepublik Deutschland.',
      'Die Parteien vereinbaren als Gerichtsstand den Sitz des für Bremen zuständigen Gerichts.',
    ]);
    expect(contract.signature).toEqual(['Bremen, 9. Juni 2018', '.....', 'Auftraggeber, Ort, Datum', '.....', 'Auftragnehmer, Ort, Datum']);
  });

  it('has Anlage I with 4 items, Anlage II with 3 and Anlage III as the TOM annex', () => {
    expect(contract.annexes.map((annex) => [annex.label, annex.title, annex.items.length, annex.isTomAnnex])).toEqual([
      ['Anlage I', 'Daten-Typen', 4, false],
      ['Anlage II', 'Betroffene', 3, false],
      ['Anlage III', 'Technische und organisatorische Maßnahmen', 0, true],
    ]);
    expect(contract.annexes[0]!.items).toEqual(['Personenstammdaten', 'Kommunikationsdaten', 'Vertragsstammdaten', 'Protokolldaten']);
    expect(contract.annexes[2]!.preamble).toEqual([
      'Die folgenden technischen und organisatorischen Maßnahmen (kurz TOMs) werden vom Auftragnehmer umgesetzt:',
    ]);
  });

  it('has 67 measures in 11 categories', () => {
    expect(contract.toms).toHaveLength(67);
    const categories = new Map<string, number>();
    for (const tom of contract.toms) {
      const key = `${tom.category.number} ${tom.category.title}`;
      categories.set(key, (categories.get(key) ?? 0) + 1);
    }
    expect([...categories]).toEqual([
      ['1 Vertraulichkeit: Zutrittskontrolle', 8],
      ['2 Vertraulichkeit: Zugangskontrolle', 15],
      ['3 Vertraulichkeit: Zugriffskontrolle', 4],
      ['4 Vertraulichkeit: Datenträgerkontrolle', 1],
      ['5 Vertraulichkeit: Trennungskontrolle', 5],
      ['6 Vertraulichkeit: Pseudonymisierung', 1],
      ['7 Integrität: Weitergabekontrolle', 3],
      ['8 Integrität: Eingabekontrolle', 3],
      ['9 Verfügbarkeit und Belastbarkeit: Verfügbarkeitskontrolle', 21],
      ['10 Verfügbarkeit und Belastbarkeit: Rasche Wiederherstellbarkeit', 4],
      ['11 Verfahren zur regelmäßigen Überprüfung, Bewertung und Evaluierung', 2],
    ]);
  });

  it('reads service and site headings, also when a measure shares their line', () => {
    const byText = (start: string) => contract.toms.find((tom) => tom.text.startsWith(start))!;
    expect(byText('elektronisches Zutrittskontrollsystem').services).toEqual(['Telehouse Frankfurt, Main (Rechenzentrum)']);
    expect(byText('Manuelle Schließanlage').services).toEqual(['Bremen (Büro)']);
    expect(byText('Das Passwort für das Kundenmenü').services).toEqual(['Kundenmenü']);
    expect(byText('Standardmäßige Deaktivierung').services).toEqual(['Cloud-VPS']);
    expect(byText('Die Zugriffskontrolle liegt')).toMatchObject({ services: ['Cloud-VPS'], serviceHeading: 'Leistung „Cloud-VPS“' });
    expect(byText('Die Trennungskontrolle ist vom Auftragnehmer')).toMatchObject({ services: ['Cloud-VPS'], serviceHeading: 'Hauptauftrag „Cloud-VPS“' });
    expect(byText('Die Daten werden physisch oder logisch getrennt').services).toEqual(['Webhosting', 'E-Mail']);
    expect(byText('Die Eingabekontrolle obliegt').services).toEqual(['Cloud-VPS', 'Webhosting', 'E-Mail']);
    expect(byText('Der Auftragnehmer hält interne Prozesse').services).toEqual(['Kundenmenü']);
    expect(byText('Für interne Verwaltungs- und Administrationssysteme').services).toEqual([]);
  });

  it('repairs the page-break split in Anlage III 7 and keeps bullets that follow a blank line apart', () => {
    const transfer = contract.toms.filter((tom) => tom.category.number === '7');
    expect(transfer).toHaveLength(3);
    expect(transfer[1]!.text).toContain('Sofern eine vorzeitige Löschung von Daten in Archiv- und Recovery-Systemen nicht zumutbar ist');
    const cloud = contract.toms.filter((tom) => tom.category.number === '2' && tom.services.includes('Cloud-VPS'));
    expect(cloud.map((tom) => tom.text.slice(0, 30))).toEqual([
      'Standardmäßige Deaktivierung v',
      'Der Auftraggeber kann auf Wuns',
      'Für die Zugangskontrolle für a',
    ]);
  });

  it('loses no word of the contract', () => {
    expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
  });
});
