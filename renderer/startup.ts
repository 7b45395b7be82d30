/**
 * The document named on the command line (or opened from the file manager) when the app
 * started. The page asks for it as the very first thing it does (`requestStartup.ts`), so
 * that the host reads the file while the UI's own code loads and first renders, not after;
 * the app then takes that answer instead of asking again.
 */
import type { OpenOutcome } from '../shared/host/hostApi';
import { host } from './host';

let early: Promise<OpenOutcome | null> | null = null;

/** Asks the host now; the next `takeStartupDocument` gets the answer. */
export function requestStartupDocument(): void {
  early = host().takeStartupDocument();
  // Handled where it is taken (`open` shows a failure); no warning for the moment between.
  early.catch(() => undefined);
}

/** The document asked for at start, or (every later time, when the host sends another) the host's answer now. */
export function takeStartupDocument(): Promise<OpenOutcome | null> {
  const pending = early;
  early = null;
  return pending ?? host().takeStartupDocument();
}
