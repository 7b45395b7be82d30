/**
 * The review: what a user saves in a `.clausemark` file. The contract with its tracked
 * changes, comments, statuses and responsibility overrides; the record of decisions; the
 * frozen versions; the reviewer's checklist settings.
 */
import type { Contract, ResponsibleParty, Target } from '../contract';
import type { ChecklistOverride } from '../checklist';
import type { ChangeAction } from '../redline';

export const REVIEW_FORMAT = 'clausemark';
export const REVIEW_VERSION = 3;

/**
 * One entry of the decision record: what was decided, by whom, when and why. It outlives
 * the change it decided (an accepted insertion becomes plain text; its decision stays).
 */
interface DecisionBase {
  readonly id: string;
  readonly by: string;
  readonly at: string;
  readonly rationale: string;
  readonly target: Target;
}

export interface ChangeDecision extends DecisionBase {
  readonly action: ChangeAction;
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

/**
 * The Word document a review came from, byte for byte, so that export writes into it
 * (`docx/patch`). Kept once, here, and not in the versions: their items' origins point into
 * the same document. Base64 makes a file of at most `DOCX_LIMITS.maxFileBytes` a third
 * larger; the review file's limit leaves room for it (`MAX_REVIEW_BYTES`).
 */
export interface SourcePackage {
  /** The file's bytes in base64 (RFC 4648, with padding). */
  readonly data: string;
  readonly bytes: number;
  /** CRC-32 of the bytes: a package damaged inside the review file is refused, never written into. */
  readonly crc32: number;
}

/** The formats a contract is opened from (`template`: the built-in one); `documents/` tells them by a file's name. */
export type DocumentKind = 'template' | 'text' | 'markdown' | 'docx' | 'review';

export interface ReviewSource {
  readonly kind: DocumentKind;
  /** The file's name (`vendor-dpa.docx`), never its path. */
  readonly name: string;
  /** For a review that came from a Word document: that document. */
  readonly package?: SourcePackage;
}

export interface Review {
  readonly format: typeof REVIEW_FORMAT;
  readonly version: typeof REVIEW_VERSION;
  readonly contract: Contract;
  /** Where the contract came from (`avv-template.txt`, `vendor-dpa.docx`). */
  readonly source: ReviewSource;
  readonly decisions: readonly Decision[];
  readonly versions: readonly Version[];
  readonly checklist: readonly ChecklistOverride[];
  readonly createdAt: string;
  readonly updatedAt: string;
}
