/**
 * The Art. 28 GDPR checklist's items and what each is made of: aspects that must all be
 * found for it to be covered (Art. 28(3)(a) needs documented instructions *and* transfers
 * to third countries), the wording of its topic (to find restrictions such as costs in a
 * neighbouring clause), and whether it describes the processing (so that an annex can
 * carry it and a mere reference weakens it). The wording itself is in `wording.ts`.
 */

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
  | 'writtenForm';

export interface Aspect {
  readonly id: AspectId;
  /** A sentence says it when it matches every pattern of one entry (`[topic, duty]`). */
  readonly wording: readonly (readonly RegExp[])[];
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
  readonly partial?: readonly (readonly RegExp[])[];
  /** The item's topic: a restriction (costs, conditions) in a clause on it weakens the item. */
  readonly topic: RegExp;
  /** Whether the item is a duty of the processor that costs, conditions or mere options weaken. */
  readonly duty: boolean;
  /** Whether a description that only refers to another contract is weak (subject, nature, purpose …). */
  readonly description: boolean;
  /** A reference that still decides the item: a term tied to the main contract's term is determined. */
  readonly coupling?: RegExp;
}
