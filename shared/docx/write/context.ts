/**
 * What every part of the export shares: the mode, the language of its own words, revision ids
 * (`w:id` of `w:ins`/`w:del`, unique in the document), the comments written so far, and
 * the time used where a change carries none.
 */
import type { Language } from '../../contract';
import type { DocxExportOptions } from './options';
import type { CommentWriter } from './comments';

export interface WriteContext {
  readonly options: DocxExportOptions;
  /** The language of the words the export adds (`documentLanguage`), not necessarily the contract's. */
  readonly language: Language;
  readonly comments: CommentWriter;
  nextRevisionId(): number;
}

export function revisionCounter(): () => number {
  let next = 0;
  return () => ++next;
}
