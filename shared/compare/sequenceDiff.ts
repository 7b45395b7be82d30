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

type Step = 'equal' | 'delete' | 'insert';

function push(runs: Run[], kind: Step, oldStart: number, newStart: number, length: number): void {
  if (length === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind && last.oldStart + (kind === 'insert' ? 0 : last.length) === oldStart && last.newStart + (kind === 'delete' ? 0 : last.length) === newStart) {
    runs[runs.length - 1] = { ...last, length: last.length + length };
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
  const middle = middleSteps(a, b, prefix, n, m, maxEdits);
  if (middle === null) return null;
  const runs: Run[] = [];
  push(runs, 'equal', 0, 0, prefix);
  let x = prefix;
  let y = prefix;
  for (const step of middle) {
    push(runs, step, x, y, 1);
    if (step !== 'insert') x++;
    if (step !== 'delete') y++;
  }
  push(runs, 'equal', x, y, suffix);
  return runs;
}

function middleSteps(a: ArrayLike<number>, b: ArrayLike<number>, offset: number, n: number, m: number, maxEdits: number): Step[] | null {
  if (n === 0) return new Array<Step>(m).fill('insert');
  if (m === 0) return new Array<Step>(n).fill('delete');
  const max = n + m;
  const center = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[k] for k in [-d-1, d+1] as it stood before round d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    if (d > maxEdits) return null;
    trace.push(v.slice(center - d - 1, center + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[center + k - 1]! < v[center + k + 1]!) ? v[center + k + 1]! : v[center + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[offset + x] === b[offset + y]) {
        x++;
        y++;
      }
      v[center + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], last: number, n: number, m: number): Step[] {
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = last; d >= 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      steps.push('equal');
      x--;
      y--;
    }
    if (d > 0) steps.push(x === previousX ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  return steps.reverse();
}
