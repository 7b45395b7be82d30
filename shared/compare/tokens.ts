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

const enum Kind {
  Word,
  Space,
  Other,
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const kinds = new Map<number, Kind>();

/** What a character is: part of a word (letter, digit, mark), whitespace, or anything else. */
function kindOf(code: number): Kind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return Kind.Word;
    return code === 32 || (code >= 9 && code <= 13) ? Kind.Space : Kind.Other;
  }
  let kind = kinds.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = LETTER.test(char) ? Kind.Word : SPACE.test(char) ? Kind.Space : Kind.Other;
    kinds.set(code, kind);
  }
  return kind;
}

/**
 * Cuts a text into words (runs of letters, digits and marks), runs of whitespace and
 * single other characters, calling `visit` for each. A hand-written scanner: it runs over
 * every clause of both documents, and a regular expression iterator costs several times more.
 */
function scan(text: string, visit: (kind: Kind, start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const kind = kindOf(code);
    let end = i + (code > 0xffff ? 2 : 1);
    if (kind !== Kind.Other) {
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if (kindOf(next) !== kind) break;
        end += next > 0xffff ? 2 : 1;
      }
    }
    visit(kind, i, end);
    i = end;
  }
}

export function tokenize(text: string, options: CompareOptions, interner: Interner): TokenizedText {
  const tokens: Token[] = [];
  let lead = '';
  scan(text, (kind, start, end) => {
    const piece = text.slice(start, end);
    if (kind === Kind.Space || (options.ignorePunctuation && kind === Kind.Other)) {
      lead += piece;
      return;
    }
    tokens.push({ lead, text: piece, key: interner.id(options.ignoreCase ? piece.toLocaleLowerCase() : piece) });
    lead = '';
  });
  return { tokens, tail: lead, keys: Int32Array.from(tokens, (token) => token.key) };
}

export interface Fingerprint {
  /** Equal hashes: equal texts under the options, whitespace aside. */
  readonly hash: number;
  /** The words in lower case as a sorted multiset of their keys: what similarity is measured on. */
  readonly bag: Int32Array;
}

/**
 * A text's hash and word bag in one pass, without the token objects a diff needs: every
 * unit of both documents gets one, only the pairs that differ are diffed.
 */
export function fingerprint(text: string, options: CompareOptions, interner: Interner, hashes: Interner): Fingerprint {
  const keys: number[] = [];
  const words: number[] = [];
  scan(text, (kind, start, end) => {
    if (kind === Kind.Space || (kind === Kind.Other && options.ignorePunctuation)) return;
    const piece = text.slice(start, end);
    const lower = options.ignoreCase || kind === Kind.Word ? piece.toLocaleLowerCase() : piece;
    keys.push(options.ignoreCase ? interner.id(lower) : interner.id(piece));
    // Similarity ignores case always: `ES GILT DAS RECHT` is the clause it was, shouted.
    if (kind === Kind.Word) words.push(interner.id(lower));
  });
  return { hash: hashes.id(sequenceKey(keys)), bag: Int32Array.from(words).sort() };
}

/** A sequence of token keys as a string a map can hold: one code point per key. */
function sequenceKey(keys: readonly number[]): string {
  let key = '';
  for (let start = 0; start < keys.length; start += 4096) key += String.fromCodePoint(...keys.slice(start, start + 4096));
  return key;
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
