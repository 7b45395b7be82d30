/**
 * What the page needs before it can show anything: the preferences (language, author) and
 * the document named on the command line (or opened from the file manager) when the app
 * started. The page asks for both as the very first thing it does (`requestStartup.ts`),
 * preferences first: the host answers requests in turn, and reading a large document keeps
 * it busy, so preferences asked after the document would wait for the whole read, and the UI
 * with them. Asked first, they come back at once and the UI's own code loads, gets its
 * translations and first renders while the host reads the file; the app then takes these
 * answers instead of asking again.
 */
import type { OpenOutcome, Preferences } from '../shared/host';
import { host } from './host';

/**
 * An answer asked for before the app needs it: the next `take` gets that answer, every later
 * one asks the host anew. A failure is handled where the answer is taken (`open` shows it),
 * so there is no warning for the moment between.
 */
function earlyAnswer<T>(ask: () => Promise<T>): { request(): void; take(): Promise<T> } {
  let pending: Promise<T> | null = null;
  return {
    request() {
      pending = ask();
      pending.catch(() => undefined);
    },
    take() {
      const answer = pending;
      pending = null;
      return answer ?? ask();
    },
  };
}

const preferences = earlyAnswer<Preferences>(() => host().getPreferences());
const startupDocument = earlyAnswer<OpenOutcome | null>(() => host().takeStartupDocument());

/** Asks the host now for the preferences, then the startup document; `takePreferences` and the next `takeStartupDocument` get the answers. */
export function requestStartup(): void {
  preferences.request();
  startupDocument.request();
}

/** The preferences asked for at start, or the host's answer now. */
export const takePreferences = preferences.take;

/** The document asked for at start, or (every later time, when the host sends another) the host's answer now. */
export const takeStartupDocument = startupDocument.take;
