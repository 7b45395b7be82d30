/**
 * Parts of one measure that fall to the party its explicit words do not name: a statement
 * that names nobody and so stands in the frame (*Notifications will be delivered to the
 * Customer's administrators. It is Customer's sole responsibility to monitor them*), and a
 * setting the other party may switch on (*… our customers can enforce 2FA for their users*):
 * the measure works only when that party does its part. A right of the other party (*may
 * request a copy*, *kann prüfen*) is no part of the measure.
 */
import type { PartyRole, ResponsibilityCue } from '../contract';
import type { Frame } from './frames';
import type { Reading, Statement } from './reading';
import { latin } from '../text';

/**
 * A run-in heading before the measure's sentences (*Notification.*, *Security Officer.*,
 * *Benutzerverwaltung:*): up to five words, each capitalised or a connector. It names the
 * measure; it is not a part of it.
 */
const RUN_IN_LABEL = latin(
  /^\s*(?:[a-z0-9]{1,3}[.)]\s+)?(?:\p{Lu}[\p{L}\p{N}'’()/&-]*|and|or|of|the|for|to|in|on|und|oder|der|die|das|des|für|von|zur|zum|&)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’()/&-]*|and|or|of|the|for|to|in|on|und|oder|der|die|das|des|für|von|zur|zum|&)){0,4}\s*[.:]?\s*$/u,
);

/**
 * Switching a security setting on: *enable, enforce, activate, configure, turn on, set up*
 * and *aktivieren, einschalten, einrichten, konfigurieren, erzwingen, hinterlegen*.
 */
const SWITCHES_ON = latin(
  /\b(?:enabl\p{L}*|enforc\p{L}*|activat\p{L}*|configur\p{L}*|turn\p{L}*\s+on|switch\p{L}*\s+on|set\s+up|aktivier\p{L}*|einschalt\p{L}*|einricht\p{L}*|eingerichtet|konfigurier\p{L}*|erzwing\p{L}*|hinterleg\p{L}*)\b/iu,
);

/** A sentence that opens with a pronoun, or takes up a noun with an article or a demonstrative: what it says of may have been named before. */
const PRONOUN_START = latin(/^\s*(?:Er|Sie|Es|Dies|It|They|This)\b(?!\s+\p{L}+\s+(?:is|are|ist|sind)\b)/u);
const ARTICLE_NOUN = latin(/\b(?:der|die|das|dieser|diese|dieses|the|this|these|those|such)\s+([\p{L}-]{3,})/giu);

/**
 * Whether a statement after the cue's sentence goes on about what that sentence named (*Das
 * Passwort wird vom Auftraggeber vergeben. Das Passwort muss der Richtlinie entsprechen*, *…
 * setzt der Auftragnehmer ein temporäres Passwort. Danach wird das Passwort zurückgesetzt*): it
 * is then that party's too, not a part left to the frame.
 */
function continues(statement: Statement, cueSentence: number, reading: Reading): boolean {
  if (statement.sentence < cueSentence) return false;
  if (PRONOUN_START.test(statement.text)) return true;
  const before = reading.statements.filter((other) => other.sentence === cueSentence).map((other) => other.text.toLowerCase());
  for (const [, noun] of statement.text.matchAll(ARTICLE_NOUN)) {
    const word = noun!.toLowerCase();
    if (before.some((text) => text.includes(word))) return true;
  }
  return false;
}

/** The statement, in a sentence other than the cue's, that names nobody and says something of the measure. */
export function framedPartElsewhere(reading: Reading, cue: ResponsibilityCue): Statement | undefined {
  const cueSentence = reading.statements.find((statement) => statement.duties.includes(cue))?.sentence;
  if (cueSentence === undefined) return undefined;
  return reading.statements.find(
    (statement) => statement.framed && statement.sentence !== cueSentence && !RUN_IN_LABEL.test(statement.text) && !continues(statement, cueSentence, reading),
  );
}

/** A framed part of a measure whose explicit words name the other party than `frame`. */
export function splitsWithFrame(reading: Reading, frame: Frame | null, explicit: PartyRole, cue: ResponsibilityCue): boolean {
  if (frame === null || frame.party === explicit) return false;
  // In the cue's own sentence, a statement that names nobody may be the cue's own relative clause in a list's item (*Weisungen, die der Auftraggeber erteilt, zu dokumentieren*): only the annex's frames split there.
  const sameSentence =
    frame.scope !== 'lead-in' &&
    reading.statements.some((statement) => statement.framed && reading.statements.some((other) => other.sentence === statement.sentence && other.duties.includes(cue)));
  return sameSentence || framedPartElsewhere(reading, cue) !== undefined;
}

/** The option cue of `party` that switches a setting of the measure on, if any. */
export function settingOf(reading: Reading, party: PartyRole): ResponsibilityCue | undefined {
  for (const statement of reading.statements) {
    const cue = statement.options.find((option) => option.party === party);
    if (cue && SWITCHES_ON.test(statement.text)) return cue;
  }
  return undefined;
}
