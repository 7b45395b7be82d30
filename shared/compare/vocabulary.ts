/**
 * The shared vocabulary of one comparison: both documents' tokens interned in one table,
 * so a word has the same number on either side, and texts hashed in another.
 */
import type { CompareOptions, DiffSegment } from './model';
import { diffText } from './textDiff';
import { fingerprint, Interner, type Fingerprint } from './tokens';

export class Vocabulary {
  private readonly tokens = new Interner();
  private readonly hashes = new Interner();

  constructor(readonly options: CompareOptions) {}

  fingerprint(text: string): Fingerprint {
    return fingerprint(text, this.options, this.tokens, this.hashes);
  }

  /** Equal numbers, equal texts under the options (whitespace aside). */
  hash(text: string): number {
    return this.fingerprint(text).hash;
  }

  /** One number for several hashes in order: equal numbers, equal parts. */
  combine(...hashes: readonly number[]): number {
    return this.hashes.id(`\u0000${hashes.join(',')}`);
  }

  diff(before: string, after: string, equalFrom: 'old' | 'new' = 'new'): DiffSegment[] {
    return diffText(before, after, this.options, this.tokens, equalFrom);
  }
}
