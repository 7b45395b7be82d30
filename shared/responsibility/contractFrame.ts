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
import type { Annex, Clause, Party, PartyRole, Section, SentenceReading } from '../contract/model';
import { citeClause } from '../contract/reference';
import { excerpt } from '../text/excerpt';
import { annexReference, findReference, mayNameAnnex } from './annexReference';
import { IMPLEMENTS } from './carryingOut';
import { readClauses, type ClauseReading } from './classify';
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

function sentencesOf(section: Section, parties: readonly Party[], readingsOf?: SectionReadings): ReadSentence[] {
  return (readingsOf?.(section) ?? readClauses(section, parties)).flatMap(({ reading, leadIn }, clauseIndex) => {
    const clause = section.clauses[clauseIndex]!;
    const party = leadIn ? { party: leadIn.frame.party, text: leadIn.text } : null;
    return reading.sentences.map((sentence, index) => {
      const framed = reading.statements.every((statement) => statement.sentence !== index || statement.framed);
      return { clause, clauseIndex, text: clause.text.slice(sentence.start, sentence.end).replace(LIST_MARKER, ''), reading: sentence, framed, leadIn: party };
    });
  });
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
  return section.clauses.some(namerOf(annexes));
}

/** Whether a clause names one of `annexes`, with the cheap test first (`mayNameAnnex`). */
function namerOf(annexes: readonly Annex[]): (clause: Pick<Clause, 'text'>) => boolean {
  const references = annexes.map(annexReference);
  const mayName = mayNameAnnex(annexes);
  return (clause) => mayName.test(clause.text) && references.some((reference) => reference.test(clause.text));
}

/** The frame the body sets for `annexes` (the TOM annexes), or null when no sentence of it gives them to a party. */
export function contractFrame(sections: readonly Section[], annexes: readonly Annex[], parties: readonly Party[], readingsOf?: SectionReadings): Frame | null {
  if (annexes.length === 0) return null;
  const references = annexes.map(annexReference);
  const mayName = mayNameAnnex(annexes);
  const names = namerOf(annexes);
  const candidates: Candidate[] = [];
  for (const section of sections) {
    if (!section.clauses.some(names)) continue;
    const sentences = sentencesOf(section, parties, readingsOf);
    sentences.forEach((sentence, index) => {
      if (!mayName.test(sentence.text)) return;
      const found = references.map((reference) => findReference(sentence.text, reference)).find((place) => place !== null);
      if (!found) return;
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
      for (const other of beside(sentences, index)) {
        const otherDuty = dutyOf(other);
        if (!otherDuty || !MEASURES.test(other.text) || !IMPLEMENTS.test(other.text)) continue;
        candidates.push({ frame: { party: otherDuty.party, cue: `${otherDuty.cue} … ${pointer}`, scope: 'contract', at: citation(section, other.clause) }, rank: 1 });
        break;
      }
    });
  }
  return chosen(candidates);
}

/** The sentences of the section before the pointer, nearest first, then those after it in its own clause. */
function beside(sentences: readonly ReadSentence[], index: number): ReadSentence[] {
  const clauseIndex = sentences[index]!.clauseIndex;
  return [...sentences.slice(0, index).reverse(), ...sentences.slice(index + 1).filter((sentence) => sentence.clauseIndex === clauseIndex)];
}

/** The most direct candidate (the first of them); a candidate for the other party makes it a conflict. */
function chosen(candidates: readonly Candidate[]): Frame | null {
  if (candidates.length === 0) return null;
  const best = [...candidates].sort((a, b) => a.rank - b.rank)[0]!.frame;
  const other = candidates.find((candidate) => candidate.frame.party !== best.party)?.frame;
  return other ? { ...best, conflict: { party: other.party, frame: other.cue, scope: other.scope, ...(other.at ? { at: other.at } : {}) } } : best;
}
