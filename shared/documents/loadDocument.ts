/**
 * From a file's bytes to a contract, for every format Clausemark opens. Pure: the host
 * reads the bytes, this decides what they are and whether they make a contract.
 */
import type { Contract } from '../contract/model';
import type { DocumentKind, HostError } from '../host/hostApi';
import { parseContract } from '../parse/parseContract';
import { decodeText } from '../text/decode';

/** Text contracts beyond this are refused before they are read (a contract is rarely 2 MB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export type LoadResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly contract: Contract }
  | { readonly ok: false; readonly error: HostError };

export function kindOfFile(fileName: string): DocumentKind | null {
  const extension = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  if (extension === 'docx') return 'docx';
  if (extension === 'clausemark') return 'review';
  return 'text';
}

export function loadDocument(bytes: Uint8Array, fileName: string): LoadResult {
  const kind = kindOfFile(fileName);
  if (kind === 'docx' || kind === 'review' || kind === null) {
    return { ok: false, error: { code: 'unsupported-type', file: fileName } };
  }
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', file: fileName } };
  if (bytes.length > MAX_TEXT_BYTES) return { ok: false, error: { code: 'too-large', file: fileName, detail: `${bytes.length}` } };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: 'unreadable', file: fileName } };
  if (decoded.text.trim() === '') return { ok: false, error: { code: 'empty', file: fileName } };
  const contract = parseContract(decoded.text, { fileName });
  if (contract.sections.length === 0 && contract.annexes.length === 0) {
    return { ok: false, error: { code: 'no-structure', file: fileName } };
  }
  return { ok: true, kind, contract };
}
