/**
 * Writes a DOCX export to disk for the app and the command line alike. The bytes are made
 * in full first, then written atomically: an existing file is replaced only by a complete
 * new one, and a failed export leaves it as it was.
 */
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { kindOfFile, exportDocument, type ExportRequest } from '../../shared/documents';
import type { ExportOutcome } from '../../shared/host';
import { writeFileOrFailure } from './atomicWrite';
import { zipDeflater } from './zipDeflater';

/** The save dialog may return a name without extension; Word needs `.docx`. */
export function withDocxExtension(path: string): string {
  return withExtension(path, 'docx');
}

export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension}` ? path : `${path}.${extension}`;
}

/** A name for the save dialog to propose: the file name part only, never a path. */
export function safeFileName(name: string, extension = 'docx'): string {
  const cleaned = [...name]
    .map((character) => (character.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(character) ? ' ' : character))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
  return withExtension(cleaned === '' ? 'contract' : cleaned.slice(0, 120), extension);
}

/** A review file's first bytes carry its format tag: `{"format":"clausemark"` (indented or not). */
const REVIEW_START = /^\s*\{\s*"format"\s*:\s*"clausemark"/u;

/** Whether `path` names a review, by its extension or by what the file there holds. */
async function holdsReview(path: string): Promise<boolean> {
  if (kindOfFile(path) === 'review') return true;
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const start = Buffer.alloc(64);
    // A folder of that name cannot be read: the write says so in its own words.
    const { bytesRead } = await handle.read(start, 0, start.length, 0).catch(() => ({ bytesRead: 0 }));
    return REVIEW_START.test(start.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

export async function writeDocx(path: string, request: Pick<ExportRequest, 'contract' | 'choices' | 'checklist' | 'theirDocument'>, now: string): Promise<Exclude<ExportOutcome, { readonly status: 'cancelled' }>> {
  // A Word document written over a review would lose its versions, decisions and notes.
  if (await holdsReview(path)) return { status: 'failed', error: { code: 'would-replace-review', file: basename(path) } };
  // Made in full before anything is written: a document that cannot be made leaves the file there as it was.
  const made = await exportDocument(request, { ...request.choices, now }, zipDeflater);
  if (!made.ok) return { status: 'failed', error: made.error };
  const bytes = made.bytes;
  const failed = await writeFileOrFailure(path, bytes);
  if (failed) return { status: 'failed', error: failed };
  return { status: 'saved', name: basename(path), bytes: bytes.length };
}
