/**
 * From a file's bytes to a review, for every format Clausemark opens. Pure: the host
 * reads the bytes, this decides what they are and whether they make a contract.
 */
import { importDocx, type ImportWarning } from '../docx/import/importDocx';
import { DOCX_LIMITS } from '../docx/limits';
import type { DocumentKind, HostError } from '../host/hostApi';
import { parseContract } from '../parse/parseContract';
import type { Review } from '../review/model';
import { newReview, parseReviewFile } from '../review/reviewFile';
import { decodeText } from '../text/decode';
import { MAX_REVIEW_BYTES, MAX_TEXT_BYTES } from './limits';

export { MAX_REVIEW_BYTES, MAX_TEXT_BYTES };

export type LoadResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly review: Review; readonly warnings?: readonly ImportWarning[] }
  | { readonly ok: false; readonly error: HostError };

export function kindOfFile(fileName: string): DocumentKind | null {
  const extension = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'docx') return 'docx';
  if (extension === 'clausemark') return 'review';
  return 'text';
}

/** The largest file of this name's kind that is read at all. */
export function sizeLimitOf(fileName: string): number {
  const kind = kindOfFile(fileName);
  return kind === 'docx' ? DOCX_LIMITS.maxFileBytes : kind === 'review' ? MAX_REVIEW_BYTES : MAX_TEXT_BYTES;
}

function loadDocx(bytes: Uint8Array, fileName: string, now: string, options: LoadOptions): LoadResult {
  const imported = importDocx(bytes, { fileName, ...options });
  if (!imported.ok) {
    const { reason, part, detail } = imported.error;
    if (reason === 'no-text') return { ok: false, error: { code: 'empty', file: fileName } };
    return { ok: false, error: { code: 'invalid-docx', file: fileName, reason, ...(part === undefined ? {} : { part }), ...(detail === undefined ? {} : { detail }) } };
  }
  const { contract, warnings } = imported;
  if (contract.sections.length === 0 && contract.annexes.length === 0) return { ok: false, error: { code: 'no-structure', file: fileName } };
  return { ok: true, kind: 'docx', review: newReview(contract, { kind: 'docx', name: fileName }, now), ...(warnings.length > 0 ? { warnings } : {}) };
}

function loadReview(text: string, fileName: string): LoadResult {
  const parsed = parseReviewFile(text);
  if (parsed.ok) return { ok: true, kind: 'review', review: parsed.review };
  const error = parsed.error;
  switch (error.code) {
    case 'not-json':
    case 'not-a-review':
      return { ok: false, error: { code: 'not-a-review', file: fileName } };
    case 'future-version':
      return { ok: false, error: { code: 'future-review', file: fileName, detail: String(error.version) } };
    case 'invalid':
      return { ok: false, error: { code: 'invalid-review', file: fileName, detail: error.path, problem: error.problem } };
  }
}

/** `now` stamps a new review (ISO time); a loaded review keeps its own times. */
/** What opening may leave out: `clauseDuties: false` for a file read only to be compared. */
export interface LoadOptions {
  readonly clauseDuties?: boolean;
}

export function loadDocument(bytes: Uint8Array, fileName: string, now: string, options: LoadOptions = {}): LoadResult {
  const kind = kindOfFile(fileName);
  if (kind === null) return { ok: false, error: { code: 'unsupported-type', file: fileName } };
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file: fileName } };
  const limit = sizeLimitOf(fileName);
  if (bytes.length > limit) return { ok: false, error: { code: 'too-large', file: fileName, detail: `${bytes.length}`, limit } };
  if (kind === 'docx') return loadDocx(bytes, fileName, now, options);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: kind === 'review' ? 'not-a-review' : 'unreadable', file: fileName } };
  if (decoded.text.trim() === '') return { ok: false, error: { code: 'empty', file: fileName } };
  if (kind === 'review') return loadReview(decoded.text, fileName);
  const contract = parseContract(decoded.text, { fileName, ...options });
  if (contract.sections.length === 0 && contract.annexes.length === 0) {
    return { ok: false, error: { code: 'no-structure', file: fileName } };
  }
  return { ok: true, kind, review: newReview(contract, { kind, name: fileName }, now) };
}
