import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../shared/text/allMatches';

const PATTERNS = [/\p{Lu}\p{Ll}+/gu, /(?<word>\p{L}*)/gu, /x?/g, /(?=a)|b/gu, /\s+|,/gdu];

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and astral characters included, and leaves the pattern reusable', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.array(fc.constantFrom('a', 'b', 'x', 'Ä', 'ä', ' ', ',', '𝔸', '😀', 'Der'), { maxLength: 10 }), (pattern, parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(pattern)].map((match) => [match.index, match[0], match.groups?.['word']]);
        expect(allMatches(pattern, text).map((match) => [match.index, match[0], match.groups?.['word']])).toEqual(expected);
        expect(pattern.lastIndex).toBe(0);
      }),
    );
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches(/a/u, 'a')).toThrow(TypeError);
  });
});
