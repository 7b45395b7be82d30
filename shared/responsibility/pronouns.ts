/**
 * Pronouns that refer back to a party as the subject of a duty: *hat er … zu prüfen*,
 * *ist dieser selbst verantwortlich*, *It shall not respond*. The antecedent is the party
 * that was last the subject before the pronoun; failing that, the last party named with a
 * nominative article; failing that, the one the caller knows from the frame.
 */
import type { PartyRole } from '../contract';
import { MASKED, roleOfMasked } from './actors';
import { STATEMENT_LEAD } from './rule';
import { allMatches, latinSource } from '../text';
import type { Found } from './cues';

/** Words ending like a finite verb that introduce a subordinate clause or are adverbs (*soweit er*, *nicht er*). */
const NOT_VERBS = /^(?:soweit|insoweit|seit|nicht|selbst|erst|jetzt|sonst|zuletzt|zunächst|bereits|dass|damit|falls|wenn|ob|weil|als|wie|sofern|sobald|nachdem|bevor|während)$/u;

/** `(?<verb>…) er`, `Er …`, `dieser`, `it shall`. */
const GERMAN_PRONOUN = new RegExp(
  latinSource(`(?:(?<![\\p{L}-])(?<verb>wird|muss|soll|\\p{Ll}{2,}(?:t|en))\\s+(?<pronoun>er|dieser|diese|letzterer|letztere)\\b(?!\\s+\\p{Lu})|^${STATEMENT_LEAD}(?<initial>Er|Dieser|Letzterer)(?=\\s+\\p{Ll}))`),
  'gu',
);
const GERMAN_OPTION = /^(?:\S{1,4}\s+)?(?:Er|Dieser|Letzterer)\s+(?:kann|darf|hat\s+das\s+Recht|ist\s+berechtigt|ist\s+befugt)\b|\b(?:kann|darf|können|dürfen)\s+(?:er|dieser|diese)\b|\b(?:hat|haben)\s+(?:er|dieser|diese)\s+das\s+Recht\b|\bist\s+(?:er|dieser|diese)\s+berechtigt\b/u;
const ENGLISH_PRONOUN = new RegExp(
  latinSource(`(?:^${STATEMENT_LEAD}|(?<=[,;]\\s)|(?<=\\band\\s))(?<initial>[Ii]t|[Tt]hey)\\s+(?<modal>shall|will|must|agrees\\s+to|undertakes\\s+to|may|can)\\b(?!\\s+(?:not\\s+)?be\\s+\\p{Ll}+(?:ed|en)\\b)`),
  'gu',
);

/** Every pronoun the patterns look for, as a plain word. */
const MAY_HOLD_PRONOUN = /\b(?:[Ee]r|[Dd]iese[r]?|[Ll]etztere[r]?|[Ii]t|[Tt]hey)\b/;

const LEAD = new RegExp(latinSource(`^\\s*${STATEMENT_LEAD}`), 'u');

/** The last party named with a nominative article, and any party named: in the masked text (`maskMentions`). */
const NOMINATIVE = new RegExp(latinSource(`(?:^|[^\\p{L}])(?:[Dd]er|[Dd]ie|[Tt]he)\\s+(?<actor>${MASKED.any})`), 'gu');
const ANY_MENTION = new RegExp(`(?<actor>${MASKED.any})`, 'gu');

function lastMatch(text: string, pattern: RegExp): RegExpMatchArray | undefined {
  let last: RegExpMatchArray | undefined;
  for (const match of allMatches(pattern, text)) last = match;
  return last;
}

/**
 * *er* and *it* refer to the last subject; a demonstrative (*dieser*, *letzterer*) to the
 * party named last in any case (*der vom Verantwortlichen installierten Anwendungen ist
 * dieser selbst verantwortlich*).
 */
function antecedentOf(
  masked: string,
  at: number,
  subjects: readonly { at: number; party: PartyRole }[],
  fallback: PartyRole | null,
  demonstrative: boolean,
): PartyRole | null {
  const before = masked.slice(0, at);
  if (demonstrative) {
    const last = lastMatch(before, ANY_MENTION);
    return (last ? roleOfMasked(last.groups!['actor']!) : null) ?? fallback;
  }
  const earlier = subjects.filter((subject) => subject.at < at);
  if (earlier.length > 0) return earlier[earlier.length - 1]!.party;
  const last = lastMatch(before, NOMINATIVE) ?? lastMatch(before, ANY_MENTION);
  return (last ? roleOfMasked(last.groups!['actor']!) : null) ?? fallback;
}

/** The pronoun subjects of one statement, as cues of the party they refer to. */
export function findPronouns(
  masked: string,
  statement: string,
  base: number,
  subjects: readonly { at: number; party: PartyRole }[],
  fallback: PartyRole | null,
): Found[] {
  const found: Found[] = [];
  // Most statements hold no pronoun at all: a word test is far cheaper than the patterns.
  if (!MAY_HOLD_PRONOUN.test(statement)) return found;
  for (const match of allMatches(GERMAN_PRONOUN, statement)) {
    if (match.groups!['verb'] && NOT_VERBS.test(match.groups!['verb'])) continue;
    // *sie*/*diese* could be plural or an object: only after a singular verb.
    if (match.groups!['pronoun'] === 'diese' && !/t$/u.test(match.groups!['verb'] ?? '')) continue;
    const at = base + match.index;
    const pronoun = match.groups!['pronoun'] ?? match.groups!['initial'] ?? '';
    const party = antecedentOf(masked, at, subjects, fallback, /^(?:[Dd]ies|[Ll]etzt)/u.test(pronoun));
    if (!party) continue;
    const cue = match[0].replace(LEAD, '');
    const lead = match[0].length - cue.length;
    found.push({ cue: { text: cue, start: at + lead, party }, kind: 'subject', option: GERMAN_OPTION.test(statement), mention: at + lead });
  }
  for (const match of allMatches(ENGLISH_PRONOUN, statement)) {
    const at = base + match.index;
    const party = antecedentOf(masked, at, subjects, fallback, false);
    if (!party) continue;
    const option = /^(?:may|can)$/u.test(match.groups!['modal']!) && !/^\S+\s+\S+\s+not\b/u.test(statement.slice(match.index));
    const cue = match[0].replace(LEAD, '');
    const lead = match[0].length - cue.length;
    found.push({ cue: { text: cue.trim(), start: at + lead, party }, kind: 'subject', option, mention: at + lead });
  }
  return found;
}
