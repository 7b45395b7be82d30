/** A host error as one line in the user's language (shared by the command line and the app's host). */
import type { HostError } from '../../shared/host/hostApi';
import type { translator } from '../../shared/i18n';
import { formatBytes } from '../../shared/text/formatBytes';
import { MAX_TEXT_BYTES } from '../../shared/documents/loadDocument';

export function describeError(error: HostError, t: ReturnType<typeof translator>): string {
  const size = error.detail !== undefined && /^\d+$/u.test(error.detail) ? formatBytes(Number(error.detail)) : '';
  return t(`errors.${error.code}`, { file: error.file ?? '', size, limit: formatBytes(MAX_TEXT_BYTES), detail: error.detail ?? '' });
}
