/**
 * Text as a comparison sees it: significant tokens (words, and punctuation unless it is
 * ignored) with the whitespace before them as trivia, every token's comparison key
 * interned to a number so that diffs and hashes compare integers, not strings.
 */
import type { CompareOptions } from './model';

/** Strings to small integers, shared by both sides of one comparison. */
export class Interner {
  private readonly ids = new Map<string, number>();

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
}

export interface Token {
  /** Whitespace (and ignored punctuation) before the token, as written. */
  readonly lead: string;
  readonly text: string;
  readonly key: number;
}

export interface TokenizedText {
  readonly tokens: readonly Token[];
  /** Trivia after the last token. */
  readonly tail: string;
  /** The keys of `tokens`, for the diff. */
  readonly keys: Int32Array;
}

const PIECES = /[\p{L}\p{N}\p{M}]+|\s+|[^\s\p{L}\p{N}\p{M}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
const SPACE = /^\s/u;

export function tokenize(text: string, options: CompareOptions, interner: Interner): TokenizedText {
  const tokens: Token[] = [];
  let lead = '';
  for (const match of text.matchAll(PIECES)) {
    const piece = match[0];
    if (SPACE.test(piece) || (options.ignorePunctuation && !WORD.test(piece))) {
      lead += piece;
      continue;
    }
    const key = options.ignoreCase ? piece.toLocaleLowerCase() : piece;
    tokens.push({ lead, text: piece, key: interner.id(key) });
    lead = '';
  }
  return { tokens, tail: lead, keys: Int32Array.from(tokens, (token) => token.key) };
}

/** The words of a text in lower case, as a sorted multiset: what similarity is measured on. */
export function wordBag(text: string, interner: Interner): Int32Array {
  const words = text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return Int32Array.from(words, (word) => interner.id(word)).sort();
}

/**
 * One number for a text under the options: equal numbers, equal texts up to whitespace
 * (and case and punctuation when ignored).
 */
export function textHash(text: TokenizedText, interner: Interner): number {
  let key = '';
  for (const token of text.tokens) key += `${token.key},`;
  return interner.id(`\u0000${key}`);
}

/**
 * Dice's coefficient of two word multisets: 1 for the same words, 0 for none in common.
 * Word order does not count; the word diff shows it.
 */
export function similarity(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}
