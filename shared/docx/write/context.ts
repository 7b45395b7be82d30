/**
 * What every part of the export shares: the mode, the document's language, revision ids
 * (`w:id` of `w:ins`/`w:del`, unique in the document), the comments written so far, and
 * the time used where a change carries none.
 */
import type { Language } from '../../contract/model';
import type { DocxExportOptions } from './options';
import type { CommentWriter } from './comments';

export interface WriteContext {
  readonly options: DocxExportOptions;
  readonly language: Language;
  readonly comments: CommentWriter;
  nextRevisionId(): number;
}

export function revisionCounter(): () => number {
  let next = 0;
  return () => ++next;
}
