/**
 * Every pending change of a contract in reading order: parties, date, the clauses of each
 * section, then the measures. A clause or measure added or deleted as a whole is one change.
 */
import type { Contract, Segment } from '../contract/model';
import { DATE_TARGET, partyTarget, type Target } from '../review/items';
import { isChange } from './segments';

export interface ChangeEntry {
  readonly id: string;
  readonly kind: 'insert' | 'delete';
  /** A whole clause or measure, not words in it. */
  readonly whole: boolean;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  readonly target: Target;
  /** The section a clause change sits in; null for measures, parties and the date. */
  readonly sectionId: string | null;
}

function fromSegments(segments: readonly Segment[] | undefined, target: Target, sectionId: string | null, skipId?: string): ChangeEntry[] {
  return (segments ?? []).filter(isChange).flatMap((segment) =>
    segment.id === skipId ? [] : [{ id: segment.id, kind: segment.kind, whole: false, author: segment.author, date: segment.date, text: segment.text, target, sectionId }],
  );
}

export function listChanges(contract: Contract): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  contract.parties.forEach((party, index) => entries.push(...fromSegments(party.segments, partyTarget(index), null)));
  entries.push(...fromSegments(contract.dateSegments, DATE_TARGET, null));
  for (const section of contract.sections) {
    for (const clause of section.clauses) {
      const target: Target = { kind: 'clause', id: clause.id };
      if (clause.change) {
        entries.push({ ...clause.change, whole: true, text: clause.text, target, sectionId: section.id });
      }
      entries.push(...fromSegments(clause.segments, target, section.id, clause.change?.id));
    }
  }
  for (const tom of contract.toms) {
    const target: Target = { kind: 'tom', id: tom.id };
    if (tom.change) entries.push({ ...tom.change, whole: true, text: tom.text, target, sectionId: null });
    entries.push(...fromSegments(tom.segments, target, null, tom.change?.id));
  }
  return entries;
}

/** The authors of pending changes, in order of first appearance. */
export function changeAuthors(entries: readonly ChangeEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.author))];
}
