import { describe, expect, it } from 'vitest';
import { largest } from '../../../shared/lists';
import { parseContract } from '../../../shared/parse';
import { buildMatrix, matrixWidest } from '../../../shared/toms';
import { readTemplate } from '../../support/files';

describe('the widest content of the responsibility matrix', () => {
  const matrix = buildMatrix(parseContract(readTemplate()).toms);
  const widest = matrixWidest(matrix);

  it('keeps the longest words of the category column, longest first', () => {
    expect(widest.categoryWords[0]).toBe('Verfügbarkeitskontrolle');
    const lengths = widest.categoryWords.map((word) => word.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(widest.untitled).toBe(false);
  });

  it('holds, per column, each party’s largest count of any row', () => {
    expect(widest.cells).toHaveLength(matrix.columns.length);
    matrix.columns.forEach((_, index) => {
      for (const row of matrix.rows) {
        const cell = row.cells[index]!;
        for (const party of ['provider', 'customer', 'shared', 'unstated'] as const) expect(widest.cells[index]!.counts[party]).toBeGreaterThanOrEqual(cell.counts[party]);
      }
    });
    expect(widest.total.counts.provider).toBe(largest(matrix.rows.map((row) => row.counts.provider)));
  });
});
