/** A Word document, imported with its tracked changes and comments into a new review. */
import { importDocx, sourcePackageOf } from '../docx';
import { newReview } from '../review';
import type { LoadOptions, LoadResult } from './kinds';

export function loadDocx(bytes: Uint8Array, fileName: string, now: string, options: LoadOptions = {}): LoadResult {
  const { keepDocument = true, ...rest } = options;
  const imported = importDocx(bytes, { fileName, ...rest, origins: keepDocument });
  if (!imported.ok) {
    const { reason, part, detail } = imported.error;
    if (reason === 'no-text') return { ok: false, error: { code: 'empty', file: fileName } };
    return { ok: false, error: { code: 'invalid-docx', file: fileName, reason, ...(part === undefined ? {} : { part }), ...(detail === undefined ? {} : { detail }) } };
  }
  const { contract, warnings, properties } = imported;
  if (contract.sections.length === 0 && contract.annexes.length === 0) return { ok: false, error: { code: 'no-structure', file: fileName } };
  const source = { kind: 'docx' as const, name: fileName, ...(keepDocument ? { package: sourcePackageOf(bytes) } : {}) };
  return { ok: true, kind: 'docx', review: newReview(contract, source, now), ...(warnings.length > 0 ? { warnings } : {}), properties };
}
