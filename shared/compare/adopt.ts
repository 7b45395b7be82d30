/**
 * "Adopt as tracked changes": a comparison becomes tracked changes of one author in the
 * review, as Word's *Compare* produces a redline. The review's current text is the old
 * side; afterwards, accepting every adopted change gives the new side's text and
 * rejecting every one gives the old text back. Edits go through the redline core
 * (`applyEdit`), so other authors' pending changes are kept as an edit would keep them.
 *
 * Only what the redline model can track is adopted: the words of clauses, measures,
 * parties and the date, and clauses and measures added, removed or moved (a move is a
 * deletion where the clause stood and an insertion where it stands now, as Word's
 * `w:moveFrom`/`w:moveTo`). `untrackedDifferences` names the rest.
 */
import type { Clause, Contract, Section, Tom } from '../contract/model';
import { hasPartyBlock } from '../contract/party';
import { applyEdit } from '../redline/edit';
import { segmentsOf } from '../redline/segments';
import { DATE_TARGET, partyTarget, partyText } from '../review/items';
import type { Review } from '../review/model';
import { editText, reanchor, reclassify, withSegments, type ActionContext } from '../review/operations';
import type { ClauseComparison, Comparison, OtherChange, TomComparison } from './model';
import { differs, sideText } from './textDiff';
import { Vocabulary } from './vocabulary';
import { pushAll } from '../lists/pushAll';

/** The key of insertions before the first item; not an id, which is never empty. */
const START = '\u0000';

/** Insertions keyed by the id of the old item they follow (`START`: at the beginning). */
type Insertions<T> = Map<string, T[]>;

function add<T>(insertions: Insertions<T>, after: string, item: T): void {
  const list = insertions.get(after) ?? [];
  list.push(item);
  insertions.set(after, list);
}

/** Where an entry's old item is edited or deleted; null leaves it as it is. */
type Fate = { readonly kind: 'edit'; readonly text: string } | { readonly kind: 'delete' };

/**
 * The text an item is edited to: its own text with the comparison's differences applied,
 * and only those — whitespace, and case or punctuation where the comparison ignored them,
 * stay as they were, so adopting reports no change the comparison did not.
 */
function adopted(before: string, after: string, vocabulary: Vocabulary): string | null {
  const segments = vocabulary.diff(before, after, 'old');
  return differs(segments) ? sideText(segments, 'new') : null;
}

function fateOf(entry: ClauseComparison | TomComparison, vocabulary: Vocabulary): Fate | null {
  const moved = 'status' in entry ? entry.status === 'moved' : entry.placeChanged;
  if (!entry.old) return null;
  if (!entry.new || moved) return { kind: 'delete' };
  const text = entry.textChanged ? adopted(entry.old.text, entry.new.text, vocabulary) : null;
  return text === null ? null : { kind: 'edit', text };
}

function apply<T extends Clause | Tom>(item: T, fate: Fate | undefined, context: ActionContext): T | null {
  if (!fate) return item;
  if (fate.kind === 'delete') {
    // A pending insertion that is deleted again simply goes, as Word does.
    if (item.change?.kind === 'insert') return null;
    if (item.change?.kind === 'delete') return item;
    return { ...item, change: { kind: 'delete', id: context.newId(), author: context.author, date: context.now } };
  }
  const next = withSegments(item, applyEdit(segmentsOf(item), fate.text, { author: context.author, date: context.now, newId: context.newId }));
  const comments = reanchor(item.comments, next.text);
  return comments ? { ...next, comments } : next;
}

/** A new id, the whole text as one insertion, and the whole-item change that says so. */
function insertion(text: string, context: ActionContext): Required<Pick<Clause, 'id' | 'segments' | 'change'>> {
  const change = { kind: 'insert' as const, id: context.newId(), author: context.author, date: context.now };
  return { id: context.newId(), segments: [{ kind: 'insert', text, author: change.author, date: change.date, id: change.id }], change };
}

function adoptClauses(contract: Contract, other: Contract, comparison: Comparison, vocabulary: Vocabulary, context: ActionContext): Section[] {
  const clausesOfOther = new Map(other.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause] as const)));
  const sectionsOfOther = new Map(other.sections.map((section) => [section.id, section]));
  const fates = new Map<string, Fate>();
  const insertions: Insertions<Clause> = new Map();
  /** Sections only the other side has: created empty, filled in order, placed after an old section. */
  const created = new Map<number, Section & { clauses: Clause[] }>();
  const createdAfter: Insertions<number> = new Map();
  const anchors = new Map<string, string>();
  let lastOldSection = START;

  /** Renumbering is no change, so sections both sides have take the other side's numbers: its new sections fit in between. */
  const renumbered = new Map<string, Pick<Section, 'number' | 'label'>>();
  comparison.sections.forEach((section, index) => {
    if (section.old && section.new) renumbered.set(section.old.id, { number: section.new.number, label: section.new.label });
    if (section.old) lastOldSection = section.old.id;
    else if (section.new) {
      const source = sectionsOfOther.get(section.new.id);
      created.set(index, { id: context.newId(), number: section.new.number, label: section.new.label, title: section.new.title, parts: source?.parts ?? [], clauses: [] });
      add(createdAfter, lastOldSection, index);
    }
  });

  for (const entry of comparison.clauses) {
    const fate = fateOf(entry, vocabulary);
    if (entry.old && fate) fates.set(entry.old.id, fate);
    if (entry.old && entry.status !== 'moved') anchors.set(entry.old.sectionId, entry.old.id);
    if (!entry.new || (entry.old && entry.status !== 'moved')) continue;
    const source = clausesOfOther.get(entry.new.id);
    if (!source) continue;
    const { comments: _comments, status: _status, change: _change, segments: _segments, ...rest } = source;
    const clause: Clause = { ...rest, ...insertion(source.text, context) };
    const target = comparison.sections[entry.sectionIndex]!;
    if (target.old) add(insertions, anchors.get(target.old.id) ?? `${START}${target.old.id}`, clause);
    else created.get(entry.sectionIndex)?.clauses.push(clause);
  }

  const sections: Section[] = [];
  const placeCreated = (after: string) => {
    for (const index of createdAfter.get(after) ?? []) sections.push(created.get(index)!);
  };
  placeCreated(START);
  for (const section of contract.sections) {
    const clauses: Clause[] = [...(insertions.get(`${START}${section.id}`) ?? [])];
    for (const clause of section.clauses) {
      const next = apply(clause, fates.get(clause.id), context);
      if (next) clauses.push(next);
      pushAll(clauses, insertions.get(clause.id) ?? []);
    }
    sections.push({ ...section, ...renumbered.get(section.id), clauses });
    placeCreated(section.id);
  }
  return sections;
}

function adoptToms(contract: Contract, other: Contract, comparison: Comparison, vocabulary: Vocabulary, context: ActionContext): Tom[] {
  const tomsOfOther = new Map(other.toms.map((tom) => [tom.id, tom]));
  const categoryKey = (tom: Pick<Tom, 'category'>) => `${tom.category.number}\u0000${tom.category.title}`;
  // A measure added under a category both sides have takes the category as this review writes it.
  const categories = new Map(comparison.toms.flatMap((entry) => (entry.old && entry.new ? [[categoryKey(entry.new), entry.old.category] as const] : [])));
  const fates = new Map<string, Fate>();
  const insertions: Insertions<Tom> = new Map();
  let anchor = START;
  for (const entry of comparison.toms) {
    const fate = fateOf(entry, vocabulary);
    if (entry.old && fate) fates.set(entry.old.id, fate);
    if (entry.old && !(entry.new && entry.placeChanged)) anchor = entry.old.id;
    if (entry.old && entry.new && !entry.placeChanged) continue;
    if (!entry.new) continue;
    const source = tomsOfOther.get(entry.new.id);
    if (!source) continue;
    const { comments: _comments, status: _status, change: _change, segments: _segments, ...rest } = source;
    add(insertions, anchor, { ...rest, ...insertion(source.text, context), category: categories.get(categoryKey(source)) ?? source.category });
  }
  const toms: Tom[] = [...(insertions.get(START) ?? [])];
  for (const tom of contract.toms) {
    const next = apply(tom, fates.get(tom.id), context);
    if (next) toms.push(next);
    pushAll(toms, insertions.get(tom.id) ?? []);
  }
  return toms;
}

/**
 * Turns `comparison` (of `review.contract` as old against `other` as new) into tracked
 * changes of `context.author`: exactly the differences the comparison reports. A measure
 * now under another category or service is removed where it stood and added where it
 * stands now.
 */
export function adoptComparison(review: Review, other: Contract, comparison: Comparison, context: ActionContext): Review {
  const contract = review.contract;
  const vocabulary = new Vocabulary(comparison.options);
  const sections = adoptClauses(contract, other, comparison, vocabulary, context);
  const toms = adoptToms(contract, other, comparison, vocabulary, context);
  let result: Review = { ...review, contract: reclassify({ ...contract, sections, toms }), updatedAt: context.now };
  contract.parties.forEach((party, index) => {
    // A party read from the text has no lines of its own to mark up: its words change in the clauses that hold them.
    if (!hasPartyBlock(party)) return;
    const counterpart = other.parties.find((candidate) => candidate.role === party.role && hasPartyBlock(candidate));
    const text = counterpart ? adopted(partyText(party), partyText(counterpart), vocabulary) : null;
    if (text !== null) result = editText(result, partyTarget(index), text, context);
  });
  const date = adopted(contract.date ?? '', other.date ?? '', vocabulary);
  if (date !== null) result = editText(result, DATE_TARGET, date, context);
  return result;
}

/** Differences the redline model cannot carry as tracked changes: they stay as this review has them. */
export function untrackedDifferences(comparison: Comparison): OtherChange[] {
  const sectionTitles: OtherChange[] = comparison.sections.flatMap((section) =>
    section.titleSegments && section.new ? [{ where: { kind: 'section-title' as const, section: section.new.number }, status: 'changed' as const, segments: section.titleSegments }] : [],
  );
  const headings: OtherChange[] = comparison.clauses.flatMap((entry) =>
    entry.headingChanged && entry.old && entry.new
      ? [{ where: { kind: 'clause-heading' as const, clause: entry.new.number }, status: 'changed' as const, segments: [{ kind: 'delete' as const, text: entry.old.heading ?? '' }, { kind: 'insert' as const, text: entry.new.heading ?? '' }] }]
      : [],
  );
  return [...comparison.other.filter((change) => change.where.kind !== 'date' && change.where.kind !== 'party'), ...sectionTitles, ...headings];
}
