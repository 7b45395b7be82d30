/**
 * What every part of the export shares: the mode, the language of its own words, revision ids
 * (`w:id` of `w:ins`/`w:del`, unique in the document), the comments written so far, and
 * the time used where a change carries none, and the paragraph formats made so far.
 */
import type { Language } from '../../contract';
import type { DocxExportOptions } from './options';
import type { CommentWriter } from './comments';
import type { ParagraphFormats } from './paragraphFormats';

export interface WriteContext {
  readonly options: DocxExportOptions;
  /** The language of the words the export adds (`documentLanguage`), not necessarily the contract's. */
  readonly language: Language;
  readonly comments: CommentWriter;
  readonly formats: ParagraphFormats;
  nextRevisionId(): number;
}

export function revisionCounter(): () => number {
  let next = 0;
  return () => ++next;
}
