/**
 * The contract's body as the frame of the TOM annex, where the annex itself names nobody: a
 * sentence that gives the annex's measures to a party (*Der Auftragnehmer verpflichtet sich:
 * … die in Anlage 1 definierten TOMs aufrechtzuerhalten*, *The Processor shall implement the
 * measures set out in Annex II*), or one that only points at the annex (*Die konkret
 * umgesetzten Maßnahmen ergeben sich aus Anlage 1*) beside the sentence of its section that
 * says who takes them (*Der Auftragsverarbeiter trifft angemessene technische und
 * organisatorische Maßnahmen*). Only words of carrying the measures out count: a party that
 * reviews, accepts or may change them does not implement them.
 */
import { citeClause, type Annex, type Clause, type Party, type PartyRole, type Section, type SentenceReading } from '../contract';
import { excerpt } from '../text';
import { annexReferences } from './annexReference';
import { IMPLEMENTS } from './carryingOut';
import { actorsFor, type Actors } from './actors';
import { leadInsOf, type ClauseReading, type LeadIn } from './classify';
import { readText, type Reading } from './reading';
import { splitSentences } from './sentences';
import type { Frame } from './frames';

/** Words of measures in general (*Maßnahmen*, *controls*), for a sentence that says who takes them without naming the annex. */
const MEASURES = /ma(?:ß|ss)nahmen|measures|safeguards|controls|\bTOMs?\b/iu;

interface Candidate {
  readonly frame: Frame;
  /** 0: the sentence that names the annex gives it to a party; 1: a sentence beside it in its section does. */
  readonly rank: number;
}

interface ReadSentence {
  readonly clause: Clause;
  readonly clauseIndex: number;
  readonly text: string;
  readonly reading: SentenceReading;
  /** Names nobody, and is neither an option nor a condition: the lead-in or the section says who acts. */
  readonly framed: boolean;
  readonly leadIn: { readonly party: PartyRole; readonly text: string } | null;
}

const LIST_MARKER = /^(?:[-–•*]\s+|\(?[a-z0-9]{1,3}[.)]\s+)/iu;
const LOWER_START = /^\p{Ll}/u;

function citation(section: Section, clause: Clause): string {
  const cited = citeClause(section, clause);
  return typeof cited === 'string' ? cited : section.number;
}

/** A section's clauses as `readClauses` reads them, where the caller read them already (the parser does). */
export type SectionReadings = (section: Section) => readonly ClauseReading[] | undefined;

/** Where a sentence stands: its clause, and its place among the clause's sentences. */
interface SentencePlace {
  readonly clauseIndex: number;
  readonly index: number;
  readonly text: string;
}

/**
 * A section's sentences, whose clauses are read when one of their sentences is asked about:
 * the frame needs the readings of the few sentences that name the annex or sit beside such
 * a pointer, not of the whole section (a comparison reads no clause for its own duties).
 * The sentences are the reading's own (`splitSentences`, as `readText` cuts them).
 */
class SectionSentences {
  readonly places: SentencePlace[] = [];
  private readonly read: (ClauseReading | { readonly reading: Reading; readonly leadIn: LeadIn | null } | undefined)[];
  private readonly leadIns: readonly (LeadIn | null)[] | null;
  private readonly actors: Actors;

  constructor(
    private readonly section: Section,
    parties: readonly Party[],
    readingsOf?: SectionReadings,
  ) {
    const readings = readingsOf?.(section);
    this.read = readings ? [...readings] : [];
    this.actors = actorsFor(parties);
    this.leadIns = readings ? null : leadInsOf(section, this.actors);
    section.clauses.forEach((clause, clauseIndex) => {
      const spans = readings ? readings[clauseIndex]!.reading.sentences : splitSentences(clause.text).map((sentence) => ({ start: sentence.start, end: sentence.start + sentence.text.length }));
      spans.forEach((span, index) => this.places.push({ clauseIndex, index, text: clause.text.slice(span.start, span.end).replace(LIST_MARKER, '') }));
    });
  }

  /** The sentence at `at` with its clause's reading. */
  sentence(at: number): ReadSentence {
    const { clauseIndex, index, text } = this.places[at]!;
    const clause = this.section.clauses[clauseIndex]!;
    const { reading, leadIn } = (this.read[clauseIndex] ??= this.readClause(clauseIndex));
    const framed = reading.statements.every((statement) => statement.sentence !== index || statement.framed);
    return { clause, clauseIndex, text, reading: reading.sentences[index]!, framed, leadIn: leadIn ? { party: leadIn.frame.party, text: leadIn.text } : null };
  }

  private readClause(clauseIndex: number): { reading: Reading; leadIn: LeadIn | null } {
    const leadIn = this.leadIns![clauseIndex]!;
    return { reading: readText(this.section.clauses[clauseIndex]!.text, this.actors, leadIn?.frame.party ?? null), leadIn };
  }
}

/** The one party a sentence gives a duty to: its own subject, or the lead-in its clause continues. */
function dutyOf(sentence: ReadSentence): { party: PartyRole; cue: string } | null {
  const reading = sentence.reading;
  if (reading.force === 'duty' && (reading.party === 'provider' || reading.party === 'customer')) return { party: reading.party, cue: excerpt(sentence.text, 160) };
  if (sentence.leadIn && sentence.framed) return { party: sentence.leadIn.party, cue: `${excerpt(sentence.leadIn.text, 80)} … ${excerpt(sentence.text, 120)}` };
  return null;
}

/** Whether a section names one of `annexes` (the TOM annexes) at all: only such a section can set their frame. */
export function namesAnnex(section: Pick<Section, 'clauses'>, annexes: readonly Annex[]): boolean {
  if (annexes.length === 0) return false;
  const references = annexReferences(annexes);
  return section.clauses.some((clause) => references.names(clause.text));
}

/** The frame the body sets for `annexes` (the TOM annexes), or null when no sentence of it gives them to a party. */
export function contractFrame(sections: readonly Section[], annexes: readonly Annex[], parties: readonly Party[], readingsOf?: SectionReadings): Frame | null {
  if (annexes.length === 0) return null;
  const references = annexReferences(annexes);
  const candidates: Candidate[] = [];
  for (const section of sections) {
    if (!section.clauses.some((clause) => references.names(clause.text))) continue;
    const sentences = new SectionSentences(section, parties, readingsOf);
    sentences.places.forEach((place, index) => {
      const found = references.find(place.text);
      if (!found) return;
      const sentence = sentences.sentence(index);
      const duty = dutyOf(sentence);
      if (duty) {
        if (IMPLEMENTS.test(sentence.text)) candidates.push({ frame: { party: duty.party, cue: duty.cue, scope: 'contract', at: citation(section, sentence.clause) }, rank: 0 });
        return;
      }
      // A sentence that starts in lower case continues a lead-in (*Embrace: … shall implement the measures set forth in Annex 2*): only that lead-in says who acts.
      if (!sentence.framed || LOWER_START.test(sentence.text)) return;
      // A pointer that names nobody (*Die konkret umgesetzten Maßnahmen ergeben sich aus Anlage 1*) is framed by the sentence of its section that says who takes the measures.
      const rest = sentence.text.slice(0, found.start) + sentence.text.slice(found.end);
      if (!MEASURES.test(rest)) return;
      const pointer = excerpt(sentence.text.slice(0, found.nameEnd), 120);
      for (const at of beside(sentences.places, index)) {
        const text = sentences.places[at]!.text;
        // The words first: only a sentence of carrying out measures has its clause read.
        if (!MEASURES.test(text) || !IMPLEMENTS.test(text)) continue;
        const other = sentences.sentence(at);
        const otherDuty = dutyOf(other);
        if (!otherDuty) continue;
        candidates.push({ frame: { party: otherDuty.party, cue: `${otherDuty.cue} … ${pointer}`, scope: 'contract', at: citation(section, other.clause) }, rank: 1 });
        break;
      }
    });
  }
  return chosen(candidates);
}

/** Of the section's sentences, those before the pointer, nearest first, then those after it in its own clause. */
function beside(places: readonly SentencePlace[], index: number): number[] {
  const clauseIndex = places[index]!.clauseIndex;
  const order: number[] = [];
  for (let at = index - 1; at >= 0; at--) order.push(at);
  for (let at = index + 1; at < places.length && places[at]!.clauseIndex === clauseIndex; at++) order.push(at);
  return order;
}

/** The most direct candidate (the first of them); a candidate for the other party makes it a conflict. */
function chosen(candidates: readonly Candidate[]): Frame | null {
  if (candidates.length === 0) return null;
  const best = [...candidates].sort((a, b) => a.rank - b.rank)[0]!.frame;
  const other = candidates.find((candidate) => candidate.frame.party !== best.party)?.frame;
  return other ? { ...best, conflict: { party: other.party, frame: other.cue, scope: other.scope, ...(other.at ? { at: other.at } : {}) } } : best;
}
