/** A plain-text or Markdown contract, decoded and parsed into a new review. */
import { parseContract } from '../parse';
import { newReview } from '../review';
import { decodeText } from '../text';
import type { LoadOptions, LoadResult } from './kinds';
import type { DocumentKind } from './kinds';

export function loadText(bytes: Uint8Array, fileName: string, kind: DocumentKind, now: string, options: LoadOptions = {}): LoadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: 'unreadable', file: fileName } };
  if (decoded.text.trim() === '') return { ok: false, error: { code: 'empty', file: fileName } };
  const contract = parseContract(decoded.text, { fileName, ...options, format: kind === 'markdown' ? 'markdown' : 'text' });
  if (contract.sections.length === 0 && contract.annexes.length === 0) return { ok: false, error: { code: 'no-structure', file: fileName } };
  return { ok: true, kind, review: newReview(contract, { kind, name: fileName }, now) };
}
