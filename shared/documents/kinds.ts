/**
 * What a file is by its name, how large it may be, and the checks every file passes before
 * its format is read. Light on purpose: the host loads a format's reader (`loadText.ts`,
 * `loadDocx.ts`, `loadReview.ts`) only when a file of that format is opened (`readDocument`).
 */
import { DOCX_LIMITS, type ImportWarning, type DocumentProperties, type RawInflater } from '../docx';
import type { DocumentKind, Review } from '../review';
import type { HostError } from './errors';
import { MAX_REVIEW_BYTES, MAX_TEXT_BYTES } from './limits';

export { MAX_REVIEW_BYTES, MAX_TEXT_BYTES };
export type { DocumentKind };

export type LoadResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly review: Review; readonly warnings?: readonly ImportWarning[]; readonly properties?: DocumentProperties }
  | { readonly ok: false; readonly error: HostError };

/** How to open: `clauseDuties: false` and `frameConflicts: false` leave out what a file read only to be compared does not need (see `ParseOptions`); `inflateRaw` is the host's inflater for a DOCX. */
export interface LoadOptions {
  readonly clauseDuties?: boolean;
  readonly frameConflicts?: boolean;
  /** For a DOCX: the host's inflater for its zip entries (see `RawInflater`). */
  readonly inflateRaw?: RawInflater;
  /**
   * For a DOCX: keep the document in the review, and where each item came from in it, so
   * that export writes into it (the default). Off where the review is only read (`parse`, a
   * comparison).
   */
  readonly keepDocument?: boolean;
}

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

/** A kind Clausemark opens, not empty, within its kind's limit: which kind, or why not. */
export function checkFile(bytes: Uint8Array, fileName: string): { readonly ok: true; readonly kind: DocumentKind } | { readonly ok: false; readonly error: HostError } {
  const kind = kindOfFile(fileName);
  if (kind === null) return { ok: false, error: { code: 'unsupported-type', file: fileName } };
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file: fileName } };
  const limit = sizeLimitOf(fileName);
  if (bytes.length > limit) return { ok: false, error: { code: 'too-large', file: fileName, detail: `${bytes.length}`, limit } };
  return { ok: true, kind };
}
