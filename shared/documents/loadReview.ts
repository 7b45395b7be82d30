/** A `.clausemark` review file, checked against its schema (a newer version is refused, not guessed at). */
import { parseReviewFile } from '../review';
import { decodeText } from '../text';
import type { LoadResult } from './kinds';

export function loadReview(bytes: Uint8Array, fileName: string): LoadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: 'not-a-review', file: fileName } };
  if (decoded.text.trim() === '') return { ok: false, error: { code: 'empty', file: fileName } };
  const parsed = parseReviewFile(decoded.text);
  if (parsed.ok) return { ok: true, kind: 'review', review: parsed.review };
  const error = parsed.error;
  switch (error.code) {
    case 'not-json':
    case 'not-a-review':
      return { ok: false, error: { code: 'not-a-review', file: fileName } };
    case 'future-version':
      return { ok: false, error: { code: 'future-review', file: fileName, detail: String(error.version) } };
    case 'invalid':
      return { ok: false, error: { code: 'invalid-review', file: fileName, detail: error.path, problem: error.problem } };
    case 'damaged':
      return { ok: false, error: { code: 'invalid-review', file: fileName, problem: error.problem, line: error.line, column: error.column } };
  }
}
