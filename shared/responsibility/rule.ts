/** One cue rule: a pattern that finds a party in a role that makes it act, and what kind of cue that is. */
import type { PartyRole } from '../contract';
import { latinSource } from '../text';

/**
 * `subject`: the actor before its verb; `inverted`: right after the finite verb, which only
 * counts when nothing else is the subject; `agent`: a passive's or participle's doer;
 * `assignment`: a duty assigned by words of responsibility; `parties`: both parties at once.
 */
export type CueKind = 'subject' | 'inverted' | 'agent' | 'assignment' | 'parties';

export interface CueRule {
  readonly kind: CueKind;
  /** Has a named group `actor` unless `kind` is `parties` or the rule names its party itself. */
  readonly pattern: RegExp;
  /** Rules whose own words make the cue an option or a right (`kann`, `may`, `ist berechtigt`). */
  readonly option: boolean;
  /** The party the words name by themselves (*kundenseitig*), without an actor group. */
  readonly party?: PartyRole;
  /** The language whose grammar the rule reads (a statement in the other language skips it), or `any`. */
  readonly language: 'de' | 'en' | 'any';
  /** Words one of which any match contains: a statement without them skips the rule (a cheap test before the pattern). */
  readonly needs?: readonly string[];
  /** A cheap pattern that every match also matches: a statement without it skips the rule. */
  readonly requires?: RegExp;
}

/** `rule`, tried only on statements that contain one of `words`. */
export function needing(words: readonly string[], rule: CueRule): CueRule {
  return { ...rule, needs: words };
}

/** `rule`, tried only on statements where `pattern` (something every match holds, found cheaply) occurs. */
export function requiring(pattern: RegExp, rule: CueRule): CueRule {
  return { ...rule, requires: pattern };
}

export function makeRule(kind: CueKind, source: string, option = false, language: 'de' | 'en' | 'any' = 'de'): CueRule {
  return { kind, pattern: new RegExp(latinSource(source), 'gdu'), option, language };
}

/** *auftraggeberseitig*, *kundenseits*: the party is in the word itself. */
export function fixedRule(party: PartyRole, source: string): CueRule {
  return { kind: 'agent', pattern: new RegExp(latinSource(source), 'gdu'), option: false, party, language: 'de' };
}

/**
 * What may stand before a statement's first word: a bullet, a list marker (`a)`, `(1)`,
 * `(iv)`), or a label in capitals (`OPTION 1: VORHERIGE GESONDERTE GENEHMIGUNG:`). Its letters are
 * those of the Latin script (`latinSource`), as in every pattern it opens.
 */
export const STATEMENT_LEAD = latinSource('(?:[-–•*]\\s*|\\(?[a-z0-9]{1,3}[.)]\\s+|\\([ivx]{1,4}\\)\\s+)?(?:\\p{Lu}[\\p{Lu}\\p{N} ]+:\\s+)*');
