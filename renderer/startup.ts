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
import type { OpenOutcome } from '../shared/host/hostApi';
import type { Preferences } from '../shared/host/preferences';
import { host } from './host';

let early: Promise<OpenOutcome | null> | null = null;
let earlyPreferences: Promise<Preferences> | null = null;

/** Asks the host now for the preferences, then the startup document; `takePreferences` and the next `takeStartupDocument` get the answers. */
export function requestStartup(): void {
  earlyPreferences = host().getPreferences();
  earlyPreferences.catch(() => undefined);
  requestStartupDocument();
}

/** Asks the host now for the startup document; the next `takeStartupDocument` gets the answer. */
export function requestStartupDocument(): void {
  early = host().takeStartupDocument();
  // Handled where it is taken (`open` shows a failure); no warning for the moment between.
  early.catch(() => undefined);
}

/** The preferences asked for at start, or the host's answer now. */
export function takePreferences(): Promise<Preferences> {
  const pending = earlyPreferences;
  earlyPreferences = null;
  return pending ?? host().getPreferences();
}

/** The document asked for at start, or (every later time, when the host sends another) the host's answer now. */
export function takeStartupDocument(): Promise<OpenOutcome | null> {
  const pending = early;
  early = null;
  return pending ?? host().takeStartupDocument();
}
