/**
 * Reads one text (a measure or a duty clause) sentence by sentence and statement by
 * statement: who acts, whether it is a duty or only an option, and which statements
 * name nobody (those take the annex's frame).
 *
 * A statement is a main clause: a sentence split at `;` and where a new subject starts
 * after a comma (*…, der Layer-7-DDoS-Schutz obliegt dem Auftraggeber*). In a German
 * statement whose subject stands first (*Der Auftragnehmer informiert die Kundin*), a party
 * after the verb is an object, and an agent (*durch den Auftraggeber*) belongs to a phrase
 * inside it; only one subject acts unless they are joined (*Der Auftraggeber und der
 * Auftragnehmer stimmen … ab*).
 */
import type { PartyRole, ResponsibilityCue, ResponsibleParty, SentenceReading } from '../contract/model';
import { roleOfMention, type Actors } from './actors';
import { CONDITION_START, MODAL_OPTION, OPTION_WORDS, PROHIBITION, RECEIVING_VERBS_DE, VERB_FIRST_CONDITION, cueRules, type CueRule } from './cues';
import { findPronouns } from './pronouns';
import { splitSentences } from './sentences';

export interface Statement {
  readonly text: string;
  readonly start: number;
  readonly sentence: number;
  readonly duties: readonly ResponsibilityCue[];
  readonly options: readonly ResponsibilityCue[];
  /** Names nobody and is no option: the measure as the annex's frame describes it. */
  readonly framed: boolean;
}

export interface Reading {
  readonly sentences: readonly SentenceReading[];
  readonly statements: readonly Statement[];
}

const rulesCache = new WeakMap<Actors, CueRule[]>();
function rulesFor(actors: Actors): CueRule[] {
  let rules = rulesCache.get(actors);
  if (!rules) {
    rules = cueRules(actors);
    rulesCache.set(actors, rules);
  }
  return rules;
}

const breakCache = new WeakMap<Actors, RegExp>();
/** `;`, or a comma before a new main clause with its own subject (a party, or *der Layer-7-DDoS-Schutz obliegt*). */
function clauseBreak(actors: Actors): RegExp {
  let pattern = breakCache.get(actors);
  if (!pattern) {
    pattern = new RegExp(
      `;\\s+|,\\s+(?:und\\s+|aber\\s+|doch\\s+|and\\s+|but\\s+|while\\s+)?(?=(?:der|die|das|the)\\s+(?:${actors.any}\\s+\\p{Ll}|\\p{Lu}[\\p{L}\\p{N}/-]*\\s+(?:obliegt|liegt|ist|wird|werden|bleibt|sind)\\b))`,
      'gu',
    );
    breakCache.set(actors, pattern);
  }
  return pattern;
}

function splitStatements(sentence: string, actors: Actors): { text: string; offset: number }[] {
  const parts: { text: string; offset: number; comma: boolean }[] = [];
  let last = 0;
  let comma = false;
  for (const match of sentence.matchAll(clauseBreak(actors))) {
    parts.push({ text: sentence.slice(last, match.index), offset: last, comma });
    last = match.index + match[0].length;
    comma = match[0].startsWith(',');
  }
  parts.push({ text: sentence.slice(last), offset: last, comma });
  // A leading condition (*Where agreed in the Order Form, the Supplier will …*) belongs to the main clause after it.
  const merged: { text: string; offset: number }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next?.comma && (CONDITION_START.test(part.text) || VERB_FIRST_CONDITION.test(part.text))) {
      parts[i + 1] = { text: sentence.slice(part.offset, next.offset + next.text.length), offset: part.offset, comma: part.comma };
      continue;
    }
    merged.push({ text: part.text, offset: part.offset });
  }
  return merged.filter((part) => part.text.trim() !== '');
}

export interface Found {
  readonly cue: ResponsibilityCue;
  readonly kind: CueRule['kind'];
  readonly option: boolean;
  /** Where the actor's name starts: one mention is one cue. */
  readonly mention: number;
}

const RANK: Record<CueRule['kind'], number> = { assignment: 0, parties: 1, subject: 2, inverted: 3, agent: 4 };
const RECEIVING_AFTER = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${RECEIVING_VERBS_DE}|receives?|gets?|obtains?)\\b`, 'u');
const RECEIVING_BEFORE = new RegExp(`\\b(?:${RECEIVING_VERBS_DE})\\s`, 'u');

/**
 * A German passive whose subject is the party (*Der Kunde wird … informiert*): the last word
 * is a participle, not an infinitive, so the party is told, not obliged.
 */
function isPatient(statement: string, found: Found): boolean {
  if (found.kind !== 'subject' && found.kind !== 'inverted') return false;
  if (!/\b(?:wird|werden)\b/u.test(statement)) return false;
  const words = statement.match(/[\p{L}-]+/gu) ?? [];
  const last = words[words.length - 1] ?? '';
  if (/^(?:ist|hat|wird|sind|werden)$/u.test(last)) return false;
  return /\p{Ll}t$/u.test(last) && !/\bzu\s+\p{Ll}+en\b/u.test(statement);
}

function findCues(text: string, base: number, actors: Actors): Found[] {
  const found: Found[] = [];
  for (const rule of rulesFor(actors)) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const party: ResponsibleParty | null =
        rule.kind === 'parties' ? 'shared' : (rule.party ?? roleOfMention(actors, match.groups?.['actor'] ?? ''));
      if (party === null) continue;
      const raw = match[0];
      const lead = raw.length - raw.replace(/^[-–•*\s]+/u, '').length;
      const mentionAt = match.indices?.groups?.['actor']?.[0] ?? match.index;
      const mentionEnd = match.indices?.groups?.['actor']?.[1] ?? match.index + raw.length;
      const candidate: Found = {
        cue: { text: raw.slice(lead).trim(), start: base + match.index + lead, party },
        kind: rule.kind,
        option: rule.option,
        mention: base + mentionAt,
      };
      // The subject of a receiving verb is not the one who acts (*Der Kunde erhält*, *Customer receives*).
      if (rule.kind === 'subject' && RECEIVING_AFTER.test(text.slice(mentionEnd))) continue;
      if (rule.kind === 'inverted' && RECEIVING_BEFORE.test(raw)) continue;
      if (isPatient(text, candidate)) continue;
      found.push(candidate);
    }
  }
  // One actor mention is one cue: an option reading wins (*Der Auftraggeber kann*), then the strongest.
  found.sort((a, b) => a.mention - b.mention || Number(b.option) - Number(a.option) || RANK[a.kind] - RANK[b.kind]);
  const kept: Found[] = [];
  for (const candidate of found) {
    if (!kept.some((other) => other.mention === candidate.mention)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.cue.start - b.cue.start);
}

/** Which of the cues of one statement act: the grammar of the main clause decides. */
function actingCues(found: Found[]): Found[] {
  const subjects = found.filter((f) => f.kind === 'subject' || f.kind === 'assignment' || f.kind === 'parties');
  let acting = found;
  // A German subject that opens the statement: a party after the verb is an object.
  if (subjects.some((f) => f.kind === 'subject' && !f.option)) acting = acting.filter((f) => f.kind !== 'inverted');
  // An agent inside a statement that has its own subject is part of a subordinate phrase.
  if (acting.some((f) => !f.option && f.kind !== 'agent')) acting = acting.filter((f) => f.kind !== 'agent');
  return acting;
}

/** Reads `text`; `antecedent` is who an opening *er* refers to when the text itself does not say. */
export function readText(text: string, actors: Actors, antecedent: PartyRole | null = null): Reading {
  const sentences: SentenceReading[] = [];
  const statements: Statement[] = [];
  const subjects: { at: number; party: PartyRole }[] = [];

  splitSentences(text).forEach((sentence, sentenceIndex) => {
    const sentenceCues: ResponsibilityCue[] = [];
    let duty = false;
    let option = false;
    const parties = new Set<ResponsibleParty>();

    for (const part of splitStatements(sentence.text, actors)) {
      const base = sentence.start + part.offset;
      const conditional = CONDITION_START.test(part.text) || VERB_FIRST_CONDITION.test(part.text);
      const optionWords = OPTION_WORDS.test(part.text);
      const modal = MODAL_OPTION.test(part.text);
      const prohibition = PROHIBITION.test(part.text);
      const found = actingCues(findCues(part.text, base, actors));
      const hasSubject = found.some((f) => f.kind !== 'agent' && f.kind !== 'assignment');
      if (!hasSubject) found.push(...findPronouns(text, part.text, base, actors, subjects, antecedent));

      const duties: ResponsibilityCue[] = [];
      const options: ResponsibilityCue[] = [];
      for (const f of found) {
        const modalOption = f.option || (f.kind === 'agent' && modal);
        const isOption = (modalOption && !(prohibition && /\b(?:darf|dürfen|may)\b/u.test(part.text))) || optionWords;
        (isOption ? options : duties).push(f.cue);
        if ((f.kind === 'subject' || f.kind === 'inverted') && f.cue.party !== 'shared') subjects.push({ at: f.cue.start, party: f.cue.party as PartyRole });
      }
      const framed = duties.length === 0 && options.length === 0 && !conditional && !optionWords && !modal;
      statements.push({ text: part.text, start: base, sentence: sentenceIndex, duties, options, framed });

      for (const cue of duties) {
        duty = true;
        if (cue.party === 'shared') {
          parties.add('provider');
          parties.add('customer');
        } else parties.add(cue.party);
      }
      if (options.length > 0) option = true;
      sentenceCues.push(...duties, ...options);
    }

    const party: ResponsibleParty | null =
      parties.size === 0 ? null : parties.size === 2 ? 'shared' : ([...parties][0] as ResponsibleParty);
    sentences.push({
      text: sentence.text,
      start: sentence.start,
      party: duty ? party : (sentenceCues[0]?.party ?? null),
      force: duty ? 'duty' : option ? 'option' : 'none',
      cues: sentenceCues.sort((a, b) => a.start - b.start),
    });
  });
  return { sentences, statements };
}
