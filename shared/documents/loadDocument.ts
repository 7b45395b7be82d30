/**
 * From a file's bytes to a review, for every format Clausemark opens. Pure: the host
 * reads the bytes, this decides what they are and whether they make a contract. (The
 * host itself loads only the reader of the format it opens; see `readDocument`.)
 */
import { checkFile, type LoadOptions, type LoadResult } from './kinds';
import { loadDocx } from './loadDocx';
import { loadReview } from './loadReview';
import { loadText } from './loadText';

export { kindOfFile, sizeLimitOf, MAX_REVIEW_BYTES, MAX_TEXT_BYTES, type LoadOptions, type LoadResult } from './kinds';

/** `now` stamps a new review (ISO time); a loaded review keeps its own times. */
export function loadDocument(bytes: Uint8Array, fileName: string, now: string, options: LoadOptions = {}): LoadResult {
  const checked = checkFile(bytes, fileName);
  if (!checked.ok) return checked;
  if (checked.kind === 'docx') return loadDocx(bytes, fileName, now, options);
  if (checked.kind === 'review') return loadReview(bytes, fileName);
  return loadText(bytes, fileName, checked.kind, now, options);
}
