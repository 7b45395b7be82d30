/**
 * From a file's bytes to a contract, for every format Clausemark opens. Pure: the host
 * reads the bytes, this decides what they are and whether they make a contract.
 */
import type { DocumentKind, HostError } from '../host/hostApi';
import { parseContract } from '../parse/parseContract';
import type { Review } from '../review/model';
import { newReview, parseReviewFile } from '../review/reviewFile';
import { decodeText } from '../text/decode';

/** Text contracts beyond this are refused before they are read (a contract is rarely 2 MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
/** Review files carry versions and history; they may be larger than the contract. */
export const MAX_REVIEW_BYTES = 100 * 1024 * 1024;

export function maxBytesFor(fileName: string): number {
  return kindOfFile(fileName) === 'review' ? MAX_REVIEW_BYTES : MAX_TEXT_BYTES;
}

export type LoadResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly review: Review }
  | { readonly ok: false; readonly error: HostError };

export function kindOfFile(fileName: string): DocumentKind | null {
  const extension = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'docx') return 'docx';
  if (extension === 'clausemark') return 'review';
  return 'text';
}

/** `now` stamps a new review (ISO time); a loaded review keeps its own times. */
export function loadDocument(bytes: Uint8Array, fileName: string, now: string): LoadResult {
  const kind = kindOfFile(fileName);
  if (kind === 'docx' || kind === null) {
    return { ok: false, error: { code: 'unsupported-type', file: fileName } };
  }
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file: fileName } };
  if (bytes.length > maxBytesFor(fileName)) return { ok: false, error: { code: 'too-large', file: fileName, detail: `${bytes.length}` } };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: kind === 'review' ? 'not-a-review' : 'unreadable', file: fileName } };
  if (decoded.text.trim() === '') return { ok: false, error: { code: 'empty', file: fileName } };
  if (kind === 'review') return loadReview(decoded.text, fileName);
  const contract = parseContract(decoded.text, { fileName });
  if (contract.sections.length === 0 && contract.annexes.length === 0) {
    return { ok: false, error: { code: 'no-structure', file: fileName } };
  }
  return { ok: true, kind, review: newReview(contract, { kind, name: fileName }, now) };
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
      return { ok: false, error: { code: 'invalid-review', file: fileName, detail: `${error.path}: ${error.message}` } };
  }
}
