import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLOORS } from '../accuracy/floors';
import { CORPUS, METRICS, scoreCorpus } from '../accuracy/run';

/**
 * The labelled corpus lies beside the repository (`../shared/corpus`), here and in CI. Its totals
 * may rise, never fall below the floors of `test/accuracy/floors.ts`.
 */
describe('reading the labelled DPAs of the development corpus', () => {
  it('keeps every total of npm run accuracy at or above its floor', { timeout: 120_000 }, async () => {
    expect(existsSync(CORPUS), `the labelled corpus at ${CORPUS}`).toBe(true);
    const { total } = await scoreCorpus(CORPUS);
    for (const metric of METRICS) {
      expect(total[metric][0], `${metric}: ${total[metric][0]}/${total[metric][1]}, floor ${FLOORS[metric]}`).toBeGreaterThanOrEqual(FLOORS[metric]);
    }
  });
});
