import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { FIXTURE_NAMES, readFixture } from '../../support/files';
import { wordDifference } from '../../support/words';

describe('the EU standard contractual clauses (2021/915)', () => {
  for (const [name, language, titles] of [
    ['dpa-eu-scc-2021-915-en.txt', 'en', ['Purpose and scope', 'Docking clause', 'Obligations of the Parties', 'Notification of personal data breach']],
    ['dpa-eu-scc-2021-915-de.txt', 'de', ['Zweck und Anwendungsbereich', 'Kopplungsklausel', 'Pflichten der Parteien', 'Meldung von Verletzungen des Schutzes personenbezogener Daten']],
  ] as const) {
    const contract = parseContract(readFixture(name));

    it(`${language}: has clauses 1 to 10 with their lettered or numbered sub-clauses`, () => {
      expect(contract.language).toBe(language);
      expect(contract.sections.map((section) => section.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(contract.sections.map((section) => section.clauses.length)).toEqual([6, 2, 3, 1, 3, 1, 8, 4, 3, 4]);
      const byNumber = (n: string) => contract.sections.find((section) => section.number === n)!.title;
      expect([byNumber('1'), byNumber('5'), byNumber('7'), byNumber('9')]).toEqual(titles);
    });

    it(`${language}: reads Clause 7 as 7.1–7.8 with their headings and keeps (a), (b) inside`, () => {
      const clause7 = contract.sections[6]!.clauses;
      expect(clause7.map((clause) => clause.number)).toEqual(['7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', '7.8']);
      expect(clause7.every((clause) => clause.heading !== null)).toBe(true);
      expect(clause7[0]!.text.split('\n').map((line) => line.slice(0, 3))).toEqual([language === 'en' ? '(a)' : 'a) ', language === 'en' ? '(b)' : 'b) ']);
    });

    it(`${language}: groups the clauses under their sections (parts) and finds annexes I to IV`, () => {
      expect(contract.sections[0]!.parts).toEqual([language === 'en' ? 'SECTION I' : 'ABSCHNITT I']);
      expect(contract.sections[5]!.parts[0]).toMatch(language === 'en' ? /^SECTION II – OBLIGATIONS/u : /^ABSCHNITT II – PFLICHTEN/u);
      expect(contract.annexes.map((annex) => annex.number)).toEqual(['I', 'II', 'III', 'IV']);
      expect(contract.annexes.map((annex) => annex.isTomAnnex)).toEqual([false, false, true, false]);
    });

    it(`${language}: keeps the clause 9 paragraph that precedes 9.1 as a clause of its own`, () => {
      const clause9 = contract.sections[8]!.clauses;
      expect(clause9.map((clause) => clause.number)).toEqual([null, '9.1', '9.2']);
    });
  }
});

describe('a processor addendum with unnumbered headings', () => {
  const contract = parseContract(readFixture('dpa-processor-addendum-en.txt'));
  const titled = (title: string) => contract.sections.find((section) => section.title === title)!;

  it('makes each heading that is followed by text a section, and the headings above it its parts', () => {
    expect(contract.sections[0]).toMatchObject({ title: 'Processor Activities', parts: ['Operational Details', 'Processing Summary'] });
    expect(titled('Appointing Subprocessors').parts).toEqual(['Subprocessing']);
    expect(contract.sections.length).toBeGreaterThan(40);
  });

  it('reads numbered items under a heading as clauses, with nested items kept inside', () => {
    const compliant = titled('Compliant Processing').clauses;
    expect(compliant.map((clause) => clause.number)).toEqual([null, '1', '2']);
    expect(compliant[0]!.text).toBe('Processor and each Subprocessor agree to:');
    expect(titled('Definitions').clauses).toHaveLength(14);
    expect(titled('Subprocessor Requirements').clauses[2]!.text).toContain('\n1. requiring at least the same level of protection');
  });

  it('uses the file name as the title when the text has none', () => {
    expect(parseContract(readFixture('dpa-processor-addendum-en.txt'), { fileName: '/tmp/addendum.md' }).title).toBe('addendum');
  });
});

describe('every fixture', () => {
  it.each(FIXTURE_NAMES)('%s: no word is lost', (name) => {
    const text = readFixture(name);
    expect(wordDifference(text, parseContract(text))).toEqual({ missing: [], extra: [] });
  });
});
