import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY, unicodeBoundaries, WORD_START } from '../../../shared/checklist/boundaries';
import { checklistItems } from '../../../shared/checklist/wording';
import type { Entry } from '../../../shared/checklist/items';
import { passagesOf } from '../../../shared/checklist/passages';
import { parseContract } from '../../../shared/parse/parseContract';
import { latinSource } from '../../../shared/text/latin';
import { readFixture, readTemplate } from '../../support/files';

/** Every pattern the checklist tries. */
function allPatterns(): RegExp[] {
  const terms = (entries: readonly Entry[]) =>
    entries.flat().flatMap((term) => {
      if (term instanceof RegExp) return [term];
      if ('together' in term) return [...term.together, ...(term.unless ? [term.unless] : [])];
      if ('leadIn' in term) return [term.leadIn];
      return 'context' in term ? [term.context] : [];
    });
  return checklistItems().flatMap((rule) => [
    ...rule.aspects.flatMap((aspect) => [...terms(aspect.wording), ...terms(aspect.partial ?? []), ...terms(aspect.completedBy ?? [])]),
    ...terms(rule.partial ?? []),
    rule.topic,
    ...(rule.coupling ? [rule.coupling] : []),
  ]);
}

/** `pattern` with every boundary in its two-sided form: what `\b` stood for before word starts were told apart. */
function twoSided(pattern: RegExp): RegExp {
  const start = latinSource(WORD_START);
  const both = latinSource(BOUNDARY);
  const source = pattern.source.replaceAll(both, '\u0000').replaceAll(start, both).replaceAll('\u0000', both);
  return new RegExp(source, pattern.flags);
}

const label = (source: string) => unicodeBoundaries(source).replaceAll(BOUNDARY, '‹b›').replaceAll(WORD_START, '‹start›');

describe('word boundaries of the checklist’s wording', () => {
  it.each([
    ['\\bWeisung\\b', '‹start›Weisung‹b›'],
    ['\\b(?:Dauer|Laufzeit)\\b', '‹start›(?:Dauer|Laufzeit)‹b›'],
    ['\\b(?:the )?(?:Kunde|customer)s?', '‹start›(?:the )?(?:Kunde|customer)s?'],
    ['\\b[Vv]erarbeitung', '‹start›[Vv]erarbeitung'],
    ['\\b(?:Art\\.?\\s*32|32 DS-GVO)', '‹start›(?:Art\\.?\\s*32|32 DS-GVO)'],
    ['\\b(?:a|\\s)x', '‹b›(?:a|\\s)x'],
    ['\\b(?:der )?', '‹b›(?:der )?'],
    ['\\b(?=x)x', '‹b›(?=x)x'],
    ['\\b[^a]x', '‹b›[^a]x'],
    ['[\\b]x', '[\\b]x'],
    ['a\\\\b', 'a\\\\b'],
  ])('%s reads as %s', (source, expected) => {
    expect(label(source)).toBe(expected);
  });

  it('uses the one-sided form where a word starts, in most of the wording', () => {
    const patterns = allPatterns();
    const oneSided = patterns.filter((pattern) => pattern.source.startsWith(latinSource(WORD_START)));
    expect(oneSided.length).toBeGreaterThan(patterns.length * 0.8);
  });

  it('finds exactly what the two-sided boundaries find, in whole contracts and in any text made of their words', () => {
    const sentences = [readTemplate(), readFixture('dpa-eu-scc-2021-915-de.txt'), readFixture('dpa-eu-scc-2021-915-en.txt'), readFixture('dpa-processor-addendum-en.txt')]
      .flatMap((text) => passagesOf(parseContract(text)))
      .flatMap((passage) => passage.sentences.map((sentence) => sentence.text));
    const patterns = allPatterns().map((pattern) => [pattern, twoSided(pattern)] as const);
    expect(patterns.some(([pattern, reference]) => pattern.source !== reference.source)).toBe(true);
    const found = (pattern: RegExp, text: string) => {
      pattern.lastIndex = 0;
      const match = pattern.exec(text);
      return match ? [match.index, match[0]] : null;
    };
    for (const sentence of sentences) for (const [pattern, reference] of patterns) expect(found(pattern, sentence), pattern.source).toEqual(found(reference, sentence));

    const words = ['Weisung', 'Weisungen', 'Art.', '32', 'DS-GVO', 'Kunde', 'customer', 'the', 'der', 'Unterauftragsverarbeiter', 'sub-processor', 'Dauer', 'Audit', 'ä', 'ß', '1', 'x'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '', '-', '.', 'ü', '2')), { maxLength: 8 }).map((parts) => parts.map(([word, gap]) => word + gap).join(''));
    fc.assert(
      fc.property(text, (sample) => {
        for (const [pattern, reference] of patterns) expect(found(pattern, sample)).toEqual(found(reference, sample));
      }),
      { numRuns: 300 },
    );
    // Every pattern twice over four contracts and 300 samples: seconds on a busy machine.
  }, 30_000);
});
