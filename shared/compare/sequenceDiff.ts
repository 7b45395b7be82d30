/**
 * The shortest edit script between two sequences of integers (Myers, "An O(ND) Difference
 * Algorithm and Its Variations", 1986): interned tokens of two clauses, or the text hashes
 * of two contracts' clauses. Common ends are trimmed first; the cost is bounded, so a
 * pathological input returns null instead of taking quadratic time.
 */

export interface Run {
  readonly kind: 'equal' | 'delete' | 'insert';
  /** Start in the old sequence (for `equal` and `delete`) or where the run stands in it. */
  readonly oldStart: number;
  readonly newStart: number;
  readonly length: number;
}

type Kind = Run['kind'];

interface MutableRun {
  kind: Kind;
  oldStart: number;
  newStart: number;
  length: number;
}

function push(runs: MutableRun[], kind: Kind, oldStart: number, newStart: number, length: number): void {
  if (length === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind && last.oldStart + (kind === 'insert' ? 0 : last.length) === oldStart && last.newStart + (kind === 'delete' ? 0 : last.length) === newStart) {
    last.length += length;
    return;
  }
  runs.push({ kind, oldStart, newStart, length });
}

/**
 * Runs that turn `a` into `b`, in order. `maxEdits` bounds the number of inserted plus
 * deleted items the search may consider; beyond it the answer is null.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits = Number.POSITIVE_INFINITY): Run[] | null {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n + m > maxEdits && surplus(a, b, prefix, n, m) > maxEdits) return null;
  const middle = middleRuns(a, b, prefix, n, m, maxEdits);
  if (middle === null) return null;
  const runs: MutableRun[] = [];
  push(runs, 'equal', 0, 0, prefix);
  for (const run of middle) push(runs, run.kind, run.oldStart, run.newStart, run.length);
  push(runs, 'equal', prefix + n, prefix + m, suffix);
  return runs;
}

/** Pairs of equal items in common order: `old[i]` of `a` is `new[i]` of `b`. */
export interface CommonPairs {
  readonly old: Int32Array;
  readonly new: Int32Array;
}

/**
 * The pairs of a longest common subsequence of `a` and `b`, or null where an edit script
 * would need more than `maxEdits` edits (as `diffSequences` would return null). Items the
 * other side lacks pair with nothing, so the search runs without them: a longest common
 * subsequence keeps all it had, and each left-out item is one edit more. Two contracts with
 * most clauses reworded then cost about as little as two with few.
 */
export function commonPairs(a: Int32Array, b: Int32Array, maxEdits = Number.POSITIVE_INFINITY): CommonPairs | null {
  const oldKept = keptWhereIn(a, b);
  const newKept = keptWhereIn(b, a);
  const leftOut = a.length - oldKept.length + b.length - newKept.length;
  if (leftOut > maxEdits) return null;
  const runs = diffSequences(valuesAt(a, oldKept), valuesAt(b, newKept), maxEdits - leftOut);
  if (runs === null) return null;
  let count = 0;
  for (const run of runs) if (run.kind === 'equal') count += run.length;
  const pairs = { old: new Int32Array(count), new: new Int32Array(count) };
  let at = 0;
  for (const run of runs) {
    if (run.kind !== 'equal') continue;
    for (let i = 0; i < run.length; i++, at++) {
      pairs.old[at] = oldKept[run.oldStart + i]!;
      pairs.new[at] = newKept[run.newStart + i]!;
    }
  }
  return pairs;
}

/** The indices of `values` whose value `other` also has. */
function keptWhereIn(values: Int32Array, other: Int32Array): Int32Array {
  const present = new Set(other);
  const kept = new Int32Array(values.length);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (present.has(values[i]!)) kept[count++] = i;
  return kept.subarray(0, count);
}

function valuesAt(values: Int32Array, indices: Int32Array): Int32Array {
  const picked = new Int32Array(indices.length);
  for (let i = 0; i < indices.length; i++) picked[i] = values[indices[i]!]!;
  return picked;
}

/**
 * How many items of the middles of `a` and `b` no pairing can cover: per value, the
 * difference of its counts. Every edit script deletes or inserts at least that many, so
 * when it exceeds the bound the search need not run to find out.
 */
function surplus(a: ArrayLike<number>, b: ArrayLike<number>, offset: number, n: number, m: number): number {
  const balance = new Map<number, number>();
  for (let i = offset; i < offset + n; i++) balance.set(a[i]!, (balance.get(a[i]!) ?? 0) + 1);
  for (let j = offset; j < offset + m; j++) balance.set(b[j]!, (balance.get(b[j]!) ?? 0) - 1);
  let total = 0;
  for (const count of balance.values()) total += Math.abs(count);
  return total;
}

/**
 * The middle's runs by Myers' greedy search. Round d writes the furthest x reached on each
 * diagonal k = -d, -d + 2, …, d; the backtrack reads only those of the round before, kept
 * one round after another in one growing array (round d from index d(d + 1) / 2).
 */
function middleRuns(a: ArrayLike<number>, b: ArrayLike<number>, offset: number, n: number, m: number, maxEdits: number): MutableRun[] | null {
  if (n === 0) return m === 0 ? [] : [{ kind: 'insert', oldStart: offset, newStart: offset, length: m }];
  if (m === 0) return [{ kind: 'delete', oldStart: offset, newStart: offset, length: n }];
  const max = n + m;
  const center = max + 1;
  const v = new Int32Array(2 * max + 3);
  let trace = new Int32Array(Math.min(1024, ((max + 1) * (max + 2)) / 2));
  for (let d = 0; d <= max; d++) {
    if (d > maxEdits) return null;
    const round = (d * (d + 1)) / 2;
    if (round + d + 1 > trace.length) {
      const bigger = new Int32Array(Math.max(trace.length * 2, round + d + 1));
      bigger.set(trace);
      trace = bigger;
    }
    // `-d | 0`: at d = 0 plain `-d` is -0, a float, and the engine would keep k as one throughout.
    // `at` is where diagonal k stands in `v`, `t` where it goes in `trace`: both step with k.
    for (let k = -d | 0, at = center + k, t = round; k <= d; k += 2, at += 2, t++) {
      const below = v[at - 1]!;
      const above = v[at + 1]!;
      let x = k === -d || (k !== d && below < above) ? above : below + 1;
      let y = x - k;
      while (x < n && y < m && a[offset + x] === b[offset + y]) {
        x++;
        y++;
      }
      v[at] = x;
      trace[t] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m, offset);
    }
  }
  return null;
}

function backtrack(trace: Int32Array, last: number, n: number, m: number, offset: number): MutableRun[] {
  // Built from the end backwards, then reversed; each run is extended while the walk stays in it.
  const reversed: MutableRun[] = [];
  const prepend = (kind: Kind, oldStart: number, newStart: number, length: number) => {
    const first = reversed[reversed.length - 1];
    if (first && first.kind === kind) {
      first.oldStart = oldStart;
      first.newStart = newStart;
      first.length += length;
    } else reversed.push({ kind, oldStart, newStart, length });
  };
  let x = n;
  let y = m;
  for (let d = last; d >= 0; d--) {
    // Round d - 1's furthest x on diagonal k.
    const round = ((d - 1) * d) / 2;
    const at = (k: number) => trace[round + ((k + d - 1) >> 1)]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    const snake = Math.min(x - previousX, y - previousY);
    if (snake > 0) prepend('equal', offset + x - snake, offset + y - snake, snake);
    x -= snake;
    y -= snake;
    if (d > 0) {
      if (x === previousX) prepend('insert', offset + x, offset + y - 1, 1);
      else prepend('delete', offset + x - 1, offset + y, 1);
    }
    x = previousX;
    y = previousY;
  }
  return reversed.reverse();
}
