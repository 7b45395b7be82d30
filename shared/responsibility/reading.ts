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
import type { PartyRole, ResponsibilityCue, ResponsibleParty, SentenceReading } from '../contract';
import { MASKED, maskMentions, roleOfMasked, type Actors } from './actors';
import { CONDITION_START, MODAL_CAPABILITY, MODAL_OPTION, PROHIBITION, hasOptionWords, mayHaveOptionWords, RECEIVING_VERBS_DE, VERB_FIRST_CONDITION, cueRules, englishCueRules, type CueRule, type Found } from './cues';
import { findPronouns } from './pronouns';
import { STATEMENT_LEAD } from './rule';
import { splitSentences } from './sentences';
import { allMatches, latin, latinSource } from '../text';
import { pushAll } from '../lists';

const LEAD = new RegExp(latinSource(`^\\s*${STATEMENT_LEAD}`), 'u');

export interface Statement {
  readonly text: string;
  readonly start: number;
  readonly sentence: number;
  readonly duties: readonly ResponsibilityCue[];
  readonly options: readonly ResponsibilityCue[];
  /** Names nobody and is no option: the measure as the annex's frame describes it. */
  readonly framed: boolean;
  /** Names nobody and only offers or permits (*Users can export reports*, *auf Wunsch*): no frame makes it a duty. */
  readonly offered: boolean;
}

export interface Reading {
  readonly sentences: readonly SentenceReading[];
  readonly statements: readonly Statement[];
}

/** A masked party mention (its first character). */
const MENTION = new RegExp(`[${MASKED.any.slice(1, MASKED.any.indexOf(']'))}${MASKED.possessive.slice(1, MASKED.possessive.indexOf(']'))}]`, 'u');

/**
 * The cue rules, compiled once: they read masked texts, so no contract's names are in them.
 * `needs` holds the indexes of the rule's words in `words`: several rules need the same
 * words, and a statement is searched for each word at most once. The English rules are built
 * the first time a statement may be English (most of the building's cost: a German contract's
 * first edit or decision in a fresh window paid it for nothing).
 */
interface CompiledRule {
  readonly rule: CueRule;
  readonly needs: readonly number[] | null;
}
const ruleWords: string[] = [];
let germanRules: readonly CompiledRule[] | null = null;
let englishRules: readonly CompiledRule[] | null = null;
function compile(list: readonly CueRule[]): CompiledRule[] {
  const indexOf = (word: string) => (ruleWords.includes(word) ? ruleWords.indexOf(word) : ruleWords.push(word) - 1);
  return list.map((rule) => ({ rule, needs: rule.needs?.map(indexOf) ?? null }));
}
/** The rule sets to try, in order: the German (and any language's) first, then the English where `english`. */
function rulesFor(english: boolean): readonly (readonly CompiledRule[])[] {
  germanRules ??= compile(cueRules(MASKED));
  if (!english) return [germanRules];
  englishRules ??= compile(englishCueRules(MASKED));
  return [germanRules, englishRules];
}

/** Whether a statement holds each of the rules' words: 0 not yet looked for, 1 absent, 2 present. */
let wordsFound = new Uint8Array(0);

/**
 * `;`, or a comma before a new German main clause with its own subject (a party, or *der
 * Layer-7-DDoS-Schutz obliegt*). English needs no split: its subjects stand before their
 * verbs wherever they are. Reads the masked sentence.
 */
const CLAUSE_BREAK = new RegExp(
  latinSource(`;\\s+|,\\s+(?:und\\s+|aber\\s+|doch\\s+)?(?=(?:der|die|das)\\s+(?:${MASKED.any}\\s+\\p{Ll}|\\p{Lu}[\\p{L}\\p{N}/-]*\\s+(?:obliegt|liegt|ist|wird|werden|bleibt|sind)\\b))`),
  'gu',
);

/** The statements of a sentence, split where its masked twin (same offsets) shows a break. */
function splitStatements(sentence: string, masked: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number; comma: boolean }[] = [];
  let last = 0;
  let comma = false;
  for (const match of allMatches(CLAUSE_BREAK, masked)) {
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

const RANK: Record<CueRule['kind'], number> = { assignment: 0, parties: 1, subject: 2, inverted: 3, agent: 4 };
const RECEIVING_AFTER = new RegExp(latinSource(`^\\s+(?:\\p{Ll}+\\s+)?(?:${RECEIVING_VERBS_DE}|receives?|gets?|obtains?)\\b`), 'u');
const RECEIVING_BEFORE = new RegExp(`\\b(?:${RECEIVING_VERBS_DE})\\s`, 'u');

const WORD_CHAR_AT_END = latin(/[\p{L}-]$/u);

/** The last word (letters and hyphens) of a statement, found from its end. */
function lastWord(statement: string): string {
  const wordCharBefore = (at: number) => at > 0 && WORD_CHAR_AT_END.test(statement.slice(Math.max(0, at - 2), at));
  let end = statement.length;
  while (end > 0 && !wordCharBefore(end)) end--;
  let start = end;
  while (wordCharBefore(start)) start -= statement.codePointAt(start - 2)! > 0xffff && start >= 2 ? 2 : 1;
  return statement.slice(start, end);
}

const PARTICIPLE_T = latin(/\p{Ll}t$/u);
const ZU_INFINITIVE = latin(/\bzu\s+\p{Ll}+en\b/u);

/**
 * A German passive statement (*Der Kunde wird … informiert*): the last word is a participle,
 * not an infinitive, so its subject is told, not obliged. It reads the whole statement, so
 * a statement is asked once, however many cues it holds (asking per cue was quadratic: 30 s
 * for a paragraph of 1 MB without a full stop).
 */
function isPassive(statement: string): boolean {
  if (!/\b(?:wird|werden)\b/u.test(statement)) return false;
  const last = lastWord(statement);
  if (/^(?:ist|hat|wird|sind|werden)$/u.test(last)) return false;
  return PARTICIPLE_T.test(last) && !ZU_INFINITIVE.test(statement);
}

/** Whether the subject of `found` is the one acted upon: a subject or inverted cue in a passive statement. */
function isPatient(found: Found, passive: () => boolean): boolean {
  return (found.kind === 'subject' || found.kind === 'inverted') && passive();
}

const GERMAN_WORDS = /\b(?:der|die|das|und|wird|werden|ist|sind|den|dem|des|nicht|mit|von|zu|für|obliegt)\b/u;
const ENGLISH_WORDS = /\b(?:the|shall|and|is|are|of|to|will|must|with|by|be|may|its)\b/u;

/** The rules worth trying on a statement: those of its language, or all where it shows both or neither. */
function languagesOf(text: string): { de: boolean; en: boolean; any: boolean } {
  const de = GERMAN_WORDS.test(text);
  const en = ENGLISH_WORDS.test(text);
  return de === en ? { de: true, en: true, any: true } : { de, en, any: true };
}

/** The cues of one statement; `masked` is the statement with its party mentions masked (`maskMentions`). */
function findCues(text: string, masked: string, base: number, actors: Actors): Found[] {
  const found: Found[] = [];
  if (!actors.mayHoldCue.test(text)) return found;
  const languages = languagesOf(text);
  const named = MENTION.test(masked);
  const sets = rulesFor(languages.en);
  let passive: boolean | undefined;
  const statementIsPassive = () => (passive ??= isPassive(text));
  if (wordsFound.length !== ruleWords.length) wordsFound = new Uint8Array(ruleWords.length);
  else wordsFound.fill(0);
  const holds = (word: number) => {
    if (wordsFound[word] === 0) wordsFound[word] = masked.includes(ruleWords[word]!) ? 2 : 1;
    return wordsFound[word] === 2;
  };
  for (const compiled of sets) {
    for (const { rule, needs } of compiled) {
      if (!languages[rule.language]) continue;
      // A rule with an actor needs a party mention; one with words needs one of them.
      if (!named && rule.kind !== 'parties' && rule.party === undefined) continue;
      if (needs && !needs.some(holds)) continue;
      if (rule.requires && !rule.requires.test(masked)) continue;
      for (const match of allMatches(rule.pattern, masked)) {
        const mentionAt = match.indices?.groups?.['actor']?.[0] ?? match.index;
        const mentionEnd = match.indices?.groups?.['actor']?.[1] ?? match.index + match[0].length;
        const party: ResponsibleParty | null = rule.kind === 'parties' ? 'shared' : (rule.party ?? roleOfMasked(match.groups?.['actor'] ?? ''));
        if (party === null) continue;
        const raw = text.slice(match.index, match.index + match[0].length);
        const lead = raw.length - raw.replace(LEAD, '').length;
        const candidate: Found = {
          cue: { text: raw.slice(lead).trim(), start: base + match.index + lead, party },
          kind: rule.kind,
          option: rule.option,
          mention: base + mentionAt,
        };
        // The subject of a receiving verb is not the one who acts (*Der Kunde erhält*, *Customer receives*).
        if (rule.kind === 'subject' && RECEIVING_AFTER.test(text.slice(mentionEnd))) continue;
        if (rule.kind === 'inverted' && RECEIVING_BEFORE.test(raw)) continue;
        if (isPatient(candidate, statementIsPassive)) continue;
        found.push(candidate);
      }
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

/**
 * A statement up to its first clause of purpose or content (*…, dass Benutzer nur ihre Daten
 * sehen können*, *… so that users can only see their data*): a *kann* or *can* in there says
 * what the measure makes possible, not that a party may choose it.
 */
const SUBORDINATE = /,\s*(?:so\s+)?(?:dass|daß|sodass|damit)\b|\b(?:so|such|in\s+order)\s+that\b|,\s*that\b/u;

function beforeSubordinate(statement: string): string {
  const at = statement.search(SUBORDINATE);
  return at < 0 ? statement : statement.slice(0, at);
}

const ENGLISH_WORD = latin(/[\p{L}\p{N}-]+/gu);
const ENGLISH_PASSIVE_BEFORE = latin(/\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+\s+){0,2}$/u);
const PARTICIPLE_AFTER = latin(/^\s+(?:selbst\s+)?(?:zu\s+\p{Ll}+|\p{Ll}+(?:t|en)(?:e[nmrs]?)?\b)/u);
const PARTICIPLE_WORD = latin(/^\p{Ll}+(?:t|en)$/u);
const GERUNDIVE = latin(/\bzu\s+\p{Ll}+en\b|\b\p{Ll}+zu\p{Ll}+en\b/u);
const LETTER_FIRST = latin(/^\p{L}/u);

/**
 * A German agent (*vom Auftraggeber*, *durch den Auftragnehmer*) acts only in a passive
 * (*wird … vergeben*, *sind … sicherzustellen*) or before a participle (*vom Kunden
 * gewählten*, *vom Kunden zu vergebendes*); after a noun in a statement without one
 * (*Bei Akzeptanz durch den Auftraggeber werden die Maßnahmen Grundlage*) it names who
 * would do something, not who must.
 */
function agentActs(statement: string, offset: number, found: Found): boolean {
  if (found.kind !== 'agent' || found.cue.text === '') return true;
  if (/\bby\b/u.test(found.cue.text)) {
    // An English agent acts in a passive (*are encrypted by*) or after the measure's own noun (*Daily backups performed by*), not after any noun (*measures taken by the controller*).
    const before = statement.slice(0, found.cue.start - offset);
    const words = before.match(ENGLISH_WORD) ?? [];
    const ownNoun = words.length <= 4 && !words.some((word) => /^(?:to|of|for|in|on|at|from|with|about|concerning|regarding|by|and|or)$/iu.test(word));
    return ENGLISH_PASSIVE_BEFORE.test(before) || ownNoun;
  }
  const after = statement.slice(found.cue.start - offset + found.cue.text.length);
  // Data or instructions described by who gave them (*vom Verantwortlichen erteilte Weisungen*) are not a measure of theirs.
  if (/^\s+(?:erteilt|vorgegeben|genehmigt|freigegeben|gewünscht|beauftragt|angewiesen|festgelegt|autorisiert|angeordnet|verlangt|benannt|verarbeitet|übermittelt|übergeben|bereitgestellt|überlassen|eingebracht|gespeichert|verantwortet)e[nmrs]?\b/u.test(after)) return false;
  if (PARTICIPLE_AFTER.test(after) && !/^\s+(?:selbst\s+)?(?:und|oder|nicht|in|im|an|auf|für|bei|mit|nach|werden|wird|ist|sind|hat|haben|zu\s+(?:den|der|dem))\b/u.test(after)) return true;
  const last = lastWord(statement);
  const passive = /\b(?:wird|werden|wurde|wurden|worden|ist|sind)\b/u.test(statement) && PARTICIPLE_WORD.test(last);
  const gerundive = GERUNDIVE.test(statement);
  const happens = /\b(?:erfolgt|erfolgen|geschieht|geschehen)\b/u.test(statement);
  return passive || gerundive || happens || !LETTER_FIRST.test(found.cue.text);
}

/** Which of the cues of one statement act: the grammar of the main clause decides. */
function actingCues(found: Found[], statement: string, offset: number): Found[] {
  let acting = found.filter((f) => agentActs(statement, offset, f));
  // A German subject that opens the statement: a party after the verb is an object.
  if (acting.some((f) => f.kind === 'subject' && !f.option)) acting = acting.filter((f) => f.kind !== 'inverted');
  // An agent inside a statement that has its own subject, duty or right, is part of a subordinate phrase.
  if (acting.some((f) => f.kind !== 'agent')) acting = acting.filter((f) => f.kind !== 'agent');
  return acting;
}

/** Reads `text`; `antecedent` is who an opening *er* refers to when the text itself does not say. */
export function readText(text: string, actors: Actors, antecedent: PartyRole | null = null): Reading {
  // The same words with the same parties read the same: a version compared with its
  // predecessor, or a clause re-read after an edit elsewhere, costs nothing the second time.
  let cache = readings.get(actors);
  if (!cache) {
    cache = new Map();
    readings.set(actors, cache);
  }
  const key = `${antecedent ?? ''}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const reading = read(text, actors, antecedent);
  if (cache.size >= MAX_CACHED_READINGS) cache.delete(cache.keys().next().value!);
  cache.set(key, reading);
  return reading;
}

/** Readings kept per set of parties: enough for two large contracts side by side. */
const MAX_CACHED_READINGS = 20_000;
const readings = new WeakMap<Actors, Map<string, Reading>>();

function read(text: string, actors: Actors, antecedent: PartyRole | null): Reading {
  const sentences: SentenceReading[] = [];
  const statements: Statement[] = [];
  const subjects: { at: number; party: PartyRole }[] = [];

  const masked = maskMentions(text, actors);
  const optionStems = mayHaveOptionWords(text);
  splitSentences(text).forEach((sentence, sentenceIndex) => {
    const maskedSentence = masked.slice(sentence.start, sentence.start + sentence.text.length);
    const sentenceCues: ResponsibilityCue[] = [];
    let duty = false;
    let option = false;
    const parties = new Set<ResponsibleParty>();

    for (const part of splitStatements(sentence.text, maskedSentence)) {
      const base = sentence.start + part.offset;
      const optionWords = optionStems && hasOptionWords(part.text);
      // Tested only when a cue or the frame asks: most statements never need them.
      let modal: boolean | undefined;
      const isModal = () => (modal ??= MODAL_OPTION.test(beforeSubordinate(part.text)));
      const forbids = () => PROHIBITION.test(part.text) && /\b(?:darf|dürfen|may)\b/u.test(part.text);
      const cues = findCues(part.text, masked.slice(base, base + part.text.length), base, actors);
      if (!cues.some((f) => f.kind !== 'agent' && f.kind !== 'assignment')) pushAll(cues, findPronouns(masked, part.text, base, subjects, antecedent));
      const found = actingCues(cues, part.text, base);

      const duties: ResponsibilityCue[] = [];
      const options: ResponsibilityCue[] = [];
      for (const f of found) {
        const modalOption = f.option || (f.kind === 'agent' && isModal());
        const isOption = (modalOption && !forbids()) || optionWords;
        (isOption ? options : duties).push(f.cue);
        if ((f.kind === 'subject' || f.kind === 'inverted') && f.cue.party !== 'shared') subjects.push({ at: f.cue.start, party: f.cue.party as PartyRole });
      }
      const conditional = () => CONDITION_START.test(part.text) || VERB_FIRST_CONDITION.test(part.text);
      // A modal that only says what the measure makes possible or rules out does not make it an option (`MODAL_CAPABILITY`).
      let offers: boolean | undefined;
      const offered = () => (offers ??= isModal() && !MODAL_CAPABILITY.test(beforeSubordinate(part.text)));
      const framed = duties.length === 0 && options.length === 0 && !optionWords && !offered() && !conditional();
      const offeredOnly = duties.length === 0 && options.length === 0 && (optionWords || offered());
      statements.push({ text: part.text, start: base, sentence: sentenceIndex, duties, options, framed, offered: offeredOnly });

      for (const cue of duties) {
        duty = true;
        if (cue.party === 'shared') {
          parties.add('provider');
          parties.add('customer');
        } else parties.add(cue.party);
      }
      if (options.length > 0) option = true;
      pushAll(pushAll(sentenceCues, duties), options);
    }

    const party: ResponsibleParty | null =
      parties.size === 0 ? null : parties.size === 2 ? 'shared' : ([...parties][0] as ResponsibleParty);
    sentences.push({
      start: sentence.start,
      end: sentence.start + sentence.text.length,
      party: duty ? party : (sentenceCues[0]?.party ?? null),
      force: duty ? 'duty' : option ? 'option' : 'none',
      cues: sentenceCues.sort((a, b) => a.start - b.start),
    });
  });
  return { sentences, statements };
}
