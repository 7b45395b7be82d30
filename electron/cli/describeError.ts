/** A host error as one line in the user's language (shared by the command line and the app's host). */
import { errorMessage } from '../../shared/host/errorMessage';
import type { translator } from '../../shared/i18n';
import type { HostError } from '../../shared/documents/errors';

export function describeError(error: HostError, t: ReturnType<typeof translator>): string {
  return errorMessage(error, t, t.language);
}
