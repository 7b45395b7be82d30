import { describe, expect, it } from 'vitest';
import { firstAbove } from '../../../shared/lists';

describe('where a value falls in an ascending list', () => {
  it('gives the first index whose value exceeds the limit, past equal values, in arrays and typed arrays alike', () => {
    for (const values of [[2, 4, 4, 4, 9], Int32Array.from([2, 4, 4, 4, 9])]) {
      expect(firstAbove(values, 1)).toBe(0);
      expect(firstAbove(values, 4)).toBe(4);
      expect(firstAbove(values, 5)).toBe(4);
      expect(firstAbove(values, 9)).toBe(5);
    }
    expect(firstAbove([], 3)).toBe(0);
  });
});
