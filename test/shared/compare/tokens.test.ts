import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareOptions } from '../../../shared/compare/model';
import { leadOf, Tokenizer, type TokenizedText } from '../../../shared/compare/tokens';

/**
 * The tokens a text has, written the plain way: pieces by a regular expression (a run of
 * letters, digits and marks, a run of whitespace, or one other code point), compared as
 * strings, lower-cased piece by piece.
 */
function plainTokens(text: string, options: CompareOptions) {
  const tokens: { lead: string; text: string; key: string; word: string | null }[] = [];
  let lead = '';
  for (const [piece, word, space] of text.matchAll(/([\p{L}\p{N}\p{M}]+)|(\s+)|[^]/gu)) {
    if (space !== undefined || (word === undefined && options.ignorePunctuation)) {
      lead += piece;
      continue;
    }
    tokens.push({ lead, text: piece, key: options.ignoreCase ? piece.toLocaleLowerCase() : piece, word: word === undefined ? null : piece.toLocaleLowerCase() });
    lead = '';
  }
  return { tokens, tail: lead };
}

/** A one-to-one map between two kinds of keys: false when a key meets a second partner. */
class Bijection<A, B> {
  private readonly there = new Map<A, B>();
  private readonly back = new Map<B, A>();

  pair(a: A, b: B): boolean {
    if (!this.there.has(a) && !this.back.has(b)) {
      this.there.set(a, b);
      this.back.set(b, a);
    }
    return this.there.get(a) === b && this.back.get(b) === a;
  }
}

const piece = fc.constantFrom(
  'Daten', 'daten', 'DATEN', 'der', 'Der', 'Auftragnehmer', 'Art', '28', '3', 'ä', 'Ä', 'ß', 'SS', 'İ', 'I', 'ı', 'Σ', 'σ', 'ς', 'ΟΔΟΣ', 'e\u0301', '\u0301',
  'ǅ', 'ﬁ', '٣', '½', '😀', '𝔄', '\ud800', '\udc00', '\ud83d', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u2028', '\ufeff', '\u200b', '.', ',', ';', '(', ')', '§', '„', '“', '–', '-', "'", '’', ':',
);
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const options = fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean() });

describe('the tokenizer', () => {
  it('cuts, keys and hashes texts as plain string pieces would, under every option', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), options, (texts, compareOptions) => {
        const tokenizer = new Tokenizer(compareOptions);
        const keys = new Bijection<number, string>();
        const words = new Bijection<number, string>();
        const hashes = new Bijection<number, string>();
        for (const input of texts) {
          const read: TokenizedText = tokenizer.tokenize(input);
          const plain = plainTokens(input, compareOptions);
          expect(read.keys.length).toBe(plain.tokens.length);
          plain.tokens.forEach((token, index) => {
            expect(leadOf(read, index)).toBe(token.lead);
            expect(input.slice(read.starts[index], read.ends[index])).toBe(token.text);
            expect(keys.pair(read.keys[index]!, token.key)).toBe(true);
          });
          expect(input.slice(read.keys.length === 0 ? 0 : read.ends[read.keys.length - 1])).toBe(plain.tail);
          // The words in lower case, in reading order: equal numbers exactly for equal words.
          const plainWords = plain.tokens.flatMap((token) => (token.word === null ? [] : [token.word]));
          expect(read.words.length).toBe(plainWords.length);
          read.words.forEach((word, index) => expect(words.pair(word, plainWords[index]!)).toBe(true));
          expect(hashes.pair(read.hash, JSON.stringify(plain.tokens.map((token) => token.key)))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a text alongside a similar one as it reads it alone', () => {
    // The new text: the old one with a stretch replaced, so that the two share a start and an end.
    const edit = fc.tuple(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), fc.array(piece, { maxLength: 4 }));
    fc.assert(
      fc.property(edit, options, ([pieces, at, length, inserted], compareOptions) => {
        const start = at % (pieces.length + 1);
        const before = pieces.join('');
        const after = [...pieces.slice(0, start), ...inserted, ...pieces.slice(start + (length % 3))].join('');
        const alongside = new Tokenizer(compareOptions);
        const alone = new Tokenizer(compareOptions);
        alongside.tokenize(before);
        alone.tokenize(before);
        const read = alongside.tokenize(after, before);
        const expected = alone.tokenize(after);
        expect([...read.starts]).toEqual([...expected.starts]);
        expect([...read.ends]).toEqual([...expected.ends]);
        expect([...read.keys]).toEqual([...expected.keys]);
        expect([...read.words]).toEqual([...expected.words]);
        expect(read.hash).toBe(expected.hash);
        expect(read.keys.length).toBe(plainTokens(after, compareOptions).tokens.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a text read twice the same result', () => {
    const tokenizer = new Tokenizer({ ignoreCase: false, ignorePunctuation: false });
    const first = tokenizer.tokenize('Der Auftragnehmer löscht die Daten.');
    expect(tokenizer.tokenize('Der Auftragnehmer ' + 'löscht die Daten.')).toBe(first);
  });
});
