/**
 * Every pending change of a contract in reading order: parties, date, the clauses of each
 * section, then the measures. A clause or measure added or deleted as a whole is one change.
 */
import { DATE_TARGET, partyTarget, type Contract, type MoveLink, type Segment, type Target } from '../contract';
import { isChange } from './segments';
import { pushAll } from '../lists';

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
  /** One half of a move: deciding it decides the other half too. */
  readonly move?: MoveLink;
}

function fromSegments(segments: readonly Segment[] | undefined, target: Target, sectionId: string | null, skipId?: string): ChangeEntry[] {
  return (segments ?? []).filter(isChange).flatMap((segment) =>
    segment.id === skipId ? [] : [{ id: segment.id, kind: segment.kind, whole: false, author: segment.author, date: segment.date, text: segment.text, target, sectionId, ...(segment.move ? { move: segment.move } : {}) }],
  );
}

export function listChanges(contract: Contract): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  contract.parties.forEach((party, index) => pushAll(entries, fromSegments(party.segments, partyTarget(index), null)));
  pushAll(entries, fromSegments(contract.dateSegments, DATE_TARGET, null));
  for (const section of contract.sections) {
    for (const clause of section.clauses) {
      const target: Target = { kind: 'clause', id: clause.id };
      if (clause.change) {
        entries.push({ ...clause.change, whole: true, text: clause.text, target, sectionId: section.id });
      }
      pushAll(entries, fromSegments(clause.segments, target, section.id, clause.change?.id));
    }
  }
  for (const tom of contract.toms) {
    const target: Target = { kind: 'tom', id: tom.id };
    if (tom.change) entries.push({ ...tom.change, whole: true, text: tom.text, target, sectionId: null });
    pushAll(entries, fromSegments(tom.segments, target, null, tom.change?.id));
  }
  return entries;
}

/** The authors of pending changes, in order of first appearance. */
export function changeAuthors(entries: readonly ChangeEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.author))];
}

/**
 * The author of every pending change in the order `listChanges` gives them, without making
 * its entries: what needs only a count or the authors reads a long contract without a copy of
 * every change (the window's first screen asks for both).
 */
function eachChangeAuthor(contract: Contract, visit: (author: string) => void): void {
  const fromSegmentsOf = (segments: readonly Segment[] | undefined, skipId?: string) => {
    for (const segment of segments ?? []) if (isChange(segment) && segment.id !== skipId) visit(segment.author);
  };
  for (const party of contract.parties) fromSegmentsOf(party.segments);
  fromSegmentsOf(contract.dateSegments);
  for (const section of contract.sections) {
    for (const clause of section.clauses) {
      if (clause.change) visit(clause.change.author);
      fromSegmentsOf(clause.segments, clause.change?.id);
    }
  }
  for (const tom of contract.toms) {
    if (tom.change) visit(tom.change.author);
    fromSegmentsOf(tom.segments, tom.change?.id);
  }
}

/** How many pending changes the contract holds: `listChanges(contract).length`. */
export function countChanges(contract: Contract): number {
  let count = 0;
  eachChangeAuthor(contract, () => count++);
  return count;
}

/** The authors of the contract's pending changes, in order of first appearance: `changeAuthors(listChanges(contract))`. */
export function contractChangeAuthors(contract: Contract): string[] {
  const authors = new Set<string>();
  eachChangeAuthor(contract, (author) => authors.add(author));
  return [...authors];
}

/** Which changes the change list shows: one author's, one section's (or the parties and date, or the measures). */
export interface ChangeFilter {
  readonly author: string | null;
  /** A section's id, `FRONT_MATTER`, `TOMS`, or null for the whole document. */
  readonly sectionId: string | null;
}

export const FRONT_MATTER = '#front';
export const TOMS = '#measures';

export function filterChanges(entries: readonly ChangeEntry[], filter: ChangeFilter): ChangeEntry[] {
  return entries.filter((entry) => {
    if (filter.author !== null && entry.author !== filter.author) return false;
    if (filter.sectionId === null) return true;
    if (filter.sectionId === FRONT_MATTER) return entry.target.kind === 'party' || entry.target.kind === 'date';
    if (filter.sectionId === TOMS) return entry.target.kind === 'tom';
    return entry.sectionId === filter.sectionId;
  });
}

/** Where a party, the date, a clause or a measure stands in reading order (the order of `listChanges`). */
function readingOrder(contract: Contract): Map<string, number> {
  const order = new Map<string, number>();
  const add = (target: Target) => order.set(`${target.kind}:${target.id}`, order.size);
  contract.parties.forEach((_, index) => add(partyTarget(index)));
  add(DATE_TARGET);
  for (const section of contract.sections) for (const clause of section.clauses) add({ kind: 'clause', id: clause.id });
  for (const tom of contract.toms) add({ kind: 'tom', id: tom.id });
  return order;
}

/**
 * The change `by` steps from the current one (wrapping around), as Word's Next and
 * Previous do. Without a current change (none yet, or it was just decided) it starts from
 * where the reader is: the first change at or after `from` going forward, the last one
 * before it going back.
 */
export function stepChange(entries: readonly ChangeEntry[], currentId: string | null, by: 1 | -1, contract: Contract, from: Target | null): ChangeEntry | null {
  if (entries.length === 0) return null;
  const index = entries.findIndex((entry) => entry.id === currentId);
  if (index >= 0) return entries[(index + by + entries.length) % entries.length]!;
  if (!from) return by > 0 ? entries[0]! : entries[entries.length - 1]!;
  const order = readingOrder(contract);
  const place = order.get(`${from.kind}:${from.id}`) ?? -1;
  const placeOf = (entry: ChangeEntry) => order.get(`${entry.target.kind}:${entry.target.id}`) ?? -1;
  if (by > 0) return entries.find((entry) => placeOf(entry) >= place) ?? entries[0]!;
  return [...entries].reverse().find((entry) => placeOf(entry) < place) ?? entries[entries.length - 1]!;
}

/** The change to act on: the current one while it is pending, else the first at or after `from`. */
export function currentOrNextChange(entries: readonly ChangeEntry[], currentId: string | null, contract: Contract, from: Target | null): ChangeEntry | null {
  return entries.find((entry) => entry.id === currentId) ?? stepChange(entries, null, 1, contract, from);
}
