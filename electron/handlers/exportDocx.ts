/**
 * Writes a DOCX export to disk for the app and the command line alike. The bytes are made
 * in full first, then written atomically: an existing file is replaced only by a complete
 * new one, and a failed export leaves it as it was.
 */
import { basename, extname } from 'node:path';
import { exportDocx } from '../../shared/docx';
import type { ExportOutcome, ExportRequest } from '../../shared/host/hostApi';
import { writeFileAtomic } from './atomicWrite';
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

export async function writeDocx(path: string, request: Pick<ExportRequest, 'contract' | 'choices' | 'checklist'>, now: string): Promise<ExportOutcome> {
  const bytes = await exportDocx({ contract: request.contract, ...(request.checklist ? { checklist: request.checklist } : {}) }, { ...request.choices, now }, zipDeflater);
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: 'failed', error: { code: 'write-failed', file: basename(path), detail: code ?? (error instanceof Error ? error.message : String(error)) } };
  }
  return { status: 'saved', name: basename(path), bytes: bytes.length };
}
