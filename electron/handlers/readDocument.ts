/**
 * Opens a contract or a review from disk for the app and the command line alike: checks
 * that it is a file and within its kind's size limit before reading a byte of it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadDocument, sizeLimitOf, type LoadOptions } from '../../shared/documents/loadDocument';
import type { OpenOutcome } from '../../shared/host/hostApi';

export async function readDocument(path: string, options: LoadOptions = {}): Promise<OpenOutcome> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info) return { status: 'failed', error: { code: 'not-found', file } };
  if (!info.isFile()) return { status: 'failed', error: { code: 'not-a-file', file } };
  const limit = sizeLimitOf(file);
  if (info.size > limit) return { status: 'failed', error: { code: 'too-large', file, detail: `${info.size}`, limit } };
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return { status: 'failed', error: { code: 'unreadable', file } };
  const loaded = loadDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, new Date().toISOString(), options);
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
    },
  };
}
