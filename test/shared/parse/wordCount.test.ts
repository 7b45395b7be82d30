import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../shared/parse/units';

/** Words as the layout first counted them: the text split at spaces, the parts with a letter or digit. */
const splitCount = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('wordCount', () => {
  it('counts the words a split at spaces finds, up to the number asked for', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab9ß –-.,\n\t\u00a0'.split('')), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (sample, atMost) => {
        expect(wordCount(sample)).toBe(splitCount(sample));
        expect(wordCount(sample, atMost)).toBe(Math.min(splitCount(sample), atMost));
      }),
      { numRuns: 2000 },
    );
    expect(wordCount('Der Auftragnehmer – informiert den Kunden. 2026', 3)).toBe(3);
    expect(wordCount(' – . ')).toBe(0);
  });
});
