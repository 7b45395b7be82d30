/**
 * Checks a contract against Art. 28 GDPR, item by item: covered when every aspect of the
 * item is said in so many words; weak when it is said only by a reference to another
 * contract, only as an option of the processor, or is made chargeable, conditional or a
 * matter of best efforts by a clause on the same topic, or when only part of it is said;
 * missing when nothing says it. Every result names the clauses and the wording that
 * decided it, or what is absent.
 */
import type { Contract } from '../contract/model';
import type { Citation } from '../contract/reference';
import type { ChecklistStatus } from '../review/model';
import type { ArticleRef, AspectId, ChecklistItemId, Entry, ItemRule } from './items';
import { isCircumstanceAt } from './grammar';
import { matchEntry, type Range } from './match';
import { quoteOf } from './quote';
import { checklistItems } from './wording';
import { isPlaceholder, passagesOf, type ChecklistTarget, type Passage, type PassageSentence } from './passages';
import { referenceIn, restrictionIn, type Weakness, type WeaknessKind } from './weakness';
import { pushAll, smallest } from '../lists/pushAll';

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
  readonly target: ChecklistTarget;
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
}

interface Scope {
  /** Annexes of descriptions (Annex II) count. */
  readonly annexes: boolean;
  /** The TOM annex's title and preamble count (only as partial wording for Art. 28(3)(c)). */
  readonly tomAnnex: boolean;
  /** A section title on the item's topic (*Gegenstand und Dauer*) makes its first clause a hit. */
  readonly titles: RegExp | null;
}

function find(passages: readonly Passage[], wording: readonly Entry[], scope: Scope): Hit[] {
  const hits: Hit[] = [];
  passages.forEach((passage, order) => {
    if (passage.tomAnnex ? !scope.tomAnnex : !scope.annexes && passage.target.kind === 'annex') return;
    const own: Hit[] = [];
    passage.sentences.forEach((sentence, index) => {
      for (const entry of wording) {
        const said = matchEntry(sentence.text, entry, sentence.leadIn);
        if (!said) continue;
        own.push({ passage, sentence: said.text === sentence.text ? sentence : { ...sentence, text: said.text }, index, words: said.words, order, titled: false });
        break;
      }
    });
    const titled = scope.titles !== null && passage.opensSection && scope.titles.test(passage.about);
    if (own.length === 0 && titled && passage.sentences.length > 0) {
      const text = passage.sentences.map((sentence) => sentence.text).join(' ');
      own.push({ passage, sentence: { ...passage.sentences[0]!, text }, index: 0, words: [], order, titled: true });
    }
    pushAll(hits, own);
  });
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
  if (rule.duty && hit.sentence.force === 'option' && hit.sentence.party === 'provider') return restrictionIn(hit.sentence.text) ?? 'option';
  return null;
}

/** Costs, conditions or best efforts in the hit's own clause, or in another clause of its section on the same topic. */
function restrictionOf(rule: ItemRule, hit: Hit, bySection: ReadonlyMap<string, readonly Passage[]>): { weakness: Weakness; passage: Passage; sentence: string; own: boolean } | null {
  // The passages of the hit's section, in order; a passage outside any section only with itself.
  const candidates = hit.passage.sectionId === null ? [hit.passage] : (bySection.get(hit.passage.sectionId) ?? []);
  for (const passage of candidates) {
    const own = passage === hit.passage;
    for (const sentence of passage.sentences) {
      if (!own && !rule.topic.test(sentence.text)) continue;
      const weakness = restrictionIn(sentence.text);
      if (weakness) return { weakness, passage, sentence: sentence.text, own: own && sentence.text === hit.sentence.text };
    }
  }
  return null;
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

function refsOf(evidence: readonly ChecklistEvidence[], passages: readonly Passage[]): string[] {
  const order = new Map(passages.map((passage, index) => [passage.ref, index]));
  return [...new Set(evidence.map((item) => item.ref))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function checkItem(rule: ItemRule, passages: readonly Passage[], bySection: ReadonlyMap<string, readonly Passage[]>): ChecklistItemResult {
  const scope: Scope = { annexes: rule.description, tomAnnex: false, titles: rule.description ? rule.topic : null };
  const relevant = (hit: Hit) => !rule.description || (!RISK_FACTORS.test(hit.sentence.text) && !namedAsCircumstance(hit));
  const found = rule.aspects.map((aspect) => ({ aspect: aspect.id, hits: find(passages, aspect.wording, scope).filter(relevant) }));
  const evidence = found.flatMap(({ aspect, hits }) => hits.map((hit) => evidenceOf(hit, aspect)));
  const result = (status: ChecklistStatus, reason: ChecklistReason, shown = evidence): ChecklistItemResult => ({
    id: rule.id,
    article: rule.article,
    status,
    clauses: refsOf(shown, passages),
    evidence: shown,
    reason,
  });

  const missing = found.filter(({ hits }) => hits.length === 0).map(({ aspect }) => aspect);
  if (missing.length === rule.aspects.length) {
    const partial = rule.partial ? find(passages, rule.partial, { annexes: false, tomAnnex: true, titles: null }) : [];
    if (partial.length === 0) return result('missing', { kind: 'missing', missing });
    const first = evidenceOf(partial[0]!, null);
    return result('weak', { kind: 'partial', quote: first.quote, cite: first.cite, missing }, partial.map((hit) => evidenceOf(hit, null)));
  }
  if (missing.length > 0) {
    const hit = found.find(({ hits }) => hits.length > 0)!.hits[0]!;
    return result('weak', { kind: 'partial', quote: quoteOf(hit.sentence.text, hit.words), cite: hit.passage.cite, missing });
  }

  // Every aspect is said; each by its strongest hit.
  let weakest: ChecklistReason | null = null;
  let blank: ChecklistReason | null = null;
  for (const { hits } of found) {
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
    for (const { hits } of found) {
      const restrictions = hits.map((hit) => restrictionOf(rule, hit, bySection));
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
  const first = found
    .map(({ hits }) => hits.filter((hit) => weaknessOf(rule, hit) === null).sort((a, b) => onTopic(a) - onTopic(b) || a.order - b.order)[0]!)
    .sort((a, b) => onTopic(a) - onTopic(b) || a.order - b.order)[0]!;
  return result('covered', { kind: 'covered', quote: quoteOf(first.sentence.text, first.words), cite: first.passage.cite });
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
  const items = checkItems(contract);
  while (!items.next().done);
  return checked.get(contract)!;
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
  const before = checked.get(contract);
  if (before) {
    yield* before;
    return;
  }
  const passages = passagesOf(contract);
  const bySection = passagesBySection(passages);
  const results: ChecklistItemResult[] = [];
  for (const rule of checklistItems()) {
    const result = checkItem(rule, passages, bySection);
    results.push(result);
    yield result;
  }
  checked.set(contract, results);
}
