/**
 * A host error as one sentence in the user's language, for the app's banner and the
 * command line alike: sizes and limits in bytes become `2.3 MB` (German `2,3 MB`), and a DOCX that cannot
 * be read says what is wrong with it and where, as does a damaged review file.
 */
import type { Language, Translate } from '../contract';
import { MAX_TEXT_BYTES, type HostError } from '../documents';
import { formatBytes } from '../text';
import type { ImportWarning } from '../docx';

/** The system's codes for a failed write that a user can act on, each worded (`errors.writeReasons`). */
const WRITE_REASONS = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS', 'EISDIR', 'ENOTDIR', 'EEXIST', 'ENAMETOOLONG', 'ENOENT', 'EBUSY', 'EMFILE']);

export function errorMessage(error: HostError | { readonly code: 'unexpected'; readonly detail: string }, t: Translate, language: Language = 'en'): string {
  const detail = error.detail ?? '';
  const file = 'file' in error ? (error.file ?? '') : '';
  const size = /^\d+$/u.test(detail) ? formatBytes(Number(detail), language) : '';
  const limit = formatBytes('limit' in error && error.limit !== undefined ? error.limit : MAX_TEXT_BYTES, language);
  const part = 'part' in error && error.part ? t('docx.errors.inPart', { part: error.part }) : '';
  // A count in a reason (entries, items) is written as the language writes numbers: 100,000, 100.000.
  const reason = 'reason' in error && error.reason ? t(`docx.errors.${error.reason}`, { part, detail: /^\d+$/u.test(detail) ? Number(detail) : detail }) : '';
  const at: Record<string, number> = 'line' in error && error.line !== undefined ? { line: error.line, column: error.column ?? 1 } : {};
  const problem = 'problem' in error && error.problem ? t(`errors.reviewProblem.${error.problem}`, { path: detail, ...at }) : detail;
  if (error.code === 'write-failed') {
    const because = WRITE_REASONS.has(detail) ? t(`errors.writeReasons.${detail}`) : detail;
    return t('errors.write-failed', { file, detail: because });
  }
  if (error.code === 'internal') {
    const log = 'log' in error && error.log ? t('errors.internalLog', { log: error.log }) : '';
    return t(file ? 'errors.internal' : 'errors.internalNoFile', { file, detail, log });
  }
  return t(`errors.${error.code}`, { file, size, limit, detail, reason, problem });
}

/**
 * An exception that reached the UI, as an error it shows: without the wrapping Electron puts
 * around an error from the host (`Error invoking remote method 'host:open': Error: …`).
 */
export function unexpectedError(error: unknown): { readonly code: 'unexpected'; readonly detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', detail: message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/u, '') };
}

/** What a DOCX import could not carry over as it was, as one sentence. */
export function importWarningMessage(warning: ImportWarning, t: Translate): string {
  if (warning.code === 'changes-unmapped') return t('docx.warnings.changes-unmapped', { places: warning.places.join(', ') });
  return t(`docx.warnings.${warning.code}`, { count: warning.count });
}
