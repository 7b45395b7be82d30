/**
 * Checks a contract against Art. 28 GDPR, item by item: covered when every aspect of the
 * item is said in so many words; weak when it is said only by a reference to another
 * contract, only as an option of the processor, or is made chargeable, conditional or a
 * matter of best efforts by a clause on the same topic, or when only part of it is said;
 * missing when nothing says it. Every result names the clauses and the wording that
 * decided it, or what is absent.
 */
import type { Contract, Citation } from '../contract';
import type { ArticleRef, Aspect, AspectId, ChecklistItemId, Entry, ItemRule } from './items';
import { isCircumstanceAt, together } from './grammar';
import { matchEntry, type Around } from './match';
import { quoteOf } from './quote';
import { checklistItems } from './wording';
import { isPlaceholder, passageParts, type ChecklistLocation, type Passage, type PassageSentence } from './passages';
import { statementsOf } from './statements';
import { effortIn, isFree, referenceIn, TOPIC_RESTRICTIONS, type Weakness, type WeaknessKind } from './weakness';
import { pushAll, smallest } from '../lists';
import type { ChecklistStatus } from './status';
import type { Range } from './statements';

export type ChecklistReason =
  | { readonly kind: 'covered'; readonly quote: string; readonly cite: Citation }
  /** Covered by a heading of an annex form whose entry is still blank. */
  | { readonly kind: 'blank'; readonly quote: string; readonly cite: Citation }
  | { readonly kind: 'weakened'; readonly weakness: WeaknessKind; readonly words: string; readonly quote: string; readonly cite: Citation }
  | { readonly kind: 'option'; readonly quote: string; readonly cite: Citation }
  | { readonly kind: 'partial'; readonly quote: string; readonly cite: Citation; readonly missing: readonly AspectId[] }
  | { readonly kind: 'missing'; readonly missing: readonly AspectId[] };

export interface ChecklistEvidence {
  /** The aspect it says, or null for wording that says the item only in part. */
  readonly aspect: AspectId | null;
  readonly ref: string;
  readonly cite: Citation;
  readonly target: ChecklistLocation;
  readonly quote: string;
}

export interface ChecklistItemResult {
  readonly id: ChecklistItemId;
  readonly article: ArticleRef;
  readonly status: ChecklistStatus;
  /** Where the contract says it: `9.2`, `5`, `Anlage II`, in the order of the contract. */
  readonly clauses: readonly string[];
  readonly evidence: readonly ChecklistEvidence[];
  readonly reason: ChecklistReason;
}

interface Hit {
  readonly passage: Passage;
  readonly sentence: PassageSentence;
  readonly index: number;
  /** The words of the sentence that said it. */
  readonly words: readonly Range[];
  readonly order: number;
  /** Found by the section title, not by the clause's own words. */
  readonly titled: boolean;
  /** Shown for what it completes, not a saying of its own: it neither makes the item strong nor weak. */
  readonly supports?: boolean;
}

interface Scope {
  /** Annexes of descriptions (Annex II) count. */
  readonly annexes: boolean;
  /** The TOM annex's title and preamble count (only as partial wording for Art. 28(3)(c)). */
  readonly tomAnnex: boolean;
  /** A section title on the item's topic (*Gegenstand und Dauer*) makes its first clause a hit. */
  readonly titles: RegExp | null;
}

/** Where a sentence of `passage` stands: its lead-in, what the passage is about up to it, and the party its reading names. */
function aroundOf(passage: Passage, index: number): Around {
  const sentence = passage.sentences[index]!;
  const context = () => [passage.about, ...passage.sentences.slice(0, index).map((before) => before.text)].join('\n');
  return { leadIn: sentence.leadIn, context, party: sentence.party, force: sentence.force };
}

/** A sentence whose reading gives its duty to the controller alone: it says no duty of the processor. */
const obligesControllerAlone = (sentence: PassageSentence) => sentence.force === 'duty' && sentence.party === 'customer';

/**
 * A step of the check: the work between two of them is bounded (`WORK_PER_STEP`), whatever the
 * contract's length, so that a caller letting other work run at each one stays responsive.
 */
type Steps<T> = Generator<null, T, undefined>;

/** Sentences matched against one wording entry between two steps: a few milliseconds of matching at most. */
const WORK_PER_STEP = 500;

/** The work done since the last step, over every search of the check. */
class Budget {
  private work = 0;

  /** Counts `work` done; true when a step is due. */
  spend(work: number): boolean {
    this.work += work;
    if (this.work < WORK_PER_STEP) return false;
    this.work = 0;
    return true;
  }
}

function* find(passages: readonly Passage[], wording: readonly Entry[], scope: Scope, budget: Budget, processorDuty = false): Steps<Hit[]> {
  const hits: Hit[] = [];
  for (const [order, passage] of passages.entries()) {
    if (passage.tomAnnex ? !scope.tomAnnex : !scope.annexes && passage.target.kind === 'annex') continue;
    const own: Hit[] = [];
    for (const [index, sentence] of passage.sentences.entries()) {
      // A passage may be long (an annex's every line): the step ends within it.
      if (budget.spend(wording.length)) yield null;
      if (processorDuty && obligesControllerAlone(sentence)) continue;
      const around = aroundOf(passage, index);
      for (const entry of wording) {
        const said = matchEntry(sentence.text, entry, around);
        if (!said) continue;
        own.push({ passage, sentence: said.text === sentence.text ? sentence : { ...sentence, text: said.text }, index, words: said.words, order, titled: false });
        break;
      }
    }
    const titled = scope.titles !== null && passage.opensSection && scope.titles.test(passage.about);
    if (own.length === 0 && titled && passage.sentences.length > 0) {
      const text = passage.sentences.map((sentence) => sentence.text).join(' ');
      own.push({ passage, sentence: { ...passage.sentences[0]!, text }, index: 0, words: [], order, titled: true });
    }
    pushAll(hits, own);
  }
  return hits;
}

function evidenceOf(hit: Hit, aspect: AspectId | null): ChecklistEvidence {
  return { aspect, ref: hit.passage.ref, cite: hit.passage.cite, target: hit.passage.target, quote: quoteOf(hit.sentence.text, hit.words) };
}

/** Where `words` stand in `sentence`, to be quoted beside the words that said the item. */
function rangeOf(sentence: string, words: string): Range[] {
  const at = sentence.indexOf(words);
  return at < 0 ? [] : [[at, at + words.length]];
}

/**
 * Art. 32's risk factors (*Art, Umfang, Umstände und Zwecke der Verarbeitung*) and the
 * contents of a breach notification (*Kategorien personenbezogener Daten*) describe no
 * processing of this contract.
 */
const RISK_FACTORS = /(?:Stand der Technik|Implementierungskosten|Eintrittswahrscheinlichkeit|Wahrscheinlichkeit und Schwere|state of the art|costs of implementation|likelihood and severity|Verletzung des Schutzes|Datenpanne|data breach|personal data breach)/iu;

/** Whether the words that said a description stand as a circumstance of another statement (*je nach Art der Daten*). */
function namedAsCircumstance(hit: Hit): boolean {
  return hit.words.length > 0 && isCircumstanceAt(hit.sentence.text, smallest(hit.words.map(([from]) => from)));
}

/** How strong one hit is on its own: a reference or a processor's mere option is weak. */
function weaknessOf(rule: ItemRule, hit: Hit): Weakness | 'option' | 'blank' | null {
  if (hit.sentence.blankEntry || isPlaceholder(hit.sentence.text)) return 'blank';
  if (rule.description) return rule.coupling?.test(hit.sentence.text) ? null : referenceIn(hit.sentence.text);
  if (rule.duty && hit.sentence.force === 'option' && hit.sentence.party === 'provider') return ownRestriction(hit) ?? 'option';
  return null;
}

/**
 * A restriction in the sentence that says the duty: costs, conditions or a substitute anywhere
 * in it; best efforts only where they introduce the duty's own words (*use reasonable efforts to
 * assist*), not an act beside it (*In the event Customer objects …, the processor may use
 * reasonable efforts to propose a change*).
 */
function ownRestriction(hit: Hit): Weakness | null {
  const text = hit.sentence.text;
  for (const { kind, pattern } of TOPIC_RESTRICTIONS) {
    const match = pattern.exec(text);
    if (match && !(kind === 'chargeable' && isFree(text))) return { kind, words: match[0].trim() };
  }
  const effort = effortIn(text);
  if (!effort) return null;
  const statement = statementsOf(text).find(({ from, to }) => effort.at >= from && effort.at < to);
  const introduces = hit.words.some(([from]) => from >= effort.end && statement !== undefined && from < statement.to);
  return introduces ? { kind: effort.kind, words: effort.words } : null;
}

/**
 * How close a restriction in a sentence of its own stands to the topic it restricts: *Für
 * Unterstützungsleistungen … kann der Auftragnehmer eine Vergütung beanspruchen*, not the
 * measures named twenty words before *the costs of such assistance*.
 */
const TOPIC_REACH = 12;

/** Per item, each topic restriction said together with the item's topic (*costs of any such audits*, *Für Unterstützungsleistungen … Vergütung*). */
const saidOfTopic = new WeakMap<ItemRule, readonly { readonly kind: WeaknessKind; readonly entry: Entry }[]>();

/** A restriction that another sentence sets for the item's topic: it must say it of the topic, not beside it. */
function topicRestriction(rule: ItemRule, sentence: string): Weakness | null {
  let entries = saidOfTopic.get(rule);
  if (!entries) {
    entries = TOPIC_RESTRICTIONS.map(({ kind, pattern }) => ({ kind, entry: [together([rule.topic, pattern], { reach: TOPIC_REACH })] }));
    saidOfTopic.set(rule, entries);
  }
  for (const { kind, entry } of entries) {
    const said = matchEntry(sentence, entry);
    if (!said || (kind === 'chargeable' && isFree(sentence))) continue;
    const [from, to] = said.words.at(-1)!;
    return { kind, words: sentence.slice(from, to).trim() };
  }
  return null;
}

/** Costs, conditions, substitutes or efforts in the hit's own sentence, or a restriction of its topic in another sentence of its section. */
function restrictionOf(rule: ItemRule, hit: Hit, bySection: ReadonlyMap<string, readonly Passage[]>): { weakness: Weakness; passage: Passage; sentence: string; own: boolean } | null {
  const own = ownRestriction(hit);
  if (own) return { weakness: own, passage: hit.passage, sentence: hit.sentence.text, own: true };
  // The passages of the hit's section, in order; a passage outside any section only with itself.
  const candidates = hit.passage.sectionId === null ? [hit.passage] : (bySection.get(hit.passage.sectionId) ?? []);
  for (const passage of candidates) {
    for (const [index, sentence] of passage.sentences.entries()) {
      if (passage === hit.passage && index === hit.index) continue;
      const weakness = topicRestriction(rule, sentence.text);
      if (weakness) return { weakness, passage, sentence: sentence.text, own: false };
    }
  }
  return null;
}

/** How many sentences `restrictionOf` may read for `hit`. */
function sectionSentences(hit: Hit, bySection: ReadonlyMap<string, readonly Passage[]>): number {
  const candidates = hit.passage.sectionId === null ? [hit.passage] : (bySection.get(hit.passage.sectionId) ?? []);
  return candidates.reduce((sum, passage) => sum + passage.sentences.length, 0);
}

/** The passages of each section, in the contract's order. */
function passagesBySection(passages: readonly Passage[]): Map<string, Passage[]> {
  const bySection = new Map<string, Passage[]>();
  for (const passage of passages) {
    if (passage.sectionId === null) continue;
    const list = bySection.get(passage.sectionId);
    if (list) list.push(passage);
    else bySection.set(passage.sectionId, [passage]);
  }
  return bySection;
}

function refsOf(evidence: readonly ChecklistEvidence[], order: ReadonlyMap<string, number>): string[] {
  return [...new Set(evidence.map((item) => item.ref))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * The hits of an aspect: its wording, and its partial wording where another sentence completes
 * it; the completing sentences come along to be shown (`supports`), not to decide.
 */
function* aspectHits(aspect: Aspect, passages: readonly Passage[], scope: Scope, budget: Budget): Steps<Hit[]> {
  const hits = yield* find(passages, aspect.wording, scope, budget, aspect.processorDuty);
  if (!aspect.completedBy || !aspect.partial) return hits;
  const completion = yield* find(passages, aspect.completedBy, scope, budget);
  if (completion.length === 0) return hits;
  // A sentence is the same where its passage (its `order`) and its index are.
  const at = (hit: Hit) => `${hit.order}:${hit.index}`;
  const taken = new Set(hits.map(at));
  const partial = (yield* find(passages, aspect.partial, scope, budget, aspect.processorDuty)).filter((hit) => !taken.has(at(hit)));
  if (partial.length === 0) return hits;
  for (const hit of partial) taken.add(at(hit));
  const supports = completion.filter((hit) => !taken.has(at(hit))).map((hit) => ({ ...hit, supports: true }));
  return [...hits, ...partial, ...supports].sort((a, b) => a.order - b.order || a.index - b.index);
}

/** What every item of a contract's check reads: its passages, those of each section, and each passage's place in the order. */
interface Read {
  readonly passages: readonly Passage[];
  readonly bySection: ReadonlyMap<string, readonly Passage[]>;
  readonly order: ReadonlyMap<string, number>;
  readonly budget: Budget;
}

function* checkItem(rule: ItemRule, { passages, bySection, order, budget }: Read): Steps<ChecklistItemResult> {
  const scope: Scope = { annexes: rule.description, tomAnnex: false, titles: rule.description ? rule.topic : null };
  const relevant = (hit: Hit) => !rule.description || (!RISK_FACTORS.test(hit.sentence.text) && !namedAsCircumstance(hit));
  const found: { aspect: AspectId; hits: Hit[] }[] = [];
  for (const aspect of rule.aspects) found.push({ aspect: aspect.id, hits: (yield* aspectHits(aspect, passages, scope, budget)).filter(relevant) });
  const evidence = found.flatMap(({ aspect, hits }) => hits.map((hit) => evidenceOf(hit, aspect)));
  const result = (status: ChecklistStatus, reason: ChecklistReason, shown = evidence): ChecklistItemResult => ({
    id: rule.id,
    article: rule.article,
    status,
    clauses: refsOf(shown, order),
    evidence: shown,
    reason,
  });

  const missing = found.filter(({ hits }) => hits.length === 0).map(({ aspect }) => aspect);
  if (missing.length > 0) {
    // What says a missing aspect in part (instructions not documented), then the item's own partial wording.
    const partial: Hit[] = [];
    for (const aspect of rule.aspects) if (missing.includes(aspect.id) && aspect.partial) pushAll(partial, yield* find(passages, aspect.partial, scope, budget, aspect.processorDuty));
    partial.sort((a, b) => a.order - b.order);
    if (missing.length === rule.aspects.length && partial.length === 0 && rule.partial) pushAll(partial, yield* find(passages, rule.partial, { annexes: false, tomAnnex: true, titles: null }, budget));
    const shown = [...evidence, ...partial.map((hit) => evidenceOf(hit, null))];
    const hit = partial[0] ?? found.find(({ hits }) => hits.length > 0)?.hits[0];
    if (!hit) return result('missing', { kind: 'missing', missing });
    return result('weak', { kind: 'partial', quote: quoteOf(hit.sentence.text, hit.words), cite: hit.passage.cite, missing }, shown);
  }

  // Every aspect is said; each by its strongest hit.
  const deciding = found.map(({ hits }) => ({ hits: hits.filter((hit) => !hit.supports) }));
  let weakest: ChecklistReason | null = null;
  let blank: ChecklistReason | null = null;
  for (const { hits } of deciding) {
    const strong = hits.find((hit) => weaknessOf(rule, hit) === null);
    if (strong) continue;
    const clean = hits.find((hit) => weaknessOf(rule, hit) === 'blank');
    if (clean) {
      blank ??= { kind: 'blank', quote: quoteOf(clean.sentence.text, clean.words), cite: clean.passage.cite };
      continue;
    }
    const hit = hits[0]!;
    const weakness = weaknessOf(rule, hit)!;
    const words = weakness === 'option' || weakness === 'blank' ? hit.words : [...hit.words, ...rangeOf(hit.sentence.text, weakness.words)];
    const quote = quoteOf(hit.sentence.text, words);
    weakest ??=
      weakness === 'option' || weakness === 'blank'
        ? { kind: 'option', quote, cite: hit.passage.cite }
        : { kind: 'weakened', weakness: weakness.kind, words: weakness.words, quote, cite: hit.passage.cite };
  }
  if (weakest) return result('weak', weakest);
  // A duty is weakened when every place that says one of its aspects is restricted (costs, conditions, efforts).
  if (rule.duty) {
    for (const { hits } of deciding) {
      const restrictions: ReturnType<typeof restrictionOf>[] = [];
      for (const hit of hits) {
        // Each reads the sentences of its hit's section.
        if (budget.spend(sectionSentences(hit, bySection) * TOPIC_RESTRICTIONS.length)) yield null;
        restrictions.push(restrictionOf(rule, hit, bySection));
      }
      if (restrictions.some((restriction) => restriction === null)) continue;
      const restriction = restrictions[0]!;
      const hit = hits[0]!;
      const weakening = rangeOf(restriction.sentence, restriction.weakness.words);
      const quote = quoteOf(restriction.sentence, restriction.own ? [...hit.words, ...weakening] : weakening);
      const extra = { aspect: null, ref: restriction.passage.ref, cite: restriction.passage.cite, target: restriction.passage.target, quote };
      return result(
        'weak',
        { kind: 'weakened', weakness: restriction.weakness.kind, words: restriction.weakness.words, quote, cite: restriction.passage.cite },
        evidence.some((item) => item.ref === extra.ref) ? evidence : [...evidence, extra],
      );
    }
  }
  if (blank) return result('covered', blank);
  const onTopic = (hit: Hit) => (hit.titled ? 2 : rule.topic.test(hit.passage.about) ? 0 : 1);
  const first = deciding
    .map(({ hits }) => hits.filter((hit) => weaknessOf(rule, hit) === null).sort((a, b) => onTopic(a) - onTopic(b) || a.order - b.order)[0]!)
    .sort((a, b) => onTopic(a) - onTopic(b) || a.order - b.order)[0]!;
  // The words of every aspect the quoted sentence says (*auszuhändigen oder … zu vernichten*), not of the first alone.
  const said = deciding.flatMap(({ hits }) => hits.filter((hit) => hit.passage === first.passage && hit.sentence.text === first.sentence.text && weaknessOf(rule, hit) === null));
  return result('covered', { kind: 'covered', quote: quoteOf(first.sentence.text, said.flatMap((hit) => hit.words)), cite: first.passage.cite });
}

/**
 * The results of each contract checked so far. A contract is a value: an edit makes a new one
 * and never changes the old, so the same object always checks the same, and the checklist
 * view, the comparison and the export dialog check a contract once between them.
 */
const checked = new WeakMap<Contract, readonly ChecklistItemResult[]>();

export function checkContract(contract: Contract): readonly ChecklistItemResult[] {
  const before = checked.get(contract);
  if (before) return before;
  const steps = checkSteps(contract);
  while (!steps.next().done);
  return checked.get(contract)!;
}

/**
 * Results of `contract` checked elsewhere, on a copy of it (the window's compare worker checks
 * both sides of a comparison): what reads `contract` later takes them instead of checking again.
 */
export function rememberChecked(contract: Contract, results: readonly ChecklistItemResult[]): void {
  if (!checked.has(contract)) checked.set(contract, results);
}

/** The results of `contract` if it has been checked already, else null. */
export function checkedBefore(contract: Contract): readonly ChecklistItemResult[] | null {
  return checked.get(contract) ?? null;
}

/**
 * The results of `checkContract` one item at a time, in order, for a caller that lets other
 * work run between them: the window stays responsive while a long contract is checked.
 */
export function* checkItems(contract: Contract): Generator<ChecklistItemResult, void, undefined> {
  for (const step of checkSteps(contract)) if (step) yield step;
}

/**
 * The check of `contract` in steps of bounded work: `null` for a step of reading or matching,
 * else the next item's result, in order. One item reads the whole contract, so on a long one
 * an item alone held the window for a quarter of a second; a step reads a few hundred
 * sentences at most. The results are kept once the last is made.
 */
export function* checkSteps(contract: Contract): Generator<ChecklistItemResult | null, void, undefined> {
  const before = checked.get(contract);
  if (before) {
    yield* before;
    return;
  }
  const passages: Passage[] = [];
  for (const part of passageParts(contract)) {
    if (part) pushAll(passages, part);
    yield null;
  }
  const read: Read = { passages, bySection: passagesBySection(passages), order: new Map(passages.map((passage, index) => [passage.ref, index])), budget: new Budget() };
  const results: ChecklistItemResult[] = [];
  for (const rule of checklistItems()) {
    const result = yield* checkItem(rule, read);
    results.push(result);
    yield result;
  }
  checked.set(contract, results);
}
