import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latin, latinSource } from '../../../shared/text/latin';

const isLatin = (code: number) => code <= 0x024f || code === 0x1e9e || (code >= 0xfb00 && code <= 0xfb06);

describe('latin', () => {
  it('keeps every letter and digit of the Latin script, in and outside a character class, and nothing of other scripts', () => {
    const classes = ['L', 'Ll', 'Lu', 'N'] as const;
    for (const name of classes) {
      const original = new RegExp(`^\\p{${name}}$`, 'u');
      const outside = latin(original);
      const inside = latin(new RegExp(`^[\\p{${name}}]$`, 'u'));
      for (let code = 0; code <= 0x10ffff; code += code < 0x2000 ? 1 : 97) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const char = String.fromCodePoint(code);
        const expected = isLatin(code) && original.test(char);
        expect(outside.test(char), `\\p{${name}} U+${code.toString(16)}`).toBe(expected);
        expect(inside.test(char), `[\\p{${name}}] U+${code.toString(16)}`).toBe(expected);
      }
    }
    expect(latin(/^\p{Lu}\p{Ll}+$/u).test('Straße')).toBe(true);
    expect(latin(/^\p{Lu}$/u).test('ẞ')).toBe(true);
    expect(latin(/^\p{L}+$/u).test('ﬁnancial')).toBe(true);
    expect(latin(/^\p{L}+$/u).test('Ωmega')).toBe(false);
  });

  it('matches as the original pattern does on any Latin text', () => {
    const patterns = [
      /(?<![\p{L}-])(?:wird|\p{Ll}{2,}(?:t|en))\s+(?:der|die)\s+\p{Lu}[\p{L}\p{N}/-]*/gu,
      /[^\p{L}\p{N}]+/gu,
      /\p{Lu}[\p{Lu}\p{N} ]+:\s+/gu,
      /\b(?:sofern|soweit)\s+\p{Ll}*(?!\s+\p{Lu})/giu,
      /[\]\p{L}\\-]+|\\p\{L\}/gu,
    ];
    const latinText = fc.string({ unit: fc.constantFrom(...'aAzZäÄöÖüÜßẞéÉłŁſﬁ09²½ -–/\\]:,.;'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(latinText, (text) => {
        for (const pattern of patterns) expect([...text.matchAll(latin(pattern))].map((match) => [match.index, match[0]])).toEqual([...text.matchAll(pattern)].map((match) => [match.index, match[0]]));
      }),
    );
  });

  it('leaves escapes that are no letter class alone', () => {
    expect(latinSource(String.raw`\\p{L}\p{M}\u{41}[\]]\.`)).toBe(String.raw`\\p{L}\p{M}\u{41}[\]]\.`);
    expect(() => latin(new RegExp('a'))).toThrow(TypeError);
  });
});
