/**
 * Property: whatever contract-like text comes in — headings, numbered and lettered
 * clauses, bullets, parties, annexes, measures, page-break splits, stray lines — every
 * word of it lands in the parsed contract, once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { wordDifference } from '../../support/words';

const words = fc.constantFrom('Der', 'Auftragnehmer', 'Auftraggeber', 'verarbeitet', 'Daten', 'the', 'processor', 'shall', 'delete', 'data', 'Kunde', 'obliegt', 'dem', 'Zugang', 'Anlage', 'Clause', '§', '1', '2.', '(a)', 'III', 'Leistung', '„Cloud“', 'und', 'oder', 'z.B.', 'Art.', '32', 'DS-GVO', '–');
const phrase = (min: number, max: number) => fc.array(words, { minLength: min, maxLength: max }).map((list) => list.join(' '));
const sentence = phrase(3, 18).map((text) => `${text}.`);

const line = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: phrase(1, 12) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), phrase(1, 6)).map(([n, title]) => `${n} ${title}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9 }), sentence).map(([n, text]) => `${n}. ${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c'), sentence).map(([n, text]) => `(${n}) ${text}`) },
  { weight: 2, arbitrary: sentence.map((text) => `- ${text}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('§', 'Clause', 'Klausel'), fc.integer({ min: 1, max: 12 }), phrase(0, 5)).map(([word, n, title]) => `${word} ${n} ${title}`.trim()) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('Anlage', 'Annex', 'Anhang'), fc.constantFrom('I', 'II', 'III', '1', 'A'), phrase(0, 6)).map(([word, n, title]) => `${word} ${n} ${title}`.trim()) },
  { weight: 1, arbitrary: fc.constantFrom('Technische und organisatorische Maßnahmen', 'Technical and organisational measures', '– Auftraggeber –', '(nachfolgend „Auftragnehmer“ genannt)', 'Kundenmenü', 'Leistung „Webhosting“', '.....', 'Ort, Datum', '9. Juni 2018', '# Titel', '## 3. Pflichten', '***') },
  { weight: 2, arbitrary: fc.constant('') },
);

describe('the parser never loses a word', () => {
  it('on random contract-like texts', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        const contract = parseContract(text);
        expect(wordDifference(text, contract)).toEqual({ missing: [], extra: [] });
      }),
      { numRuns: 400 },
    );
  });
});
