/**
 * The review: what a user saves in a `.clausemark` file. The contract with its tracked
 * changes, comments, statuses and responsibility overrides; the record of decisions; the
 * frozen versions; the reviewer's checklist settings.
 */
import type { Contract, ResponsibleParty } from '../contract/model';
import type { DocumentKind } from '../host/hostApi';

export const REVIEW_FORMAT = 'clausemark';
export const REVIEW_VERSION = 2;

export type DecisionTarget = { readonly kind: 'clause' | 'tom' | 'party' | 'date'; readonly id: string };

/**
 * One entry of the decision record: what was decided, by whom, when and why. It outlives
 * the change it decided (an accepted insertion becomes plain text; its decision stays).
 */
interface DecisionBase {
  readonly id: string;
  readonly by: string;
  readonly at: string;
  readonly rationale: string;
  readonly target: DecisionTarget;
}

export interface ChangeDecision extends DecisionBase {
  readonly action: 'accept' | 'reject';
  readonly change: {
    readonly id: string;
    readonly kind: 'insert' | 'delete';
    readonly author: string;
    readonly date: string;
    readonly text: string;
    readonly whole: boolean;
  };
  /** Decided by the other side in their answer (its file name), found when adopting it: `by` is their name. */
  readonly answer?: string;
}

export interface ResponsibilityDecision extends DecisionBase {
  readonly action: 'override' | 'reset';
  readonly from: ResponsibleParty;
  readonly to: ResponsibleParty;
}

/**
 * One entry of the decision record: what was decided, by whom, when and why. It outlives
 * the change it decided (an accepted insertion becomes plain text; its decision stays).
 */
export type Decision = ChangeDecision | ResponsibilityDecision;

export interface Version {
  readonly id: string;
  readonly name: string;
  readonly author: string;
  readonly date: string;
  readonly contract: Contract;
  readonly decisions: readonly Decision[];
}

export type ChecklistStatus = 'covered' | 'weak' | 'missing';

/** A reviewer's own verdict on an Art. 28 checklist item, with a note. */
export interface ChecklistOverride {
  readonly itemId: string;
  readonly status: ChecklistStatus;
  readonly note: string;
  readonly by: string;
  readonly at: string;
}

export interface Review {
  readonly format: typeof REVIEW_FORMAT;
  readonly version: typeof REVIEW_VERSION;
  readonly contract: Contract;
  /** Where the contract came from (`avv-template.txt`, `vendor-dpa.docx`). */
  readonly source: { readonly kind: DocumentKind; readonly name: string };
  readonly decisions: readonly Decision[];
  readonly versions: readonly Version[];
  readonly checklist: readonly ChecklistOverride[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
