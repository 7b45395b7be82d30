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
import { firstAbove } from '../lists';

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
  /** The text being read: where its next token and word go, and its hash so far. */
  private count = 0;
  private wordCount = 0;
  private sequence = 0;

  constructor(private readonly options: CompareOptions) {}

  /**
   * `like`: a text that may be similar (the old version of a clause), read before. Where
   * the two agree at their start and end, its tokens are taken over rather than read again.
   */
  tokenize(text: string, like?: string): TokenizedText {
    let tokens = this.read.get(text);
    if (tokens === undefined) {
      const model = like === undefined ? undefined : this.read.get(like);
      this.begin(text.length);
      if (model === undefined) this.scan(text, 0, text.length);
      else this.scanLike(text, model);
      tokens = this.finish(text);
      this.read.set(text, tokens);
    }
    return tokens;
  }

  private begin(length: number): void {
    if (this.tokensUsed + length > this.keys.length) {
      const size = Math.max(BLOCK, length);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.keys = new Int32Array(size);
      this.words = new Int32Array(size);
      this.tokensUsed = 0;
      this.wordsUsed = 0;
    }
    this.count = this.tokensUsed;
    this.wordCount = this.wordsUsed;
    this.sequence = 0;
  }

  private finish(text: string): TokenizedText {
    const keys = this.keys.subarray(this.tokensUsed, this.count);
    const tokens = {
      text,
      starts: this.starts.subarray(this.tokensUsed, this.count),
      ends: this.ends.subarray(this.tokensUsed, this.count),
      keys,
      hash: this.sequences.id(keys, this.sequence),
      words: this.words.subarray(this.wordsUsed, this.wordCount),
    };
    this.tokensUsed = this.count;
    this.wordsUsed = this.wordCount;
    return tokens;
  }

  /**
   * One pass over `text` from `from` to `to` (both where a piece starts), by code unit: the
   * kind comes from a table, and a token's hash (`hashOf`, written out here) is folded in as
   * it is scanned, so the lexicon need not read it again to find it. No call per character,
   * and only small integers: the pass runs mostly before the engine has optimised it.
   */
  private scan(text: string, from: number, to: number): void {
    const { ignoreCase, ignorePunctuation } = this.options;
    const { lexicon, starts, ends, keys, words } = this;
    const kinds = basicKinds;
    let count = this.count;
    let wordCount = this.wordCount;
    let sequence = this.sequence;
    let index = from;
    while (index < to) {
      const start = index;
      const first = text.charCodeAt(index);
      const kind: Kind = kinds[first]! || kindAt(text, index);
      let hash = first;
      index++;
      if ((first & 0xfc00) === 0xd800 && isLowSurrogate(text, index)) hash = ((hash << 5) - hash + text.charCodeAt(index++)) & 0xffffff;
      if (kind !== Kind.Other) {
        while (index < to) {
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
    this.count = count;
    this.wordCount = wordCount;
    this.sequence = sequence;
  }

  /**
   * Reads `text` where it differs from `model`, and takes the model's tokens where the two
   * agree: at the start, the tokens that end at least two code units before the texts part
   * (the code point after a token decides where it ends, and may take two units); at the
   * end, those that start at least two units after the texts meet again (where a piece
   * starts depends only on the code points either side). Those are the tokens a full pass
   * would find, so the result is the same, for the cost of the differing middle.
   */
  private scanLike(text: string, model: TokenizedText): void {
    const prefix = commonPrefix(text, model.text);
    const suffix = commonSuffix(text, model.text);
    const total = model.keys.length;
    const head = firstAbove(model.ends, prefix - 2);
    let tail = firstAbove(model.starts, model.text.length - suffix + 1);
    const shift = text.length - model.text.length;
    const from = head === 0 ? 0 : model.ends[head - 1]!;
    let to = tail < total ? model.starts[tail]! + shift : text.length;
    if (to < from) {
      tail = total;
      to = text.length;
    }
    this.take(model, 0, head, 0);
    this.scan(text, from, to);
    this.take(model, tail, total, shift);
  }

  /** Appends the model's tokens `from` to `to`, moved by `shift`, and their words. */
  private take(model: TokenizedText, from: number, to: number, shift: number): void {
    let count = this.count;
    let sequence = this.sequence;
    let wordTokens = 0;
    for (let i = from; i < to; i++) {
      const key = model.keys[i]!;
      this.starts[count] = model.starts[i]! + shift;
      this.ends[count] = model.ends[i]! + shift;
      this.keys[count] = key;
      count++;
      sequence = extendStringHash(sequence, key);
      const start = model.starts[i]!;
      if ((basicKinds[model.text.charCodeAt(start)]! || kindAt(model.text, start)) === Kind.Word) wordTokens++;
    }
    this.count = count;
    this.sequence = sequence;
    // The words of consecutive tokens stand together in the model's words, at its start or its end.
    const words = from === 0 ? model.words.subarray(0, wordTokens) : model.words.subarray(model.words.length - wordTokens);
    this.words.set(words, this.wordCount);
    this.wordCount += words.length;
  }
}

/** Tokens per block of the tokenizer's arrays (a quarter of a megabyte each). */
const BLOCK = 1 << 16;

/** How many code units `a` and `b` share at their start (native comparisons, halving the range). */
function commonPrefix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.startsWith(b.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function commonSuffix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (a.endsWith(b.slice(b.length - middle))) low = middle;
    else high = middle - 1;
  }
  return low;
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
