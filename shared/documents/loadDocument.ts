/**
 * From a file's bytes to a contract, for every format Clausemark opens. Pure: the host
 * reads the bytes, this decides what they are and whether they make a contract.
 */
import type { Contract } from '../contract/model';
import { importDocx, type ImportWarning } from '../docx/import/importDocx';
import { DOCX_LIMITS } from '../docx/limits';
import type { DocumentKind, HostError } from '../host/hostApi';
import { parseContract } from '../parse/parseContract';
import { decodeText } from '../text/decode';
import { MAX_TEXT_BYTES } from './limits';

export { MAX_TEXT_BYTES };

export type LoadResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly contract: Contract; readonly warnings?: readonly ImportWarning[] }
  | { readonly ok: false; readonly error: HostError };

/** The largest file of this name's kind that is read at all. */
export function sizeLimitOf(fileName: string): number {
  return kindOfFile(fileName) === 'docx' ? DOCX_LIMITS.maxFileBytes : MAX_TEXT_BYTES;
}

function loadDocx(bytes: Uint8Array, fileName: string): LoadResult {
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file: fileName } };
  if (bytes.length > DOCX_LIMITS.maxFileBytes) return { ok: false, error: { code: 'too-large', file: fileName, detail: `${bytes.length}`, limit: DOCX_LIMITS.maxFileBytes } };
  const imported = importDocx(bytes, { fileName });
  if (!imported.ok) {
    const { reason, part, detail } = imported.error;
    if (reason === 'no-text') return { ok: false, error: { code: 'empty', file: fileName } };
    return { ok: false, error: { code: 'invalid-docx', file: fileName, reason, ...(part === undefined ? {} : { part }), ...(detail === undefined ? {} : { detail }) } };
  }
  const { contract, warnings } = imported;
  if (contract.sections.length === 0 && contract.annexes.length === 0) return { ok: false, error: { code: 'no-structure', file: fileName } };
  return { ok: true, kind: 'docx', contract, ...(warnings.length > 0 ? { warnings } : {}) };
}

export function kindOfFile(fileName: string): DocumentKind | null {
  const extension = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'docx') return 'docx';
  if (extension === 'clausemark') return 'review';
  return 'text';
}

export function loadDocument(bytes: Uint8Array, fileName: string): LoadResult {
  const kind = kindOfFile(fileName);
  if (kind === 'docx') return loadDocx(bytes, fileName);
  if (kind === 'review' || kind === null) {
    return { ok: false, error: { code: 'unsupported-type', file: fileName } };
  }
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file: fileName } };
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, error: { code: 'too-large', file: fileName, detail: `${bytes.length}`, limit: MAX_TEXT_BYTES } };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: 'unreadable', file: fileName } };
  if (decoded.text.trim() === '') return { ok: false, error: { code: 'empty', file: fileName } };
  const contract = parseContract(decoded.text, { fileName });
  if (contract.sections.length === 0 && contract.annexes.length === 0) {
    return { ok: false, error: { code: 'no-structure', file: fileName } };
  }
  return { ok: true, kind, contract };
}
