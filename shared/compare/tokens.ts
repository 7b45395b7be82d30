/**
 * Text as a comparison sees it: significant tokens (words, and punctuation unless it is
 * ignored) with the whitespace before them as trivia, every token's comparison key
 * interned to a number so that diffs and hashes compare integers, not strings.
 *
 * Each text is read once, in one pass that yields all a comparison needs of it: the keys
 * and places of its tokens for the word diff, a hash for the alignment, and its words for
 * similarity. A comparison reads every clause of both documents, so the pass allocates no
 * string or object per token.
 */
import { extendHash, Lexicon, SEQUENCE_SEED, Sequences } from './lexicon';
import type { CompareOptions } from './model';

/**
 * A text cut into tokens. A token's lead (the whitespace, and ignored punctuation, before
 * it) runs from the end of the token before it, or from the start of the text.
 */
export interface TokenizedText {
  readonly text: string;
  /** Where each token starts in `text`. */
  readonly starts: Int32Array;
  /** Where each token ends in `text` (exclusive). */
  readonly ends: Int32Array;
  /** Comparison key of each token: equal keys, equal tokens under the options. */
  readonly keys: Int32Array;
  /** Equal hashes: equal texts under the options, whitespace aside. */
  readonly hash: number;
  /** The words in lower case as a sorted multiset of their keys: what similarity is measured on. */
  readonly bag: Int32Array;
}

const enum Kind {
  /** Not classified yet (in the table below). */
  Unknown = 0,
  Word = 1,
  Space = 2,
  Other = 3,
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/** The kind of each code unit of the Basic Multilingual Plane once met; ASCII is known up front. */
const basicKinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, Kind>();

for (let code = 0; code < 128; code++) {
  const word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  basicKinds[code] = word ? Kind.Word : code === 32 || (code >= 9 && code <= 13) ? Kind.Space : Kind.Other;
}

function classify(code: number): Kind {
  const char = String.fromCodePoint(code);
  return LETTER.test(char) ? Kind.Word : SPACE.test(char) ? Kind.Space : Kind.Other;
}

/** What a code point is: part of a word (letter, digit, mark), whitespace, or anything else. */
function kindOf(code: number): Kind {
  if (code <= 0xffff) {
    let kind: Kind = basicKinds[code]!;
    if (kind === Kind.Unknown) {
      kind = classify(code);
      basicKinds[code] = kind;
    }
    return kind;
  }
  let kind = astralKinds.get(code);
  if (kind === undefined) {
    kind = classify(code);
    astralKinds.set(code, kind);
  }
  return kind;
}

/** The code point at `index`: the code unit, or the pair it starts (`codePointAt`, called only where a pair may start). */
function codeAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  return (unit & 0xfc00) === 0xd800 ? text.codePointAt(index)! : unit;
}

/**
 * Reads texts for one comparison: cuts each into words (runs of letters, digits and
 * marks), runs of whitespace and single other characters, and interns what it finds in
 * tables both documents share, so a word has the same key on either side.
 */
export class Tokenizer {
  private readonly lexicon = new Lexicon();
  private readonly sequences = new Sequences();
  /** Scratch space for the text being read, grown as needed and copied out at the end. */
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private keys = new Int32Array(1024);
  private words = new Int32Array(1024);

  constructor(private readonly options: CompareOptions) {}

  read(text: string): TokenizedText {
    const { ignoreCase, ignorePunctuation } = this.options;
    const lexicon = this.lexicon;
    let count = 0;
    let wordCount = 0;
    let hash = SEQUENCE_SEED;
    let index = 0;
    while (index < text.length) {
      const start = index;
      const code = codeAt(text, index);
      const kind = kindOf(code);
      index += code > 0xffff ? 2 : 1;
      if (kind !== Kind.Other) {
        while (index < text.length) {
          const next = codeAt(text, index);
          if (kindOf(next) !== kind) break;
          index += next > 0xffff ? 2 : 1;
        }
      }
      if (kind === Kind.Space || (kind === Kind.Other && ignorePunctuation)) continue;
      const id = lexicon.id(text, start, index);
      const key = ignoreCase ? lexicon.lower(id) : id;
      if (count === this.keys.length) this.growTokens();
      this.starts[count] = start;
      this.ends[count] = index;
      this.keys[count] = key;
      count++;
      hash = extendHash(hash, key);
      // Similarity ignores case always: `ES GILT DAS RECHT` is the clause it was, shouted.
      if (kind === Kind.Word) {
        if (wordCount === this.words.length) this.words = grown(this.words);
        this.words[wordCount++] = lexicon.lower(id);
      }
    }
    const keys = this.keys.slice(0, count);
    return {
      text,
      starts: this.starts.slice(0, count),
      ends: this.ends.slice(0, count),
      keys,
      hash: this.sequences.id(keys, hash),
      bag: this.words.slice(0, wordCount).sort(),
    };
  }

  private growTokens(): void {
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.keys = grown(this.keys);
  }
}

function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Where the lead of token `index` starts: the end of the token before it. */
export function leadStart(tokens: TokenizedText, index: number): number {
  return index === 0 ? 0 : tokens.ends[index - 1]!;
}

/** The whitespace (and ignored punctuation) before token `index`, as written. */
export function leadOf(tokens: TokenizedText, index: number): string {
  return tokens.text.slice(leadStart(tokens, index), tokens.starts[index]);
}

/** Strings to small integers. */
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
