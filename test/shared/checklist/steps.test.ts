import { describe, expect, it, vi } from 'vitest';
import { checkContract, checkSteps } from '../../../shared/checklist';
import * as match from '../../../shared/checklist/match';
import { parseContract } from '../../../shared/parse/parseContract';
import { largeContract } from '../../bench/generate';
import { readTemplate } from '../../support/files';

// Every sentence the check reads is matched against wording here: how often between two steps is the work of a step.
vi.mock('../../../shared/checklist/match', async (original) => {
  const real = await original<typeof match>();
  return { ...real, matchEntry: vi.fn(real.matchEntry) };
});

/** The most sentences matched between two steps of the check of `clauses` clauses, how many steps it took, and its results. */
function stepsOf(clauses: number) {
  const contract = parseContract(largeContract(readTemplate(), clauses));
  const matched = vi.mocked(match.matchEntry);
  matched.mockClear();
  let most = 0;
  let steps = 0;
  const results = [];
  for (const step of checkSteps(contract)) {
    most = Math.max(most, matched.mock.calls.length);
    matched.mockClear();
    steps++;
    if (step) results.push(step);
  }
  return { most, steps, results, whole: checkContract({ ...contract }) };
}

describe('the Art. 28 check in steps', () => {
  it('reads a long contract in steps of the same bounded work as a short one, and finds what the whole check finds', () => {
    const short = stepsOf(60);
    const long = stepsOf(600);
    // One item reads the whole contract: taken whole, an item of 600 clauses held the window ten times as long as one of 60.
    expect(long.most).toBeLessThanOrEqual(1000);
    expect(short.most).toBeLessThanOrEqual(1000);
    expect(long.steps).toBeGreaterThan(3 * short.steps);
    expect(long.results).toEqual(long.whole);
    expect(short.results).toEqual(short.whole);
  }, 30_000);
});
