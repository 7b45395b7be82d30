import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonPairs, diffSequences, type Run } from '../../../shared/compare/sequenceDiff';

/** The length of a longest common subsequence, by the textbook table. */
function lcs(a: readonly number[], b: readonly number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  return table[a.length]![b.length]!;
}

function replay(a: readonly number[], b: readonly number[], runs: readonly Run[]): { old: number[]; next: number[]; equal: number } {
  const old: number[] = [];
  const next: number[] = [];
  let equal = 0;
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      if (run.kind !== 'insert') old.push(a[run.oldStart + i]!);
      if (run.kind !== 'delete') next.push(b[run.newStart + i]!);
      if (run.kind === 'equal') {
        expect(a[run.oldStart + i]).toBe(b[run.newStart + i]);
        equal++;
      }
    }
  }
  return { old, next, equal };
}

describe('the sequence diff', () => {
  it('finds a shortest edit script: both sides replay exactly and the equal part is a longest common subsequence', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const runs = diffSequences(a, b)!;
        const { old, next, equal } = replay(a, b, runs);
        expect(old).toEqual(a);
        expect(next).toEqual(b);
        expect(equal).toBe(lcs(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('gives up instead of working quadratically when the sequences differ beyond the bound', () => {
    const a = Array.from({ length: 500 }, (_, i) => i);
    const b = Array.from({ length: 500 }, (_, i) => i + 1000);
    expect(diffSequences(a, b, 100)).toBeNull();
    expect(diffSequences(a, [...a.slice(0, 250), 7777, ...a.slice(250)], 100)).toEqual([
      { kind: 'equal', oldStart: 0, newStart: 0, length: 250 },
      { kind: 'insert', oldStart: 250, newStart: 250, length: 1 },
      { kind: 'equal', oldStart: 250, newStart: 251, length: 250 },
    ]);
  });

  it('pairs a longest common subsequence however many items only one side has, and gives up exactly where the diff would', () => {
    // Values up to 30 in sequences of up to 40: many items the other side lacks, as reworded clauses.
    const sequence = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 });
    fc.assert(
      fc.property(sequence, sequence, fc.integer({ min: 0, max: 80 }), (a, b, bound) => {
        const pairs = commonPairs(Int32Array.from(a), Int32Array.from(b), bound);
        const diff = diffSequences(a, b, bound);
        expect(pairs === null).toBe(diff === null);
        if (pairs === null) return;
        for (let i = 0; i < pairs.old.length; i++) {
          expect(a[pairs.old[i]!]).toBe(b[pairs.new[i]!]);
          if (i > 0) expect(pairs.old[i]! > pairs.old[i - 1]! && pairs.new[i]! > pairs.new[i - 1]!).toBe(true);
        }
        expect(pairs.old.length).toBe(lcs(a, b));
      }),
      { numRuns: 500 },
    );
  });
});
