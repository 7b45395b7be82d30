/**
 * The contract as the checklist reads it: every clause and every annex other than the
 * TOM annex, as sentences with the place they stand (`9.2`, `5`, `Anlage II`) and, for a
 * clause, how its responsibility reading took each sentence (duty or only an option).
 */
import { citeClause, type Contract, type ResponsibleParty, type Section, type Clause, type Citation } from '../contract';
import { splitSentences } from '../responsibility';
import { pushAll } from '../lists';

/** Where the checklist found an item's wording: a clause of a section, or an annex (no item of the contract, so no `Target`). */
export type ChecklistLocation =
  | { readonly kind: 'clause'; readonly sectionId: string; readonly clauseId: string }
  | { readonly kind: 'annex'; readonly annexId: string };

export interface PassageSentence {
  readonly text: string;
  readonly force: 'duty' | 'option' | 'none';
  readonly party: ResponsibleParty | null;
  /** The annex entry after this line is a placeholder (`…`, `[…]`): a form not filled in. */
  readonly blankEntry: boolean;
  /** For an item of a list, the sentence that opens the list (*… the following obligations:*), else null. */
  readonly leadIn: string | null;
}

export interface Passage {
  /** `<section>.<clause>` (`9.2`, `8.a`), the section alone (`5`), or the annex label (`Anlage II`). */
  readonly ref: string;
  /** How a lawyer cites it: `9.2`, `8(a)`, `5 ¶4`, `Anlage II`. */
  readonly cite: Citation;
  readonly target: ChecklistLocation;
  readonly sectionId: string | null;
  /** The section title and clause heading: what the passage is about. */
  readonly about: string;
  /** The first clause of its section, which a section title like *Gegenstand und Dauer* describes. */
  readonly opensSection: boolean;
  /** The annex of technical and organisational measures: its title and preamble only. */
  readonly tomAnnex: boolean;
  readonly sentences: readonly PassageSentence[];
}

const PLACEHOLDER = /^(?:[.…_\s-]*|\[[^\]]*\]|\(?(?:tbd|n\/a|xxx)\)?)$/iu;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** `<section>.<clause>` or the section alone, as the command line's JSON names clauses. */
export function checklistReference(section: Section, clause: Clause): string {
  if (clause.number === null || clause.number === '') return section.number;
  if (clause.number.startsWith(`${section.number}.`)) return clause.number;
  return `${section.number}.${clause.number}`;
}

function clausePassage(section: Section, clause: Clause, index: number): Passage {
  const readings = new Map((clause.responsibility?.sentences ?? []).map((sentence) => [sentence.start, sentence]));
  const sentences = splitSentences(clause.text).map((sentence) => {
    const reading = readings.get(sentence.start);
    return { text: sentence.text, force: reading?.force ?? 'none', party: reading?.party ?? null, blankEntry: false, leadIn: null } as const;
  });
  return {
    ref: checklistReference(section, clause),
    cite: citeClause(section, clause),
    target: { kind: 'clause', sectionId: section.id, clauseId: clause.id },
    sectionId: section.id,
    about: [section.title, clause.heading ?? ''].join(' '),
    opensSection: index === 0,
    tomAnnex: false,
    sentences,
  };
}

export function passagesOf(contract: Contract): Passage[] {
  const passages: Passage[] = [];
  for (const part of passageParts(contract)) if (part) pushAll(passages, part);
  return passages;
}

/** Clauses read into passages between two steps of `passageParts`: splitting their sentences is the work. */
const CLAUSES_PER_STEP = 50;

/**
 * The passages of `contract` in order, a section or an annex at a time, with `null` between
 * every few dozen clauses of a long section: a caller that lets other work run at each `null`
 * reads a contract of any length in steps of bounded work.
 */
export function* passageParts(contract: Contract): Generator<Passage[] | null, void, undefined> {
  for (const section of contract.sections) {
    const read: Passage[] = [];
    for (const [index, clause] of section.clauses.entries()) {
      if (index > 0 && index % CLAUSES_PER_STEP === 0) yield null;
      read.push(tidy(clausePassage(section, clause, index)));
    }
    yield withLeadIns(read);
  }
  for (const annex of contract.annexes) {
    if (annex.isTomAnnex) {
      const sentences = [annex.title, ...annex.preamble].map((text) => ({ text, force: 'none', party: null, blankEntry: false, leadIn: null }) as const);
      const target = { kind: 'annex', annexId: annex.id } as const;
      yield [tidy({ ref: annex.label, cite: annex.label, target, sectionId: null, about: annex.title, opensSection: false, tomAnnex: true, sentences })];
      continue;
    }
    const lines = [annex.title, ...annex.items.flatMap((item) => item.split('\n'))];
    const sentences = lines.map((line, index) => {
      const next = lines.slice(index + 1).find((candidate) => candidate.trim() !== '');
      const allBlank = index === 0 && lines.length > 1 && lines.slice(1).every(isPlaceholder);
      return { text: line, force: 'none', party: null, blankEntry: allBlank || (index > 0 && next !== undefined && isPlaceholder(next)), leadIn: null } as const;
    });
    yield withLeadIns([tidy({ ref: annex.label, cite: annex.label, target: { kind: 'annex', annexId: annex.id }, sectionId: null, about: annex.title, opensSection: false, tomAnnex: false, sentences })]);
  }
}

/** A list's marker: a dash or bullet, `(1)`, `1.`, `a)`, `(iv)`. */
const LIST_ITEM = /^(?:[-•*–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s/u;
/** How a sentence ends that is complete in itself: anything else before a list runs on into its items. */
const FINISHED = /[.!?;]["“”»')\]]*$/u;

/**
 * Each list item with the sentence before the list that its items complete: one that ends in a
 * colon (*Upon termination of the service agreement:*) or runs on into them without a full
 * stop (*… werden die Daten nach dessen Wahl* / *- gelöscht oder*). A list may go on in the
 * clauses that follow, one item each, as the items of an unnumbered section do.
 */
function withLeadIns(passages: readonly Passage[]): Passage[] {
  const following = passages.flatMap((passage) => passage.sentences.map((sentence) => sentence.text)).slice(1);
  let at = 0;
  let leadIn: string | null = null;
  return passages.map((passage) => {
    const sentences = passage.sentences.map((sentence) => {
      const next = following[at++];
      const item = LIST_ITEM.test(sentence.text);
      if (!item) leadIn = null;
      const read = item && leadIn !== null ? { ...sentence, leadIn } : sentence;
      const text = sentence.text.trimEnd();
      if (text.endsWith(':') || (!item && next !== undefined && LIST_ITEM.test(next) && !FINISHED.test(text))) leadIn = sentence.text;
      return read;
    });
    return { ...passage, sentences };
  });
}

/** Runs of spaces (two after each word, a tab, a no-break space) read as one, so the wording rules need not care. */
function tidy(passage: Passage): Passage {
  const spaces = (text: string) => text.replace(/[^\S\n]{2,}|[\t\u00a0\u202f]/gu, ' ');
  return { ...passage, about: spaces(passage.about), sentences: passage.sentences.map((sentence) => ({ ...sentence, text: spaces(sentence.text) })) };
}
