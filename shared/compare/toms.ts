/**
 * Measures of two TOM annexes, aligned and diffed. A measure whose responsible party or
 * deciding cue changed is a kind of change of its own (`responsibility`), whatever else
 * changed with it: it is what a customer's data protection officer looks for first.
 * A measure keeps its place when only its order inside a category changed.
 */
import type { Contract, Tom, TomCategory } from '../contract';
import { align } from './align';
import { compareComments } from './comments';
import type { TomComparison, TomKind, TomSide } from './model';
import { mergeOrder } from './order';
import { differs } from './textDiff';
import type { TokenizedText } from './tokens';
import type { Vocabulary } from './vocabulary';
import type { AlignUnit } from './bags';

/** The measures as the annex reads now: a measure whose deletion is pending is no longer part of it. */
function tomsOf(contract: Contract): Tom[] {
  return contract.toms.filter((tom) => tom.change?.kind !== 'delete');
}

function sideOf(tom: Tom): TomSide {
  return { id: tom.id, text: tom.text, category: tom.category, services: tom.services, party: tom.responsibility.party, cue: tom.responsibility.cue };
}

interface Unit extends AlignUnit {
  readonly text: TokenizedText;
  readonly services: number;
  readonly cue: number;
}

/** `before`: the measures of the old annex, whose texts the new ones are read alongside (see `Vocabulary.read`). */
function unitsOf(toms: readonly Tom[], vocabulary: Vocabulary, before: readonly Tom[] = []): Unit[] {
  const categories = new Map<number, number>();
  // Measures share their category: its hash once per category, not once per measure.
  const hashes = new Map<TomCategory, number>();
  return toms.map((tom, index) => {
    let category = hashes.get(tom.category);
    if (category === undefined) {
      category = vocabulary.hash(`${tom.category.number} ${tom.category.title}`);
      hashes.set(tom.category, category);
    }
    if (!categories.has(category)) categories.set(category, categories.size);
    const services = vocabulary.combine(...tom.services.map((service) => vocabulary.hash(service)));
    const text = vocabulary.read(tom.text, before[index]?.text);
    return {
      hash: text.hash,
      text,
      words: text.words,
      group: categories.get(category)!,
      key: String(services),
      plain: tom.text,
      services,
      cue: tom.responsibility.cue === null ? -1 : vocabulary.hash(tom.responsibility.cue),
    };
  });
}

export function compareToms(old: Contract, next: Contract, vocabulary: Vocabulary): TomComparison[] {
  const oldToms = tomsOf(old);
  const newToms = tomsOf(next);
  const oldUnits = unitsOf(oldToms, vocabulary);
  const newUnits = unitsOf(newToms, vocabulary, oldToms);
  const alignment = align(oldUnits, newUnits);
  const pairByNew = new Map(alignment.pairs.map((pair) => [pair.new, pair]));
  const anchors = alignment.pairs.filter((pair) => pair.inOrder).map((pair) => [pair.old, pair.new] as const);
  const newOnly = [...alignment.added, ...alignment.pairs.filter((pair) => !pair.inOrder).map((pair) => pair.new)];

  return mergeOrder(anchors, alignment.removed, newOnly).map((item): TomComparison => {
    const entry = entryOf(item);
    const comments = item.new === null ? [] : compareComments(entry.old ? oldToms[pairByNew.get(item.new)?.old ?? -1]?.comments : undefined, newToms[item.new]!.comments);
    return comments.length > 0 ? { ...entry, comments } : entry;
  });

  function entryOf(item: { readonly old: number | null; readonly new: number | null }): TomComparison {
    if (item.new === null) {
      const tom = oldToms[item.old!]!;
      return { kind: 'removed', old: sideOf(tom), new: null, segments: [{ kind: 'delete', text: tom.text }], textChanged: true, placeChanged: false, responsibilityChange: null };
    }
    const tom = newToms[item.new]!;
    const pair = pairByNew.get(item.new);
    if (!pair) return { kind: 'added', old: null, new: sideOf(tom), segments: [{ kind: 'insert', text: tom.text }], textChanged: true, placeChanged: false, responsibilityChange: null };
    const before = oldToms[pair.old]!;
    const oldUnit = oldUnits[pair.old]!;
    const newUnit = newUnits[pair.new]!;
    const segments = oldUnit.hash === newUnit.hash ? [{ kind: 'equal' as const, text: tom.text }] : vocabulary.diffRead(oldUnit.text, newUnit.text);
    const textChanged = differs(segments);
    const placeChanged = alignment.groups.get(oldUnit.group) !== newUnit.group || oldUnit.services !== newUnit.services;
    const responsibilityChange =
      before.responsibility.party !== tom.responsibility.party ? 'party' : oldUnit.cue !== newUnit.cue ? 'cue' : null;
    const kind: TomKind = responsibilityChange ? 'responsibility' : textChanged || placeChanged ? 'changed' : 'unchanged';
    return { kind, old: sideOf(before), new: sideOf(tom), segments, textChanged, placeChanged, responsibilityChange };
  }
}
