/**
 * What a comparison of two contracts reports (DESIGN.md, "The data model of a redline"):
 * every clause and every measure of either side once, as unchanged, changed, added,
 * removed or moved, with word-level segments; measures whose responsibility changed as a
 * kind of their own; section titles, parties, date and annex items where they differ.
 * Plain JSON, so the renderer, the command line and tests share one shape.
 */
import type { ResponsibleParty, SegmentKind, TomCategory, Citation } from '../contract';
import type { CommentComparison } from './comments';

export interface CompareOptions {
  /** `Auftraggeber` and `auftraggeber` read the same. */
  readonly ignoreCase: boolean;
  /** `Daten,` and `Daten` read the same; words stay words. */
  readonly ignorePunctuation: boolean;
}

/** Whitespace is always ignored; case and punctuation only when asked. */
export const EXACT: CompareOptions = { ignoreCase: false, ignorePunctuation: false };

/** A piece of compared text: `equal` on both sides, `delete` only in the old, `insert` only in the new. */
export interface DiffSegment {
  readonly kind: SegmentKind;
  readonly text: string;
}

/** What a comparison found for a clause (a TOM adds `responsibility` and has no `moved`: `TomKind`). */
export type ComparisonStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';

export interface ClauseSide {
  readonly id: string;
  readonly sectionId: string;
  /** The section's number (`2`). */
  readonly section: string;
  /** How the clause is cited (`2.3`, `8(a)`, `5 ¶4`, "new after 6.2"), as its document's reader shows it. */
  readonly number: Citation;
  readonly label: string | null;
  readonly heading: string | null;
  readonly text: string;
  /** Its place among all clauses of its document, in reading order. */
  readonly index: number;
}

export interface ClauseComparison {
  readonly status: ComparisonStatus;
  readonly old: ClauseSide | null;
  readonly new: ClauseSide | null;
  /** Old text with deletions and new text with insertions; one segment for unchanged, added and removed clauses. */
  readonly segments: readonly DiffSegment[];
  /** The words differ (also for a moved clause, which is `moved` first). */
  readonly textChanged: boolean;
  readonly headingChanged: boolean;
  /** Index into `Comparison.sections` of the section the entry is shown under. */
  readonly sectionIndex: number;
  /** Comments and replies the new side has and the old one lacks; absent for none. */
  readonly comments?: readonly CommentComparison[];
}

export type TomKind = 'responsibility' | 'changed' | 'added' | 'removed' | 'unchanged';

export interface TomSide {
  readonly id: string;
  readonly text: string;
  readonly category: TomCategory;
  readonly services: readonly string[];
  readonly party: ResponsibleParty;
  /** The words that decided the responsibility, or null. */
  readonly cue: string | null;
}

export interface TomComparison {
  readonly kind: TomKind;
  readonly old: TomSide | null;
  readonly new: TomSide | null;
  readonly segments: readonly DiffSegment[];
  readonly textChanged: boolean;
  /** It now stands under another category or service. */
  readonly placeChanged: boolean;
  /** `party`: someone else carries it now; `cue`: the same party, other deciding words. */
  readonly responsibilityChange: 'party' | 'cue' | null;
  /** Comments and replies the new side has and the old one lacks; absent for none. */
  readonly comments?: readonly CommentComparison[];
}

export interface SectionSide {
  readonly id: string;
  readonly number: string;
  readonly label: string;
  readonly title: string;
}

export type ChangeCounts = Readonly<Record<ComparisonStatus, number>>;

export interface SectionComparison {
  readonly old: SectionSide | null;
  readonly new: SectionSide | null;
  /** Present when the title changed. */
  readonly titleSegments: readonly DiffSegment[] | null;
  readonly counts: ChangeCounts;
}

/**
 * A difference outside clauses and measures: title, date, a party, an annex item or the
 * annex's frame (and, where adoption lists what it cannot track, section titles and
 * clause headings).
 */
export interface OtherChange {
  readonly where:
    | { readonly kind: 'title' }
    | { readonly kind: 'date' }
    | { readonly kind: 'party'; readonly role: string }
    | { readonly kind: 'annex-title' | 'annex-preamble'; readonly annex: string }
    | { readonly kind: 'annex-item'; readonly annex: string }
    | { readonly kind: 'section-title'; readonly section: string }
    | { readonly kind: 'clause-heading'; readonly clause: Citation };
  readonly status: 'changed' | 'added' | 'removed';
  readonly segments: readonly DiffSegment[];
}

/** Every clause and measure counted once, in exactly one bucket. */
export interface ComparisonSummary {
  readonly unchanged: number;
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
  readonly moved: number;
  readonly responsibilityChanged: number;
}

export interface Comparison {
  readonly options: CompareOptions;
  /** Clauses in reading order of the new side; removed ones where they stood in the old. */
  readonly clauses: readonly ClauseComparison[];
  /** Measures in reading order of the new side; removed ones where they stood in the old. */
  readonly toms: readonly TomComparison[];
  readonly sections: readonly SectionComparison[];
  readonly other: readonly OtherChange[];
  readonly summary: ComparisonSummary;
}
