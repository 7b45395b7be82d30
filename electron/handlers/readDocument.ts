/**
 * Opens a contract or a review from disk for the app and the command line alike: checks
 * that it is a file and within its kind's size limit before reading a byte of it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkFile, sizeLimitOf, type LoadOptions, type LoadResult, type DocumentKind } from '../../shared/documents';
import type { OpenOutcome } from '../../shared/host';
import { internalError } from './errorLog';
import { inflateRaw } from './inflateRaw';

/**
 * Each format's reader, loaded when a file of its format is first opened: the command line
 * that parses a text contract never compiles the DOCX reader or the review file's schema.
 */
async function loadAs(kind: DocumentKind, bytes: Uint8Array, file: string, options: LoadOptions): Promise<LoadResult> {
  const now = new Date().toISOString();
  if (kind === 'docx') return (await import('../../shared/documents/loadDocx')).loadDocx(bytes, file, now, { inflateRaw, ...options });
  if (kind === 'review') return (await import('../../shared/documents/loadReview')).loadReview(bytes, file);
  return (await import('../../shared/documents/loadText')).loadText(bytes, file, kind, now, options);
}

/** A file's bytes as the app opens them: a kind it reads, within its size limit, then its format's reader. */
export async function loadBytes(bytes: Uint8Array, file: string, options: LoadOptions = {}): Promise<LoadResult> {
  const checked = checkFile(bytes, file);
  if (!checked.ok) return checked;
  try {
    return await loadAs(checked.kind, bytes, file, options);
  } catch (error) {
    // A reader's own fault (a stack overflow, a bug) is not the file's: said as such, the details logged.
    return { ok: false, error: internalError('open', file, error) };
  }
}

/** Opened or failed: reading a path the user already chose has nothing to cancel. */
export type ReadOutcome = Exclude<OpenOutcome, { readonly status: 'cancelled' }>;

export async function readDocument(path: string, options: LoadOptions = {}): Promise<ReadOutcome> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info) return { status: 'failed', error: { code: 'not-found', file } };
  if (!info.isFile()) return { status: 'failed', error: { code: 'not-a-file', file } };
  const limit = sizeLimitOf(file);
  if (info.size > limit) return { status: 'failed', error: { code: 'too-large', file, detail: `${info.size}`, limit } };
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return { status: 'failed', error: { code: 'unreadable', file } };
  const loaded = await loadBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, options);
  if (!loaded.ok) return { status: 'failed', error: loaded.error };
  return {
    status: 'opened',
    document: {
      name: file,
      path,
      kind: loaded.kind,
      review: loaded.review,
      savedAsReview: loaded.kind === 'review',
      ...(loaded.warnings ? { warnings: loaded.warnings } : {}),
      ...(loaded.properties ? { properties: loaded.properties } : {}),
    },
  };
}
