/** A host error as one line in the user's language (shared by the command line and the app's host). */
import { errorMessage } from '../../shared/host';
import type { Translator } from '../../shared/i18n';
import type { HostError } from '../../shared/documents';

export function describeError(error: HostError, t: Translator): string {
  return errorMessage(error, t, t.language);
}
