import { describe, expect, it } from 'vitest';
import { compareContracts } from '../../../shared/compare/compareContracts';
import { comparisonRows, FOLD_AT, isChange, type ComparisonRow } from '../../../shared/compare/rows';
import { parseContract } from '../../../shared/parse/parseContract';
import { readTemplate } from '../../support/files';
import { providerAnswer } from '../../support/negotiation';

const template = parseContract(readTemplate());
const comparison = compareContracts(template, providerAnswer(template).contract);

const describeRow = (row: ComparisonRow): string => {
  switch (row.kind) {
    case 'heading':
      return `# ${row.heading}`;
    case 'section':
      return `§ ${row.section.old?.number ?? '-'}→${row.section.new?.number ?? '-'}`;
    case 'clause':
      return `${row.entry.status} ${row.entry.old?.number ?? '-'}→${row.entry.new?.number ?? '-'}`;
    case 'moved-away':
      return `away ${row.entry.old!.number}`;
    case 'unchanged':
      return `fold ${row.clauses.length + row.measures.length}`;
    case 'measure':
      return `measure ${row.entry.kind}`;
    case 'other':
      return `other ${row.change.where.kind}`;
  }
};

describe('the rows a reader goes through', () => {
  it('shows the measures whose responsibility changed first, then the clauses section by section', () => {
    const rows = comparisonRows(comparison, 'changes').map(describeRow);
    expect(rows).toEqual([
      '# responsibility',
      'measure responsibility',
      'measure responsibility',
      '# clauses',
      '§ -→2',
      'added -→2.1',
      '§ 2→3',
      'away 2.3',
      '§ 7→8',
      'removed 7.5→-',
      '§ 8→9',
      'added -→9.2',
      '§ 9→10',
      'changed 9.1→10.1',
      '§ 11→12',
      'moved 2.3→12.3',
    ]);
    expect(comparisonRows(comparison, 'changes').filter(isChange)).toHaveLength(7);
  });

  it('folds runs of unchanged clauses and measures, and opens a run on request', () => {
    const rows = comparisonRows(comparison, 'all');
    const folds = rows.filter((row) => row.kind === 'unchanged');
    expect(folds.every((row) => row.kind === 'unchanged' && row.clauses.length + row.measures.length >= FOLD_AT)).toBe(true);
    const shown = (list: readonly ComparisonRow[]) =>
      list.reduce((count, row) => count + (row.kind === 'unchanged' ? row.clauses.length + row.measures.length : row.kind === 'clause' || row.kind === 'measure' ? 1 : 0), 0);
    expect(shown(rows)).toBe(comparison.clauses.length + comparison.toms.length);
    const opened = comparisonRows(comparison, 'all', new Set([folds[0]!.key]));
    expect(opened.filter((row) => row.kind === 'unchanged')).toHaveLength(folds.length - 1);
    expect(opened.find((row) => row.key === folds[0]!.key)?.kind).toBe('clause');
  });

  it('shows only the responsibility changes under that filter', () => {
    expect(comparisonRows(comparison, 'responsibility').map(describeRow)).toEqual(['# responsibility', 'measure responsibility', 'measure responsibility']);
  });
});
