/**
 * Aligning the units of two documents (clauses, measures, annex items) before any word is
 * diffed, so that renumbering is no change and a moved clause is found once:
 *
 * 1. Equal texts in the same order pair up: a diff of the sequences of text hashes.
 * 2. Equal texts out of order pair up: clauses moved as they were.
 * 3. Between two pairs in common order, the units left over pair up in order by number
 *    and heading first, then by text similarity: a changed clause stays where it was. A gap
 *    too large for that matching (most clauses reworded) is walked side by side instead,
 *    each unit paired in place with the closest of the next few on the other side.
 * 4. What is left pairs up by similarity wherever it stands: clauses moved and changed.
 * 5. Pairs in a section other than the one their section became (by most of its pairs
 *    in common order), or out of the longest common order of the others, are moves.
 *
 * Every step is linear or near-linear in the number of units except the diff of step 1,
 * which is bounded (a patience-style fallback takes over), and the small order-keeping
 * matching of step 3, which only runs where its gap is small.
 */
import { Bags, type AlignUnit } from './bags';
import { commonPairs } from './sequenceDiff';
import { largest } from '../lists';

export interface AlignedPair {
  readonly old: number;
  readonly new: number;
  /** In the longest common order of both documents, and in the section its section became. */
  readonly inOrder: boolean;
  /** Out of order, or now in another section than the one its section became. */
  readonly moved: boolean;
}

export interface Alignment {
  /** Sorted by old index. */
  readonly pairs: readonly AlignedPair[];
  readonly removed: readonly number[];
  readonly added: readonly number[];
  /** Which group of the new document each group of the old one became (by most of its units). */
  readonly groups: ReadonlyMap<number, number>;
}

/** Similarity at which two units in the same place are one unit changed. */
const IN_PLACE = 0.4;
/** …when their number and heading also agree. */
const IN_PLACE_SAME_NUMBER = 0.2;
/**
 * Letter similarity at which two short units in the same place are one unit changed: a
 * measure of three words two of which changed their ending has few words in common, but
 * nearly all its letters.
 */
const IN_PLACE_LETTERS = 0.7;
/** Similarity at which two units in different places are one unit moved and changed. */
const MOVED = 0.5;
/** Bound of the order-keeping matching in a gap (old units × new units). */
const GAP_LIMIT = 40_000;
/** Bound of the sequence diff (inserted plus deleted units) before the fallback. */
const MAX_UNIT_EDITS = 3000;

type Pairs = Map<number, number>;

/** In-order pairs of equal texts: the diff of the hash sequences, or unique equal hashes kept in order. */
function anchors(old: readonly AlignUnit[], next: readonly AlignUnit[]): Pairs {
  const pairs: Pairs = new Map();
  const common = commonPairs(hashesOf(old), hashesOf(next), MAX_UNIT_EDITS);
  if (common) {
    for (let i = 0; i < common.old.length; i++) pairs.set(common.old[i]!, common.new[i]!);
    return pairs;
  }
  const count = (units: readonly AlignUnit[]) => {
    const seen = new Map<number, number>();
    units.forEach((unit, index) => seen.set(unit.hash, seen.has(unit.hash) ? -1 : index));
    return seen;
  };
  const oldOnce = count(old);
  const newOnce = count(next);
  const candidates: [number, number][] = [];
  for (const [hash, index] of oldOnce) {
    const other = newOnce.get(hash);
    if (index >= 0 && other !== undefined && other >= 0) candidates.push([index, other]);
  }
  candidates.sort((a, b) => a[0] - b[0]);
  for (const index of longestIncreasing(candidates.map((candidate) => candidate[1]))) pairs.set(candidates[index]![0], candidates[index]![1]);
  return pairs;
}

function hashesOf(units: readonly AlignUnit[]): Int32Array {
  const hashes = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) hashes[i] = units[i]!.hash;
  return hashes;
}

/** The pairs by old index. */
function byOld(pairs: Pairs, oldCount: number): [number, number][] {
  const sorted: [number, number][] = [];
  for (let i = 0; i < oldCount; i++) {
    const j = pairs.get(i);
    if (j !== undefined) sorted.push([i, j]);
  }
  return sorted;
}

/** Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const result: number[] = [];
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index]!) result.push(index);
  return result.reverse();
}

/**
 * For each old group, the new group most of its paired units went to. On a tie the
 * groups' order decides: the first candidate after the group the previous old group went
 * to (a section that gave one of its two clauses to another section stays where it was).
 * `context` tells where old groups without pairs here went, so that the previous group is
 * known even when it has none of `pairs`.
 */
function groupMap(old: readonly AlignUnit[], next: readonly AlignUnit[], pairs: Iterable<readonly [number, number]>, context?: ReadonlyMap<number, number>): Map<number, number> {
  const votes = new Map<number, Map<number, number>>();
  for (const [o, n] of pairs) {
    const from = old[o]!.group;
    const to = next[n]!.group;
    const tally = votes.get(from) ?? new Map<number, number>();
    tally.set(to, (tally.get(to) ?? 0) + 1);
    votes.set(from, tally);
  }
  const map = new Map<number, number>();
  let previous = -1;
  for (const from of [...new Set([...votes.keys(), ...(context?.keys() ?? [])])].sort((a, b) => a - b)) {
    const tally = votes.get(from);
    if (!tally) {
      previous = context!.get(from)!;
      continue;
    }
    const most = largest(tally.values());
    const tied = [...tally].filter(([, count]) => count === most).map(([to]) => to).sort((a, b) => a - b);
    const chosen = tied.find((to) => to > previous) ?? tied.find((to) => to === previous) ?? tied[0]!;
    map.set(from, chosen);
    previous = chosen;
  }
  return map;
}

/**
 * The score of pairing two units in place, or null when they are too different: by their
 * words (`similarity`, of the bag loaded), or for short units by their letters.
 */
function inPlaceScore(gap: Gap, o: number, n: number, similarity: number): number | null {
  const a = gap.old[o]!;
  const b = gap.next[n]!;
  const sameNumber = a.key !== null && a.key === b.key && gap.groups.get(a.group) === b.group;
  const bonus = sameNumber ? 0.25 : 0;
  if (similarity >= IN_PLACE || (sameNumber && similarity >= IN_PLACE_SAME_NUMBER)) return similarity + bonus;
  const letters = gap.bags.letters(o, n);
  return letters !== null && letters >= IN_PLACE_LETTERS ? letters + bonus : null;
}

/** The leftovers between two pairs in common order, and what matching them reads and writes. */
interface Gap {
  readonly old: readonly AlignUnit[];
  readonly next: readonly AlignUnit[];
  readonly bags: Bags;
  readonly groups: ReadonlyMap<number, number>;
  readonly oldIndices: readonly number[];
  readonly newIndices: readonly number[];
  readonly pairs: Pairs;
  readonly taken: Set<number>;
}

/** The order-keeping matching of the leftovers of one gap with the highest total score. */
function matchGap(gap: Gap): void {
  const { bags, oldIndices, newIndices, pairs, taken } = gap;
  const rows = oldIndices.length;
  const columns = newIndices.length;
  const width = columns + 1;
  // Plain arrays: most gaps hold a clause or two, and a typed array costs an allocation outside the heap.
  const best = new Array<number>((rows + 1) * width).fill(0);
  const scores = new Array<number>(rows * columns).fill(-1);
  for (let i = 1; i <= rows; i++) {
    const o = oldIndices[i - 1]!;
    bags.load(o);
    for (let j = 1; j <= columns; j++) {
      const n = newIndices[j - 1]!;
      const score = inPlaceScore(gap, o, n, bags.against(n));
      scores[(i - 1) * columns + (j - 1)] = score ?? -1;
      const skip = Math.max(best[(i - 1) * width + j]!, best[i * width + j - 1]!);
      best[i * width + j] = score === null ? skip : Math.max(skip, best[(i - 1) * width + j - 1]! + score);
    }
    bags.unload();
  }
  let i = rows;
  let j = columns;
  while (i > 0 && j > 0) {
    const here = best[i * width + j]!;
    const score = scores[(i - 1) * columns + (j - 1)]!;
    if (score >= 0 && here === best[(i - 1) * width + j - 1]! + score) {
      pairs.set(oldIndices[i - 1]!, newIndices[j - 1]!);
      taken.add(newIndices[j - 1]!);
      i--;
      j--;
    } else if (here === best[(i - 1) * width + j]!) i--;
    else j--;
  }
}

/**
 * Step 3: the leftovers between consecutive pairs in common order, matched in order.
 * Pairs found out of order (moves) are no boundaries here; their units are taken.
 */
function matchGaps(old: readonly AlignUnit[], next: readonly AlignUnit[], bags: Bags, pairs: Pairs, taken: Set<number>, groups: ReadonlyMap<number, number>): void {
  const sorted = byOld(pairs, old.length);
  const bounds = longestIncreasing(sorted.map((pair) => pair[1])).map((index) => sorted[index]!);
  let oldFrom = 0;
  let newFrom = 0;
  for (const [o, n] of [...bounds, [old.length, next.length] as [number, number]]) {
    const oldIndices: number[] = [];
    const newIndices: number[] = [];
    for (let i = oldFrom; i < o; i++) if (!pairs.has(i)) oldIndices.push(i);
    for (let j = newFrom; j < n; j++) if (!taken.has(j)) newIndices.push(j);
    if (oldIndices.length > 0 && newIndices.length > 0) {
      const gap = { old, next, bags, groups, oldIndices, newIndices, pairs, taken };
      if (oldIndices.length * newIndices.length <= GAP_LIMIT) matchGap(gap);
      else matchLargeGap(gap);
    }
    oldFrom = o + 1;
    newFrom = n + 1;
  }
}

/** How far ahead, on either side, a gap too large for the matching looks for a unit's partner. */
const LARGE_GAP_WINDOW = 4;

/**
 * The leftovers of a gap too large for the order-keeping matching (a contract most of whose
 * clauses were reworded): walked side by side, each old unit paired in place with the best
 * of the next few new ones, or a new unit with the best of the next few old ones, so that a
 * clause changed where it stands is not taken for one moved elsewhere. Linear in the gap.
 */
function matchLargeGap(gap: Gap): void {
  const { bags, oldIndices, newIndices, pairs, taken } = gap;
  let i = 0;
  let j = 0;
  const score = (o: number, n: number) => {
    bags.load(oldIndices[o]!);
    const similarity = bags.against(newIndices[n]!);
    bags.unload();
    return inPlaceScore(gap, oldIndices[o]!, newIndices[n]!, similarity);
  };
  while (i < oldIndices.length && j < newIndices.length) {
    let best: { o: number; n: number; score: number } | null = null;
    for (let step = 0; step <= LARGE_GAP_WINDOW; step++) {
      for (const [o, n] of step === 0 ? [[i, j]] : [[i, j + step], [i + step, j]]) {
        if (o! >= oldIndices.length || n! >= newIndices.length) continue;
        const found = score(o!, n!);
        if (found !== null && (best === null || found > best.score)) best = { o: o!, n: n!, score: found };
      }
      // The unit in place wins whenever it is close enough; only then do the next few compete.
      if (best !== null && step === 0) break;
    }
    if (best === null) {
      // Neither has a partner near: both changed beyond recognition here (step 4 may still pair them elsewhere).
      i++;
      j++;
      continue;
    }
    pairs.set(oldIndices[best.o]!, newIndices[best.n]!);
    taken.add(newIndices[best.n]!);
    i = best.o + 1;
    j = best.n + 1;
  }
}

function unmatched(count: number, taken: (index: number) => boolean): number[] {
  const indices: number[] = [];
  for (let i = 0; i < count; i++) if (!taken(i)) indices.push(i);
  return indices;
}

/** Step 2: equal texts anywhere (moved as they were), first come first served. */
function matchEqualAnywhere(old: readonly AlignUnit[], next: readonly AlignUnit[], pairs: Pairs, taken: Set<number>): void {
  const byHash = new Map<number, number[]>();
  for (const j of unmatched(next.length, (j) => taken.has(j))) {
    const list = byHash.get(next[j]!.hash) ?? [];
    list.push(j);
    byHash.set(next[j]!.hash, list);
  }
  for (const i of unmatched(old.length, (i) => pairs.has(i))) {
    const list = byHash.get(old[i]!.hash);
    if (!list || list.length === 0) continue;
    const j = list.shift()!;
    pairs.set(i, j);
    taken.add(j);
  }
}

/**
 * Step 4: similar texts anywhere. Candidates come from an index of the rarer words, so
 * each unit meets only the few others it shares distinctive words with.
 */
function matchSimilarAnywhere(old: readonly AlignUnit[], next: readonly AlignUnit[], bags: Bags, pairs: Pairs, taken: Set<number>, groups: ReadonlyMap<number, number>): void {
  const olds = unmatched(old.length, (i) => pairs.has(i));
  const news = unmatched(next.length, (j) => taken.has(j));
  if (olds.length === 0 || news.length === 0) return;
  const index = new Map<number, number[]>();
  for (const j of news) {
    for (const word of bags.distinctNew(j)) {
      const list = index.get(word) ?? [];
      list.push(j);
      index.set(word, list);
    }
  }
  const common = Math.max(16, Math.ceil(Math.sqrt(news.length)) * 4);
  const candidates: { readonly old: number; readonly new: number; readonly score: number }[] = [];
  // The new units met for the current old one, each once: `met[j]` holds the old unit (from 1) it was met for.
  const met = new Int32Array(next.length);
  for (const i of olds) {
    const unit = old[i]!;
    const shared: number[] = [];
    for (const word of bags.distinctOld(i)) {
      const list = index.get(word);
      if (!list || list.length > common) continue;
      for (const j of list) {
        if (met[j] === i + 1) continue;
        met[j] = i + 1;
        shared.push(j);
      }
    }
    bags.load(i);
    for (const j of shared) {
      const score = bags.against(j);
      if (score >= MOVED) candidates.push({ old: i, new: j, score: score + (unit.key !== null && unit.key === next[j]!.key && groups.get(unit.group) === next[j]!.group ? 0.25 : 0) });
    }
    bags.unload();
  }
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  for (const candidate of candidates) {
    if (pairs.has(candidate.old) || taken.has(candidate.new)) continue;
    pairs.set(candidate.old, candidate.new);
    taken.add(candidate.new);
  }
}

export function align(old: readonly AlignUnit[], next: readonly AlignUnit[]): Alignment {
  const bags = new Bags(old, next);
  const pairs = anchors(old, next);
  const taken = new Set(pairs.values());
  matchEqualAnywhere(old, next, pairs, taken);
  matchGaps(old, next, bags, pairs, taken, groupMap(old, next, pairs));
  matchSimilarAnywhere(old, next, bags, pairs, taken, groupMap(old, next, pairs));

  // Which section each section became, by the pairs in the longest common order; a pair in
  // another section has moved whatever its order, and of the rest those out of order.
  const sorted = byOld(pairs, old.length);
  const common = longestIncreasing(sorted.map((pair) => pair[1])).map((index) => sorted[index]!);
  // A section none of whose pairs is in common order still became somewhere: where most went.
  const everywhere = groupMap(old, next, sorted);
  const groups = groupMap(old, next, common, everywhere);
  for (const [from, to] of everywhere) if (!groups.has(from)) groups.set(from, to);
  const consistent = sorted.filter(([o, n]) => groups.get(old[o]!.group) === next[n]!.group);
  const inOrder = new Set(longestIncreasing(consistent.map((pair) => pair[1])).map((index) => consistent[index]![0]));
  return {
    pairs: sorted.map(([o, n]) => ({ old: o, new: n, inOrder: inOrder.has(o), moved: !inOrder.has(o) })),
    removed: unmatched(old.length, (i) => pairs.has(i)),
    added: unmatched(next.length, (j) => taken.has(j)),
    groups,
  };
}
