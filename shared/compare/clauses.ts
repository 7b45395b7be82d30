/**
 * Clauses and sections of two contracts, aligned and diffed: renumbered clauses are
 * unchanged, a clause in another place is moved (once), what only one side has is added
 * or removed. Each section of either side appears once, paired with the section it became.
 */
import { citeClause, type Clause, type Contract, type Section } from '../contract';
import { align, longestIncreasing } from './align';
import { compareComments } from './comments';
import type { ChangeCounts, ClauseComparison, ClauseSide, ComparisonStatus, SectionComparison, SectionSide } from './model';
import { mergeOrder } from './order';
import { differs } from './textDiff';
import type { TokenizedText } from './tokens';
import type { Vocabulary } from './vocabulary';
import type { AlignUnit } from './bags';

interface Row {
  readonly section: Section;
  readonly sectionIndex: number;
  readonly clause: Clause;
}

/** The clauses as the contract reads now: a clause whose deletion is pending is no longer part of it. */
function rowsOf(contract: Contract): Row[] {
  return contract.sections.flatMap((section, sectionIndex) =>
    section.clauses.filter((clause) => clause.change?.kind !== 'delete').map((clause) => ({ section, sectionIndex, clause })),
  );
}

function sideOf(row: Row, index: number): ClauseSide {
  const { section, clause } = row;
  return { id: clause.id, sectionId: section.id, section: section.number, number: citeClause(section, clause), label: clause.label, heading: clause.heading, text: clause.text, index };
}

export function sectionSide(section: Section): SectionSide {
  return { id: section.id, number: section.number, label: section.label, title: section.title };
}

interface Unit extends AlignUnit {
  readonly text: TokenizedText;
  readonly headingHash: number;
}

function unitOf(row: Row, vocabulary: Vocabulary, like?: Row): Unit {
  const { clause } = row;
  const text = vocabulary.read(clause.text, like?.clause.text);
  const heading = vocabulary.read(clause.heading ?? '');
  return {
    hash: vocabulary.combine(heading.hash, text.hash),
    text,
    headingHash: heading.hash,
    words: heading.words.length === 0 ? text.words : concatenated(heading.words, text.words),
    group: row.sectionIndex,
    key: clause.number === null ? null : `${clause.number.toLocaleLowerCase()}|${heading.hash}`,
    plain: clause.text,
  };
}

function concatenated(a: Int32Array, b: Int32Array): Int32Array {
  const both = new Int32Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/** Sections paired by where most of their clauses went, then by equal titles; in reading order. */
function pairSections(old: Contract, next: Contract, groups: ReadonlyMap<number, number>, vocabulary: Vocabulary): { old: number | null; new: number | null }[] {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  for (const [from, to] of [...groups].sort((a, b) => a[0] - b[0])) {
    if (taken.has(to)) continue;
    pairs.set(from, to);
    taken.add(to);
  }
  const title = (section: Section) => vocabulary.hash(section.title);
  const free = new Map<number, number[]>();
  next.sections.forEach((section, index) => {
    if (taken.has(index)) return;
    const list = free.get(title(section)) ?? [];
    list.push(index);
    free.set(title(section), list);
  });
  old.sections.forEach((section, index) => {
    if (pairs.has(index)) return;
    const to = free.get(title(section))?.shift();
    if (to === undefined) return;
    pairs.set(index, to);
    taken.add(to);
  });
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const inOrder = new Set(longestIncreasing(sorted.map((pair) => pair[1])).map((index) => sorted[index]![0]));
  const anchors = sorted.filter(([o]) => inOrder.has(o));
  const movedByNew = new Map(sorted.filter(([o]) => !inOrder.has(o)).map(([o, n]) => [n, o]));
  const oldOnly = old.sections.map((_, index) => index).filter((index) => !pairs.has(index));
  const newOnly = next.sections.map((_, index) => index).filter((index) => !taken.has(index) || movedByNew.has(index));
  return mergeOrder(anchors, oldOnly, newOnly).map((item) => ({ old: item.old ?? (item.new !== null ? (movedByNew.get(item.new) ?? null) : null), new: item.new }));
}

/** The entry with the comments its new side has and its old side lacks. */
function withComments(entry: ClauseComparison, old: Row | undefined, next: Row): ClauseComparison {
  const comments = compareComments(old?.clause.comments, next.clause.comments);
  return comments.length > 0 ? { ...entry, comments } : entry;
}

const NO_COUNTS: ChangeCounts = { unchanged: 0, changed: 0, added: 0, removed: 0, moved: 0 };

export interface ClauseResult {
  readonly clauses: ClauseComparison[];
  readonly sections: SectionComparison[];
}

export function compareClauses(old: Contract, next: Contract, vocabulary: Vocabulary): ClauseResult {
  const oldRows = rowsOf(old);
  const newRows = rowsOf(next);
  const oldUnits = oldRows.map((row) => unitOf(row, vocabulary));
  // A new clause is read with the old one in its place, which it most often is with a few words changed.
  const newUnits = newRows.map((row, index) => unitOf(row, vocabulary, oldRows[index]));
  const alignment = align(oldUnits, newUnits);

  const sectionOrder = pairSections(old, next, alignment.groups, vocabulary);
  const displayOfOld = new Map<number, number>();
  const displayOfNew = new Map<number, number>();
  sectionOrder.forEach((item, index) => {
    if (item.old !== null) displayOfOld.set(item.old, index);
    if (item.new !== null) displayOfNew.set(item.new, index);
  });

  const pairByNew = new Map(alignment.pairs.map((pair) => [pair.new, pair]));
  const anchors = alignment.pairs.filter((pair) => pair.inOrder).map((pair) => [pair.old, pair.new] as const);
  const newOnly = [...alignment.added, ...alignment.pairs.filter((pair) => !pair.inOrder).map((pair) => pair.new)];
  const clauses = mergeOrder(anchors, alignment.removed, newOnly).map((item): ClauseComparison => {
    if (item.new === null) {
      const row = oldRows[item.old!]!;
      return { status: 'removed', old: sideOf(row, item.old!), new: null, segments: [{ kind: 'delete', text: row.clause.text }], textChanged: true, headingChanged: false, sectionIndex: displayOfOld.get(row.sectionIndex)! };
    }
    const row = newRows[item.new]!;
    const pair = pairByNew.get(item.new);
    if (!pair) {
      return withComments({ status: 'added', old: null, new: sideOf(row, item.new), segments: [{ kind: 'insert', text: row.clause.text }], textChanged: true, headingChanged: false, sectionIndex: displayOfNew.get(row.sectionIndex)! }, undefined, row);
    }
    const oldRow = oldRows[pair.old]!;
    const before = oldUnits[pair.old]!;
    const after = newUnits[pair.new]!;
    const segments = before.text.hash === after.text.hash ? [{ kind: 'equal' as const, text: row.clause.text }] : vocabulary.diffRead(before.text, after.text);
    const textChanged = differs(segments);
    const headingChanged = before.headingHash !== after.headingHash;
    const status: ComparisonStatus = pair.moved ? 'moved' : textChanged || headingChanged ? 'changed' : 'unchanged';
    return withComments({ status, old: sideOf(oldRow, pair.old), new: sideOf(row, item.new), segments, textChanged, headingChanged, sectionIndex: displayOfNew.get(row.sectionIndex)! }, oldRow, row);
  });

  const counts = sectionOrder.map(() => ({ ...NO_COUNTS }));
  for (const entry of clauses) counts[entry.sectionIndex]![entry.status]++;
  const sections = sectionOrder.map((item, index): SectionComparison => {
    const before = item.old === null ? null : old.sections[item.old]!;
    const after = item.new === null ? null : next.sections[item.new]!;
    const titleSegments = before && after ? vocabulary.diff(before.title, after.title) : null;
    return {
      old: before && sectionSide(before),
      new: after && sectionSide(after),
      titleSegments: titleSegments && differs(titleSegments) ? titleSegments : null,
      counts: counts[index]!,
    };
  });
  return { clauses, sections };
}
