/**
 * The shared vocabulary of one comparison: both documents' tokens interned in one table,
 * so a word has the same number on either side, and texts hashed in another.
 */
import type { CompareOptions, DiffSegment } from './model';
import { diffTokens } from './textDiff';
import { Interner, Tokenizer, type TokenizedText } from './tokens';

export class Vocabulary {
  private readonly tokenizer: Tokenizer;
  private readonly combined = new Interner();

  constructor(readonly options: CompareOptions) {
    this.tokenizer = new Tokenizer(options);
  }

  /**
   * A text's tokens, hash and words: read once, then aligned and diffed as they are.
   * `like`: a similar text read before (the old version of a clause), to read less.
   */
  read(text: string, like?: string): TokenizedText {
    return this.tokenizer.tokenize(text, like);
  }

  /** Equal numbers, equal texts under the options (whitespace aside). */
  hash(text: string): number {
    return this.read(text).hash;
  }

  /** One number for several hashes in order: equal numbers, equal parts. */
  combine(...hashes: readonly number[]): number {
    return this.combined.id(hashes.join(','));
  }

  diff(before: string, after: string, equalFrom: 'old' | 'new' = 'new'): DiffSegment[] {
    return diffTokens(this.read(before), this.read(after), equalFrom);
  }

  /** `diff` of texts already read. */
  diffRead(before: TokenizedText, after: TokenizedText, equalFrom: 'old' | 'new' = 'new'): DiffSegment[] {
    return diffTokens(before, after, equalFrom);
  }
}
