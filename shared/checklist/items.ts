/**
 * The Art. 28 GDPR checklist's items and what each is made of: aspects that must all be
 * found for it to be covered (Art. 28(3)(a) needs documented instructions *and* transfers
 * to third countries), the wording of its topic (to find restrictions such as costs in a
 * neighbouring clause), and whether it describes the processing (so that an annex can
 * carry it and a mere reference weakens it). The wording itself is in `wording.ts`.
 */
import type { PartyRole } from '../contract';

export const CHECKLIST_ITEM_IDS = [
  'art28-3-subject',
  'art28-3-duration',
  'art28-3-nature',
  'art28-3-purpose',
  'art28-3-data-types',
  'art28-3-data-subjects',
  'art28-3-controller-rights',
  'art28-3-a',
  'art28-3-a-infringing',
  'art28-3-b',
  'art28-3-c',
  'art28-2',
  'art28-2-objection',
  'art28-4-flow-down',
  'art28-4-liability',
  'art28-3-e',
  'art28-3-f',
  'art28-3-g',
  'art28-3-h',
  'art28-9',
] as const;

export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** What an aspect is about, as a key the UI translates (`checklist.aspects.<id>`). */
export type AspectId =
  | 'subject'
  | 'duration'
  | 'nature'
  | 'purpose'
  | 'dataTypes'
  | 'dataSubjects'
  | 'controllerRights'
  | 'instructions'
  | 'thirdCountries'
  | 'infringing'
  | 'confidentiality'
  | 'security'
  | 'authorisation'
  | 'notice'
  | 'objection'
  | 'flowDown'
  | 'liability'
  | 'dataSubjectRights'
  | 'assistance'
  | 'breach'
  | 'deletion'
  | 'information'
  | 'audits'
  | 'writtenForm'
  | 'return';

/**
 * Patterns said of one another: each matches within one statement of the sentence
 * (`statements.ts`), with at most `reach` other words between their words, and `unless`
 * does not match that statement (*schriftlich mitteilen* is the manner of a notice, not a form).
 */
export interface Together {
  /** Global patterns (`g`): each is read from the start of the text it is tried on. */
  readonly together: readonly RegExp[];
  /** The same patterns, the shortest first: tried on the whole sentence before any statement, the cheapest rules most sentences out. */
  readonly screen: readonly RegExp[];
  readonly reach: number;
  readonly unless: RegExp | null;
}

/**
 * A pattern said by the lead-in of the list the sentence is an item of (*the processor shall
 * assist the controller with the following obligations: (1) … a data protection impact
 * assessment …*): the item completes the lead-in's sentence.
 */
export interface LeadIn {
  readonly leadIn: RegExp;
}

/**
 * A pattern said by what the sentence stands in: its section's title, its clause's heading, or a
 * sentence before it in the clause (*Unterauftragsverhältnisse* … *Der Auftraggeber kann
 * innerhalb von 14 Tagen widersprechen*): what the sentence is about without naming it again.
 */
export interface Context {
  readonly context: RegExp;
}

/**
 * The party the sentence's responsibility reading (`shared/responsibility`) gives a duty or a
 * right: who must or may act, read from the sentence's grammar and the contract's parties (the
 * vendor's *we* is the processor), not from a word for the party.
 */
export interface ByParty {
  readonly party: PartyRole;
  /** Only a duty (*shall*, *verpflichtet sich*) or only a right or option (*may*, *ist berechtigt*), where it matters. */
  readonly force?: 'duty' | 'option';
}

/** One term of an entry: a pattern found anywhere in the sentence, patterns said together, one said by the lead-in or the context, or the party the sentence obliges or entitles. */
export type Term = RegExp | Together | LeadIn | Context | ByParty;

/** A sentence says an entry when it has every term of it (`[topic, duty]`). */
export type Entry = readonly Term[];

export interface Aspect {
  readonly id: AspectId;
  /** A sentence says it when it says one of these entries. */
  readonly wording: readonly Entry[];
  /** Wording that says the aspect only in part (instructions that are not documented): the item is weak, and the quote shows it. */
  readonly partial?: readonly Entry[];
  /**
   * Wording elsewhere in the contract that completes the partial wording into the aspect: the
   * processing bound to instructions alone in one clause, their written form required in another.
   */
  readonly completedBy?: readonly Entry[];
  /**
   * A duty of the processor: a sentence whose reading gives the duty to the controller alone
   * (*The Controller notifies breaches to the authority*) does not say it, whatever its words.
   */
  readonly processorDuty?: boolean;
}

export interface ArticleRef {
  readonly paragraph: number;
  readonly point?: string;
  readonly subparagraph?: number;
}

export interface ItemRule {
  readonly id: ChecklistItemId;
  /** Where Art. 28 GDPR says it: paragraph, point (`a`) or subparagraph; `checklist.cite` words it. */
  readonly article: ArticleRef;
  readonly aspects: readonly Aspect[];
  /** Wording that addresses the item only in part (a published list instead of an authorisation). */
  readonly partial?: readonly Entry[];
  /** The item's topic: a restriction (costs, conditions) in a clause on it weakens the item. */
  readonly topic: RegExp;
  /** Whether the item is a duty of the processor that costs, conditions or mere options weaken. */
  readonly duty: boolean;
  /** Whether a description that only refers to another contract is weak (subject, nature, purpose …). */
  readonly description: boolean;
  /** A reference that still decides the item: a term tied to the main contract's term is determined. */
  readonly coupling?: RegExp;
}
