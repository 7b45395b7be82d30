/**
 * The comparison as `clausemark compare --json` prints it (README, "Command line"): a
 * summary, every clause with its status, both places and its segments, every measure with
 * its status, text and responsible party on both sides.
 */
import { citationText, type ResponsibleParty, type SegmentKind, type Translate } from '../contract';
import type { ClauseSide, ComparisonStatus, Comparison, ComparisonSummary, TomSide } from './model';

interface ClausePlace {
  readonly id: string;
  /** `2.3`: how the clause is cited (`8(a)`, `5 ¶4` where that is how it is numbered; "new after 6.2" in the words of `LANG` for an added clause without a number). */
  readonly number: string;
  readonly section: string;
}

export interface ComparisonJson {
  readonly summary: ComparisonSummary;
  readonly clauses: readonly {
    readonly status: ComparisonStatus;
    readonly old: ClausePlace | null;
    readonly new: ClausePlace | null;
    readonly segments: readonly { readonly kind: SegmentKind; readonly text: string }[];
  }[];
  readonly toms: readonly {
    /** A measure whose responsibility changed is `changed`; its parties tell. */
    readonly status: 'unchanged' | 'changed' | 'added' | 'removed';
    readonly old: { readonly text: string; readonly party: ResponsibleParty } | null;
    readonly new: { readonly text: string; readonly party: ResponsibleParty } | null;
  }[];
}

function place(side: ClauseSide | null, t: Translate): ClausePlace | null {
  return side && { id: side.id, number: citationText(side.number, t), section: side.section };
}

function measure(side: TomSide | null): { text: string; party: ResponsibleParty } | null {
  return side && { text: side.text, party: side.party };
}

export function comparisonJson(comparison: Comparison, t: Translate): ComparisonJson {
  const { summary } = comparison;
  return {
    summary: {
      unchanged: summary.unchanged,
      changed: summary.changed,
      added: summary.added,
      removed: summary.removed,
      moved: summary.moved,
      responsibilityChanged: summary.responsibilityChanged,
    },
    clauses: comparison.clauses.map((entry) => ({
      status: entry.status,
      old: place(entry.old, t),
      new: place(entry.new, t),
      segments: entry.segments.map((segment) => ({ kind: segment.kind, text: segment.text })),
    })),
    toms: comparison.toms.map((entry) => ({
      status: entry.kind === 'responsibility' ? 'changed' : entry.kind,
      old: measure(entry.old),
      new: measure(entry.new),
    })),
  };
}
