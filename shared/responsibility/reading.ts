/**
 * Reads one text (a measure or a duty clause) sentence by sentence and statement by
 * statement: who acts, whether it is a duty or only an option, and which statements
 * name nobody (those take the annex's frame).
 */
import type { PartyRole, ResponsibilityCue, ResponsibleParty, SentenceReading } from '../contract/model';
import { roleOfMention, type Actors } from './actors';
import { CONDITION_START, MODAL_OPTION, OPTION_WORDS, VERB_FIRST_CONDITION, cueRules, type CueRule } from './cues';
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

/** A new main clause with its own subject after a comma (`…, der Layer-7-DDoS-Schutz obliegt …`). */
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:der|die|das)\s+\p{Lu}[\p{L}\p{N}/-]*\s+(?:obliegt|liegt|ist|wird|werden|bleibt|sind)\b)/gu;
const NOMINATIVE_MENTION = (actors: Actors) => new RegExp(`(?:^|[^\\p{L}])(?:[Dd]er|[Dd]ie|[Tt]he)\\s+(?<actor>${actors.any})`, 'gu');
const PRONOUN_SUBJECT = /(?:\b(?:hat|wird|muss|ist|soll|kann|darf|bleibt|trägt|so\s+hat|so\s+wird)\s+er\b|^(?:[-–•]\s*)?Er\b)/gu;
const PROHIBITION = /\b(?:nicht|nur|ausschließlich|keine[nmrs]?|not|only)\b/u;

const rulesCache = new WeakMap<Actors, CueRule[]>();
function rulesFor(actors: Actors): CueRule[] {
  let rules = rulesCache.get(actors);
  if (!rules) {
    rules = cueRules(actors);
    rulesCache.set(actors, rules);
  }
  return rules;
}

function splitStatements(sentence: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let last = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    parts.push({ text: sentence.slice(last, match.index), offset: last });
    last = match.index + match[0].length;
  }
  parts.push({ text: sentence.slice(last), offset: last });
  return parts.filter((part) => part.text.trim() !== '');
}

interface Found {
  readonly cue: ResponsibilityCue;
  readonly kind: CueRule['kind'];
  readonly option: boolean;
  /** Where the actor's name starts: one mention is one cue. */
  readonly mention: number;
}

function findCues(text: string, base: number, actors: Actors): Found[] {
  const found: Found[] = [];
  for (const rule of rulesFor(actors)) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const party: ResponsibleParty | null =
        rule.kind === 'parties' ? 'shared' : roleOfMention(actors, match.groups?.['actor'] ?? '');
      if (party === null) continue;
      const raw = match[0];
      const lead = raw.length - raw.replace(/^[-–•\s]+/u, '').length;
      found.push({
        cue: { text: raw.slice(lead).trim(), start: base + match.index + lead, party },
        kind: rule.kind,
        option: rule.option,
        mention: base + (match.indices?.groups?.['actor']?.[0] ?? match.index),
      });
    }
  }
  // One actor mention is one cue: an option reading wins (*Der Auftraggeber kann*), then the strongest.
  const rank = (kind: CueRule['kind']) => ({ assignment: 0, parties: 1, subject: 2, agent: 3 })[kind];
  found.sort((a, b) => a.mention - b.mention || Number(b.option) - Number(a.option) || rank(a.kind) - rank(b.kind));
  const kept: Found[] = [];
  for (const candidate of found) {
    if (!kept.some((other) => other.mention === candidate.mention)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.cue.start - b.cue.start);
}

/** Reads `text`; `antecedent` is who an opening *er* refers to when the text itself does not say. */
export function readText(text: string, actors: Actors): Reading {
  const sentences: SentenceReading[] = [];
  const statements: Statement[] = [];
  let antecedent: PartyRole | null = null;
  const mentionPattern = NOMINATIVE_MENTION(actors);

  splitSentences(text).forEach((sentence, sentenceIndex) => {
    const sentenceCues: ResponsibilityCue[] = [];
    let duty = false;
    let option = false;
    const parties = new Set<ResponsibleParty>();

    for (const part of splitStatements(sentence.text)) {
      const base = sentence.start + part.offset;
      const conditional = CONDITION_START.test(part.text) || VERB_FIRST_CONDITION.test(part.text);
      const optionWords = OPTION_WORDS.test(part.text);
      let found = findCues(part.text, base, actors);
      const hasSubjectDuty = found.some((f) => !f.option && f.kind !== 'agent');
      // An agent inside a statement that has its own subject is part of a subordinate phrase.
      if (hasSubjectDuty) found = found.filter((f) => f.kind !== 'agent');

      // *er* refers back to the last party named as subject before it.
      for (const pronoun of part.text.matchAll(PRONOUN_SUBJECT)) {
        const before = text.slice(0, base + pronoun.index);
        const mentions = [...before.matchAll(mentionPattern)];
        const last = mentions.length > 0 ? roleOfMention(actors, mentions[mentions.length - 1]!.groups!['actor']!) : antecedent;
        if (last) {
          const optionVerb = /\b(?:kann|darf)\b/u.test(pronoun[0]) || /\bhat\s+(?:er\s+)?das\s+Recht\b/u.test(part.text);
          found.push({
            cue: { text: pronoun[0].trim(), start: base + pronoun.index, party: last },
            kind: 'subject',
            option: optionVerb,
            mention: base + pronoun.index,
          });
        }
      }

      const duties: ResponsibilityCue[] = [];
      const options: ResponsibilityCue[] = [];
      for (const f of found) {
        const prohibition = f.option && /\b(?:darf|dürfen)\b/u.test(f.cue.text) && PROHIBITION.test(part.text);
        const isOption = (f.option && !prohibition) || optionWords;
        (isOption ? options : duties).push(f.cue);
      }
      const framed = duties.length === 0 && options.length === 0 && !conditional && !optionWords && !MODAL_OPTION.test(part.text);
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
      for (const mention of part.text.matchAll(mentionPattern)) {
        antecedent = roleOfMention(actors, mention.groups!['actor']!) ?? antecedent;
      }
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
