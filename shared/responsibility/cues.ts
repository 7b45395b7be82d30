/**
 * The wording that gives a duty to a party, German and English. Each rule finds the
 * actor in a grammatical role that makes it the one who acts: subject of a finite verb,
 * agent of a passive (*vom Auftraggeber vergeben*), or the dative of *obliegt*. Owners
 * (*Schlüssel des Auftraggebers*), beneficiaries (*für den Auftraggeber*) and recipients
 * (*dem Auftraggeber mitteilen*) match no rule.
 */
import type { Actors } from './actors';

export type CueKind = 'subject' | 'agent' | 'assignment' | 'parties';

export interface CueRule {
  readonly kind: CueKind;
  /** Has a named group `actor` unless `kind` is `parties`. */
  readonly pattern: RegExp;
  /** Rules whose own words make the cue an option (`kann`, `may`). */
  readonly option: boolean;
}

const FINITE_VERBS =
  'wird|werden|hat|haben|ist|sind|muss|müssen|soll|sollen|stellt|stellen|hält|halten|besorgt|trägt|gewährleistet|sorgt|erhält|gibt|setzt|informiert|unterrichtet|meldet|prüft|verpflichtet|unterstützt|bleibt|bleiben|bestätigt|erteilt|teilt|benennt|führt|kontrolliert|ergreift|verarbeitet|löscht|sichert|dokumentiert|trifft|überprüft|übernimmt|erstattet|arbeitet|arbeiten|schult|vergibt|ändert|nimmt|legt|kann|können|darf|dürfen';
const OPTION_VERBS = 'kann|können|darf|dürfen';
const ADVERBS = 'ihn|ihm|ihr|sie|es|sich|zusätzlich|jedoch|auch|dabei|dann|insbesondere|zudem|ferner|hierbei|ebenfalls|stets|jederzeit|unverzüglich|selbst|allein';
const ARTICLE_NOMINATIVE = '(?:[Dd]er|[Dd]ie)\\s+(?:jeweilige\\s+|betroffene\\s+)?';

export function cueRules(actors: Actors): CueRule[] {
  const X = `(?<actor>${actors.any})`;
  const rule = (kind: CueKind, source: string, option = false): CueRule => ({ kind, pattern: new RegExp(source, 'gdu'), option });
  return [
    // German: assignment words.
    rule('assignment', `\\bobliegt\\s+(?:allein\\s+|ausschließlich\\s+|vollständig\\s+|insoweit\\s+)?(?:dem|der)\\s+${X}`),
    rule('assignment', `\\bin\\s+(?:der|die)\\s+(?:alleinigen?\\s+|vollen?\\s+)?Verantwortung\\s+(?:des|der)\\s+${X}`),
    rule('assignment', `\\b(?:vom|von\\s+(?:dem|der)|durch\\s+(?:den|die))\\s+${X}\\s+(?:\\S+\\s+){0,3}?zu\\s+verantworten\\b`),
    rule('assignment', `\\b(?:ist|sind|bleibt|bleiben)\\s+(?:allein\\s+|ausschließlich\\s+|selbst\\s+)?(?:der|die)\\s+${X}\\s+(?:[^.;]{0,160}?\\s)?verantwortlich\\b`),
    rule('assignment', `${ARTICLE_NOMINATIVE}${X}\\s+(?:ist|sind|bleibt|bleiben)\\s+(?:[^.;]{0,160}?\\s)?verantwortlich\\b`),
    // German: passive with agent, participles (*vom Auftraggeber gewählten*), gerundives (*vom Kunden zu vergebendes*).
    rule('agent', `\\b(?:vom|von\\s+(?:dem|der)|durch\\s+(?:den|die)|seitens\\s+(?:des|der))\\s+(?:\\p{Ll}+\\s+)?${X}`),
    // German: subject at the start of a statement, or after the finite verb (*wird der Auftragnehmer*).
    rule('subject', `^(?:[-–•]\\s*)?(?:(?:Auch|Zudem|Ferner|Außerdem|Weiterhin|Insbesondere|Jedoch)\\s+)?${ARTICLE_NOMINATIVE}${X}(?=\\s+\\p{L})`),
    rule('subject', `^(?:[-–•]\\s*)?${ARTICLE_NOMINATIVE}\\S+\\s+(?:und|sowie)\\s+${ARTICLE_NOMINATIVE}${X}(?=\\s+\\p{Ll})`),
    rule('subject', `\\b(?:${FINITE_VERBS})\\s+(?:(?:${ADVERBS})\\s+){0,2}${ARTICLE_NOMINATIVE}${X}`),
    rule('subject', `\\b(?:${OPTION_VERBS})\\s+(?:(?:${ADVERBS})\\s+){0,2}${ARTICLE_NOMINATIVE}${X}`, true),
    rule('subject', `${ARTICLE_NOMINATIVE}${X}\\s+(?:${OPTION_VERBS}|ist\\s+berechtigt|sind\\s+berechtigt|ist\\s+befugt|hat\\s+das\\s+Recht|haben\\s+das\\s+Recht)\\b`, true),
    rule('parties', `\\b(?:[Dd]ie\\s+(?:Vertrags)?[Pp]arteien|[Bb]eide\\s+(?:Vertrags)?[Pp]arteien|[Jj]ede\\s+(?:Vertrags)?[Pp]artei)\\s+(?:werden|haben|sind|verpflichten|arbeiten|müssen|stellen|tragen)\\b`),
    // English.
    rule('subject', `(?:\\b[Tt]he\\s+|\\b[Ee]ach\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:shall|will|must|agrees?\\s+to|undertakes?\\s+to|warrants|ensures?|is\\s+(?:required|obliged|obligated|bound)\\s+to|are\\s+(?:required|obliged|obligated|bound)\\s+to)\\b`),
    rule('assignment', `(?:\\b[Tt]he\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:is|are|shall\\s+be|remains?|shall\\s+remain)\\s+(?:\\p{Ll}+\\s+){0,2}?responsible\\b`),
    rule('assignment', `\\b(?:is|are|shall\\s+be|remains?)\\s+the\\s+(?:sole\\s+|exclusive\\s+)?responsibility\\s+of\\s+(?:the\\s+)?${X}`),
    rule('subject', `(?:\\b[Tt]he\\s+|^|(?<=[\\s,;(]))${X}\\s+(?:may|can|might|is\\s+entitled\\s+to|has\\s+the\\s+right|is\\s+free\\s+to)\\b`, true),
    rule('agent', `\\b\\p{Ll}+(?:ed|en|t)\\s+(?:\\p{Ll}+\\s+){0,2}?by\\s+(?:the\\s+)?${X}`),
    rule('parties', `\\b(?:[Tt]he|[Bb]oth|[Ee]ach)\\s+[Pp]art(?:y|ies)\\s+(?:shall|will|must|agree|undertake|are\\s+required)\\b`),
  ];
}

/** Words that turn a statement into an option or a right rather than a duty. */
export const OPTION_WORDS =
  /\b(?:auf\s+Wunsch|sofern\s+vereinbart|soweit\s+vereinbart|falls\s+vereinbart|wenn\s+vereinbart|sofern\s+gewünscht|falls\s+gewünscht|nach\s+Wahl|wahlweise|optional|steht\s+es\s+frei|if\s+agreed|where\s+agreed|upon\s+agreement|at\s+its\s+(?:option|discretion)|if\s+requested)\b/iu;

/** Modal verbs of possibility; in a statement without an actor they describe, not oblige. */
export const MODAL_OPTION = /\b(?:kann|können|darf|dürfen|may|can|might)\b/u;

/** A statement that opens with a condition (*Sofern …*, *If …*): its own subject is not a duty holder. */
export const CONDITION_START = /^(?:[-–•]\s*)?(?:Sofern|Soweit|Falls|Wenn|Insofern|Insoweit|If|Where|Unless|In\s+case|Should)\b/u;

/** A verb-first conditional (*Übermittelt der Kunde … , hat er …*). */
export const VERB_FIRST_CONDITION = /^(?:[-–•]\s*)?(?:\p{Lu}\p{Ll}+t|Erteilt|Wird|Hat|Ist)\s+(?:der|die)\s+/u;
