import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewriteEscapes } from '../../../shared/text/rewriteEscapes';

/** The rewrite as it was first written, one character at a time: what the faster one must give. */
function oneByOne(source: string, rewrite: (at: number, inClass: boolean) => { readonly text: string; readonly length: number } | null): string {
  let result = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const rewritten = rewrite(i, inClass);
      result += rewritten ? rewritten.text : source.slice(i, i + 2);
      i += (rewritten ? rewritten.length : 2) - 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    result += char;
  }
  return result;
}

describe('rewriteEscapes', () => {
  it('writes what a walk over every character writes, in and outside classes, at the start and the end', () => {
    const source = fc.string({ unit: fc.constantFrom(...'\\[]pbLd{}u-a '.split('')), maxLength: 40 });
    // Rewrites `\p…` (three characters) and `\b` outside a class; keeps every other escape.
    const rewrite = (text: string) => (at: number, inClass: boolean) => {
      if (text[at + 1] === 'p') return { text: inClass ? 'P' : '[P]', length: 3 };
      return text[at + 1] === 'b' && !inClass ? { text: '<b>', length: 2 } : null;
    };
    fc.assert(
      fc.property(source, (text) => {
        expect(rewriteEscapes(text, rewrite(text))).toBe(oneByOne(text, rewrite(text)));
      }),
      { numRuns: 2000 },
    );
    expect(rewriteEscapes('\\p{L}[\\p{L}]\\', rewrite('\\p{L}[\\p{L}]\\'))).toBe('[P]L}[PL}]\\');
  });
});
