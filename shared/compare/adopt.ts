/**
 * "Adopt as tracked changes": a comparison becomes tracked changes in the review, as
 * Word's *Compare* produces a redline. The review's current text is the old side;
 * afterwards, accepting every adopted change gives the new side's text and rejecting
 * every one gives the old text back. The changes are the comparison's own pieces, laid
 * on the texts (`spans.ts`, `overlay.ts`): what the screen showed is what the redline holds.
 *
 * Round two: where the other side is their document (their answer), its revisions keep
 * their authors and dates, its comments and replies come in as theirs on the words they
 * marked, and what it did with our pending changes (accepted, rejected) is decided so in
 * the decision record, in their name. Ours stay ours: pending changes, notes, versions.
 *
 * Only what the redline model can track is adopted: the words of clauses, measures,
 * parties and the date, and clauses and measures added, removed or moved (a move is a
 * deletion where the clause stood and an insertion where it stands now, as Word's
 * `w:moveFrom`/`w:moveTo`). `untrackedDifferences` names the rest.
 */
import { hasPartyBlock, partyFromText, partyText, type Clause, type Comment, type Contract, type Section, type Segment, type Tom } from '../contract';
import { listChanges, compact, currentText, hasChanges, segmentsOf, type ChangeAction } from '../redline';
import { decideChanges, decisionRecord, reanchor, withSegments, reclassify, type Decision, type Review, type ActionContext, type DecisionContext, type SourcePackage } from '../review';
import type { Attribution } from './attribution';
import { adoptComments } from './comments';
import type { ClauseComparison, Comparison, DiffSegment, OtherChange, TomComparison } from './model';
import { overlay } from './overlay';
import { spansOf, type Span } from './spans';
import { Vocabulary } from './vocabulary';
import { WholeChanges } from './wholeChanges';
import { pushAll } from '../lists';
import { onTheirDocument } from './theirDocument';

export interface AdoptContext extends ActionContext {
  /**
   * Present when the other side is their document (round two): `date` is when what it
   * does not date was done (the document's date), `answer` its file name. `author` is then
   * whose its untracked edits are, and who decided our changes there. Absent, the other
   * side is words only (a version of our own): every difference is `author`'s at `now`.
   */
  readonly their?: {
    readonly date: string;
    readonly answer: string;
    /** Their answer's Word document: round two goes out on it (`theirDocument.ts`). Absent for a text answer: the review keeps the document it had. */
    readonly package?: SourcePackage;
  };
}

/** What one adoption works with, and what it finds as it goes. */
interface Adopting {
  readonly context: AdoptContext;
  readonly plain: Attribution;
  readonly comparison: Comparison;
  readonly vocabulary: Vocabulary;
  /** Round two: their document's revisions, comments and decisions count. */
  readonly round: boolean;
  /** Our pending changes their document decided, word by word (already applied to the text). */
  readonly actions: Map<string, ChangeAction>;
  /** The item of theirs each item of the result was merged with or made from, by the result's id. */
  readonly counterparts: Map<string, Item>;
}

/** The key of insertions before the first item; not an id, which is never empty. */
const START = '\u0000';

/** Insertions keyed by the id of the old item they follow (`START`: at the beginning). */
type Insertions<T> = Map<string, T[]>;

function add<T>(insertions: Insertions<T>, after: string, item: T): void {
  const list = insertions.get(after) ?? [];
  list.push(item);
  insertions.set(after, list);
}

type Item = Clause | Tom;

/** What becomes of an old item: its words overlaid with theirs, deleted as a whole, or left to a decision on the whole. */
type Fate =
  | { readonly kind: 'overlay'; readonly theirs: Item; readonly entry: ClauseComparison | TomComparison }
  | { readonly kind: 'delete'; readonly by: Attribution; readonly comments: readonly Comment[] | undefined };

/** Where the comparison could not be laid on the texts (it always can): the whole text replaced. */
function replaced(before: string, after: string): Span[] {
  return [
    { kind: 'delete', old: { start: 0, end: before.length }, new: { start: 0, end: 0 } },
    { kind: 'insert', old: { start: before.length, end: before.length }, new: { start: 0, end: after.length } },
  ];
}

/** Our segments with the comparison's pieces of `before` (ours) and `after` (theirs) laid on them. */
function overlaid(ours: readonly Segment[], theirs: readonly Segment[], pieces: readonly DiffSegment[], texts: { before: string; after: string }, adopting: Adopting, untouched?: string): Segment[] {
  const spans = spansOf(pieces, texts.before, texts.after, adopting.vocabulary) ?? replaced(texts.before, texts.after);
  const result = overlay({
    ours,
    theirs: adopting.round ? theirs : texts.after === '' ? [] : [{ kind: 'equal', text: texts.after }],
    spans,
    plain: adopting.plain,
    newId: adopting.context.newId,
    decide: adopting.round,
    ...(untouched === undefined ? {} : { untouched: new Set([untouched]) }),
  });
  for (const [id, action] of result.actions) adopting.actions.set(id, action);
  return result.segments;
}

function withComments<T extends Item>(item: T, comments: readonly Comment[] | undefined): T {
  const { comments: _old, ...rest } = item;
  return (comments && comments.length > 0 ? { ...rest, comments } : rest) as T;
}

function apply<T extends Item>(item: T, fate: Fate | undefined, adopting: Adopting): T | null {
  if (!fate) return item;
  const { newId } = adopting.context;
  if (fate.kind === 'delete') {
    // A pending insertion that is deleted again simply goes, as Word does.
    if (item.change?.kind === 'insert') return null;
    if (item.change?.kind === 'delete') return item;
    const deleted = { ...item, change: { kind: 'delete' as const, id: newId(), author: fate.by.author, date: fate.by.date } };
    return adopting.round ? withComments(deleted, adoptComments(item.comments, fate.comments, item.text, newId)) : deleted;
  }
  const { theirs, entry } = fate;
  const changed = entry.textChanged || (adopting.round && (hasChanges(item.segments) || hasChanges(theirs.segments)));
  const next = changed ? withSegments(item, overlaid(segmentsOf(item), segmentsOf(theirs), entry.segments, { before: entry.old!.text, after: entry.new!.text }, adopting, item.change?.id)) : item;
  const own = changed ? reanchor(item.comments, next.text) : item.comments;
  return withComments(next, adopting.round ? adoptComments(own, theirs.comments, next.text, newId) : own);
}

/** Their item as a new one here: one insertion of its words, theirs if their document tracked it, with their comments. */
function insertion<T extends Item>(source: T, adopting: Adopting): T {
  const { newId } = adopting.context;
  const tracked = adopting.round && source.change?.kind === 'insert' ? source.change : null;
  const change = { kind: 'insert' as const, id: newId(), author: tracked?.author || adopting.plain.author, date: tracked?.date || adopting.plain.date };
  // The other side's place in its own Word document is no place in ours (`DocxOrigin`).
  const { comments: _comments, status: _status, change: _change, segments: _segments, origin: _origin, ...rest } = source;
  const segments: Segment[] = [{ kind: 'insert', text: source.text, author: change.author, date: change.date, id: change.id }];
  const item = { ...rest, id: newId(), segments, change } as unknown as T;
  adopting.counterparts.set(item.id, source);
  return adopting.round ? withComments(item, adoptComments(undefined, source.comments, source.text, newId)) : item;
}

/** The deletion of an item of ours they no longer have: their tracked deletion of its words, if any. */
function deletion(item: Item, whole: WholeChanges, adopting: Adopting): Fate {
  const theirs = adopting.round ? whole.theirDeletion(item.text) : null;
  if (theirs) adopting.counterparts.set(item.id, theirs.item);
  const by = theirs ? { author: theirs.change.author || adopting.plain.author, date: theirs.change.date || adopting.plain.date } : adopting.plain;
  return { kind: 'delete', by, comments: theirs?.item.comments };
}

function adoptClauses(contract: Contract, other: Contract, adopting: Adopting, whole: WholeChanges): Section[] {
  const { comparison, context } = adopting;
  const ours = new Map(contract.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause] as const)));
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
    const mine = entry.old ? ours.get(entry.old.id) : undefined;
    const source = entry.new ? clausesOfOther.get(entry.new.id) : undefined;
    const moved = entry.status === 'moved';
    if (mine && source && !moved) {
      if (adopting.round) whole.paired(mine, source);
      adopting.counterparts.set(mine.id, source);
      fates.set(mine.id, { kind: 'overlay', theirs: source, entry });
    } else if (mine && !(adopting.round && !moved && whole.removed(mine))) fates.set(mine.id, deletion(mine, whole, adopting));
    if (entry.old && !moved) anchors.set(entry.old.sectionId, entry.old.id);
    if (!entry.new || (entry.old && !moved) || !source) continue;
    if (adopting.round && entry.status === 'added' && whole.restores(source)) continue;
    const clause = insertion(source, adopting);
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
      const next = apply(clause, fates.get(clause.id), adopting);
      if (next) clauses.push(next);
      pushAll(clauses, insertions.get(clause.id) ?? []);
    }
    sections.push({ ...section, ...renumbered.get(section.id), clauses });
    placeCreated(section.id);
  }
  return sections;
}

function adoptToms(contract: Contract, other: Contract, adopting: Adopting, whole: WholeChanges): Tom[] {
  const ours = new Map(contract.toms.map((tom) => [tom.id, tom]));
  const tomsOfOther = new Map(other.toms.map((tom) => [tom.id, tom]));
  const categoryKey = (tom: Pick<Tom, 'category'>) => `${tom.category.number}\u0000${tom.category.title}`;
  // A measure added under a category both sides have takes the category as this review writes it.
  const categories = new Map(adopting.comparison.toms.flatMap((entry) => (entry.old && entry.new ? [[categoryKey(entry.new), entry.old.category] as const] : [])));
  const fates = new Map<string, Fate>();
  const insertions: Insertions<Tom> = new Map();
  let anchor = START;
  for (const entry of adopting.comparison.toms) {
    const mine = entry.old ? ours.get(entry.old.id) : undefined;
    const source = entry.new ? tomsOfOther.get(entry.new.id) : undefined;
    const moved = entry.placeChanged;
    if (mine && source && !moved) {
      if (adopting.round) whole.paired(mine, source);
      adopting.counterparts.set(mine.id, source);
      fates.set(mine.id, { kind: 'overlay', theirs: source, entry });
    } else if (mine && !(adopting.round && !source && whole.removed(mine))) fates.set(mine.id, deletion(mine, whole, adopting));
    if (entry.old && !(entry.new && moved)) anchor = entry.old.id;
    if (!source || (entry.old && !moved)) continue;
    if (adopting.round && entry.kind === 'added' && whole.restores(source)) continue;
    add(insertions, anchor, { ...insertion(source, adopting), category: categories.get(categoryKey(source)) ?? source.category });
  }
  const toms: Tom[] = [...(insertions.get(START) ?? [])];
  for (const tom of contract.toms) {
    const next = apply(tom, fates.get(tom.id), adopting);
    if (next) toms.push(next);
    pushAll(toms, insertions.get(tom.id) ?? []);
  }
  return toms;
}

/** The parties and the date with the comparison's differences (`other`) and their revisions laid on them. */
function adoptFrontMatter(contract: Contract, other: Contract, adopting: Adopting): Pick<Contract, 'parties' | 'date' | 'dateSegments'> {
  const found = (kind: 'party' | 'date', role?: string) => adopting.comparison.other.find((change) => change.where.kind === kind && (role === undefined || ('role' in change.where && change.where.role === role)));
  const lay = (ours: readonly Segment[], theirs: readonly Segment[], change: OtherChange | undefined, before: string, after: string): Segment[] | null => {
    if (!change && !(adopting.round && (hasChanges(ours) || hasChanges(theirs)))) return null;
    return overlaid(ours, theirs, change?.segments ?? (after === '' ? [] : [{ kind: 'equal', text: after }]), { before, after }, adopting);
  };
  const parties = contract.parties.map((party) => {
    // A party read from the text has no lines of its own to mark up: its words change in the clauses that hold them.
    if (!hasPartyBlock(party)) return party;
    const counterpart = other.parties.find((candidate) => candidate.role === party.role && hasPartyBlock(candidate));
    if (!counterpart) return party;
    const [before, after] = [partyText(party), partyText(counterpart)];
    const segments = lay(party.segments ?? [{ kind: 'equal', text: before }], counterpart.segments ?? [{ kind: 'equal', text: after }], found('party', party.role), before, after);
    return segments ? partyFromText(party, currentText(segments), compact(segments)) : party;
  });
  const [before, after] = [contract.date ?? '', other.date ?? ''];
  const plainDate = (text: string): Segment[] => (text === '' ? [] : [{ kind: 'equal', text }]);
  const segments = lay(contract.dateSegments ?? plainDate(before), other.dateSegments ?? plainDate(after), found('date'), before, after);
  if (!segments) return { parties, date: contract.date, ...(contract.dateSegments ? { dateSegments: contract.dateSegments } : {}) };
  const stored = compact(segments);
  return { parties, date: currentText(segments) || null, ...(stored ? { dateSegments: stored } : {}) };
}

/** Our pending changes their document decided: decided in the record, in their name, at their date. */
function recordActions(before: Contract, after: Review, adopting: Adopting, clauses: WholeChanges, toms: WholeChanges): Review {
  const their = adopting.context.their;
  if (!their) return after;
  const decision: DecisionContext = { by: adopting.context.author, now: their.date, rationale: '', newId: adopting.context.newId, answer: their.answer };
  const entries = new Map(listChanges(before).map((entry) => [entry.id, entry]));
  const decisions: Decision[] = [...after.decisions];
  for (const [id, action] of adopting.actions) {
    const entry = entries.get(id);
    if (entry) decisions.push(decisionRecord(entry, action, decision));
  }
  let review: Review = { ...after, decisions };
  // Whole clauses and measures are decided as the change list decides them (numbers run on, rejected insertions go).
  const whole = new Map([...clauses.actions, ...toms.actions]);
  for (const action of ['accept', 'reject'] as const) {
    const ids = [...whole].filter(([, value]) => value === action).map(([id]) => id);
    if (ids.length > 0) review = decideChanges(review, { ids }, action, decision);
  }
  return review;
}

/**
 * Turns `comparison` (of `review.contract` as old against `other` as new) into tracked
 * changes: exactly the differences the comparison reports, each by whoever made it (see
 * `AdoptContext`). A measure now under another category or service is removed where it
 * stood and added where it stands now.
 */
export function adoptComparison(review: Review, other: Contract, comparison: Comparison, context: AdoptContext): Review {
  const contract = review.contract;
  const vocabulary = new Vocabulary(comparison.options);
  const adopting: Adopting = {
    context,
    plain: { author: context.author, date: context.their?.date ?? context.now },
    comparison,
    vocabulary,
    round: context.their !== undefined,
    actions: new Map(),
    counterparts: new Map(),
  };
  const wholeClauses = new WholeChanges(
    contract.sections.flatMap((section) => section.clauses),
    other.sections.flatMap((section) => section.clauses),
    vocabulary,
  );
  const wholeToms = new WholeChanges(contract.toms, other.toms, vocabulary);
  const sections = adoptClauses(contract, other, adopting, wholeClauses);
  const toms = adoptToms(contract, other, adopting, wholeToms);
  if (adopting.round) {
    wholeClauses.settle();
    wholeToms.settle();
  }
  const { dateSegments: _dateSegments, ...rest } = contract;
  const adopted: Review = { ...review, contract: reclassify({ ...rest, ...adoptFrontMatter(contract, other, adopting), sections, toms }) };
  const decided = recordActions(contract, adopted, adopting, wholeClauses, wholeToms);
  const their = context.their;
  if (!their?.package) return { ...decided, updatedAt: context.now };
  // Round two goes out on the document they sent back: its package, and every origin in it.
  const counterparts = new Map([...wholeClauses.counterparts, ...wholeToms.counterparts, ...adopting.counterparts]);
  return {
    ...decided,
    contract: onTheirDocument(decided.contract, other, counterparts),
    source: adoptedSource(review.source, their),
    updatedAt: context.now,
  };
}

/** The document the adopted review goes out on: their answer's, where it is a Word document; else the review's own. */
export function adoptedSource(source: Review['source'], their: AdoptContext['their']): Review['source'] {
  return their?.package ? { kind: 'docx', name: their.answer, package: their.package } : source;
}

/** What of their answer round two goes out on: its Word document, where it is one (a text answer has none). */
export function packageOf(answer: Review): Pick<NonNullable<AdoptContext['their']>, 'package'> {
  return answer.source.package ? { package: answer.source.package } : {};
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
