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
import { extendStringHash, Lexicon, Sequences } from './lexicon';
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
  /** The keys of its words in lower case, in reading order: what similarity is measured on. */
  readonly words: Int32Array;
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

/**
 * The kind of each code unit of the Basic Multilingual Plane once met; ASCII is known up
 * front. High surrogates stay unknown: what they are depends on the unit after them.
 */
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

/** What the code point at `index` is (as `codePointAt` reads it), where the table does not know yet. */
function kindAt(text: string, index: number): Kind {
  const code = text.codePointAt(index)!;
  if (code > 0xffff) {
    let kind = astralKinds.get(code);
    if (kind === undefined) {
      kind = classify(code);
      astralKinds.set(code, kind);
    }
    return kind;
  }
  const kind = classify(code);
  if ((code & 0xfc00) !== 0xd800) basicKinds[code] = kind;
  return kind;
}

/** After a high surrogate: whether the pair is complete, so that the two are one code point. */
function isLowSurrogate(text: string, index: number): boolean {
  return (text.charCodeAt(index) & 0xfc00) === 0xdc00;
}

/**
 * Reads texts for one comparison: cuts each into words (runs of letters, digits and
 * marks), runs of whitespace and single other characters, and interns what it finds in
 * tables both documents share, so a word has the same key on either side. A text read
 * before (an unchanged clause, a category every measure names) is not read again.
 */
export class Tokenizer {
  private readonly lexicon = new Lexicon();
  private readonly sequences = new Sequences();
  private readonly read = new Map<string, TokenizedText>();
  /**
   * The tokens of the texts read so far, one after another; each text's arrays are views
   * into them (a typed array of its own per text would cost an allocation of memory outside
   * the heap each). Before a text is read there is room for as many tokens as it has code
   * units, so the pass never checks; when there is not, fresh blocks replace these (the
   * views keep the old ones). Empty at first: the first text makes the first blocks.
   */
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private keys = new Int32Array(0);
  private words = new Int32Array(0);
  private tokensUsed = 0;
  private wordsUsed = 0;

  constructor(private readonly options: CompareOptions) {}

  tokenize(text: string): TokenizedText {
    let tokens = this.read.get(text);
    if (tokens === undefined) {
      tokens = this.scan(text);
      this.read.set(text, tokens);
    }
    return tokens;
  }

  /**
   * One pass over the text, by code unit: the kind comes from a table, and a token's hash
   * (`hashOf`, written out here) is folded in as it is scanned, so the lexicon need not read
   * it again to find it. No call per character, and only small integers: the pass runs
   * mostly before the engine has optimised it.
   */
  private scan(text: string): TokenizedText {
    const { ignoreCase, ignorePunctuation } = this.options;
    const lexicon = this.lexicon;
    const kinds = basicKinds;
    const length = text.length;
    if (this.tokensUsed + length > this.keys.length) this.freshBlocks(length);
    const { starts, ends, keys, words } = this;
    const firstToken = this.tokensUsed;
    const firstWord = this.wordsUsed;
    let count = firstToken;
    let wordCount = firstWord;
    let sequence = 0;
    let index = 0;
    while (index < length) {
      const start = index;
      const first = text.charCodeAt(index);
      const kind: Kind = kinds[first]! || kindAt(text, index);
      let hash = first;
      index++;
      if ((first & 0xfc00) === 0xd800 && isLowSurrogate(text, index)) hash = ((hash << 5) - hash + text.charCodeAt(index++)) & 0xffffff;
      if (kind !== Kind.Other) {
        while (index < length) {
          const unit = text.charCodeAt(index);
          if ((kinds[unit]! || kindAt(text, index)) !== kind) break;
          hash = ((hash << 5) - hash + unit) & 0xffffff;
          index++;
          if ((unit & 0xfc00) === 0xd800 && isLowSurrogate(text, index)) hash = ((hash << 5) - hash + text.charCodeAt(index++)) & 0xffffff;
        }
      }
      if (kind === Kind.Space || (kind === Kind.Other && ignorePunctuation)) continue;
      const id = lexicon.id(text, start, index, hash);
      const key = ignoreCase ? lexicon.lower(id) : id;
      starts[count] = start;
      ends[count] = index;
      keys[count] = key;
      count++;
      sequence = extendStringHash(sequence, key);
      // Similarity ignores case always: `ES GILT DAS RECHT` is the clause it was, shouted.
      if (kind === Kind.Word) words[wordCount++] = lexicon.lower(id);
    }
    this.tokensUsed = count;
    this.wordsUsed = wordCount;
    const tokenKeys = keys.subarray(firstToken, count);
    return {
      text,
      starts: starts.subarray(firstToken, count),
      ends: ends.subarray(firstToken, count),
      keys: tokenKeys,
      hash: this.sequences.id(tokenKeys, sequence),
      words: words.subarray(firstWord, wordCount),
    };
  }

  private freshBlocks(atLeast: number): void {
    const size = Math.max(BLOCK, atLeast);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.keys = new Int32Array(size);
    this.words = new Int32Array(size);
    this.tokensUsed = 0;
    this.wordsUsed = 0;
  }
}

/** Tokens per block of the tokenizer's arrays (a quarter of a megabyte each). */
const BLOCK = 1 << 16;

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
