import { describe, expect, it } from 'vitest';
import type { Tom } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { buildMatrix, cellToms, GENERAL_COLUMN } from '../../../shared/toms/matrix';
import { readTemplate } from '../../support/files';

describe('the responsibility matrix', () => {
  const contract = parseContract(readTemplate());
  const matrix = buildMatrix(contract.toms);

  it('has the 11 categories of Anlage III as rows and its services and sites as columns', () => {
    expect(matrix.rows.map((row) => row.category.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(matrix.columns.map((column) => column.service)).toEqual([
      null,
      'Telehouse Frankfurt, Main (Rechenzentrum)',
      'Bremen (Büro)',
      'Kundenmenü',
      'Cloud-VPS',
      'Webhosting',
      'E-Mail',
    ]);
  });

  it('counts each cell by party, and every measure once in its row and in the total', () => {
    const access = matrix.rows.find((row) => row.category.title.endsWith('Zugangskontrolle'))!;
    const cell = (service: string) => access.cells.find((candidate) => candidate.columnKey === `s:${service}`)!;
    expect(cell('Webhosting').counts).toEqual({ provider: 2, customer: 1, shared: 3, unstated: 0 });
    expect(cell('Cloud-VPS').counts).toEqual({ provider: 1, customer: 2, shared: 0, unstated: 0 });
    expect(access.total).toBe(2 + 3 + 6 + 4);
    expect(matrix.total).toBe(67);
    expect(matrix.counts).toEqual({ provider: 48, customer: 14, shared: 5, unstated: 0 });
    const rowSum = matrix.rows.reduce((sum, row) => sum + row.total, 0);
    expect(rowSum).toBe(67);
  });

  it('counts a measure under two services in both columns, but once in its row', () => {
    const separation = matrix.rows.find((row) => row.category.title.endsWith('Trennungskontrolle'))!;
    const webhosting = separation.cells.find((cell) => cell.columnKey === 's:Webhosting')!;
    const email = separation.cells.find((cell) => cell.columnKey === 's:E-Mail')!;
    expect(webhosting.tomIds).toEqual(email.tomIds);
    expect(webhosting.total).toBe(2);
    expect(separation.total).toBe(5);
    const general = separation.cells.find((cell) => cell.columnKey === GENERAL_COLUMN)!;
    expect(cellToms(contract.toms, general).map((tom) => tom.text.slice(0, 20))).toEqual(['Für interne Verwaltu', 'Test- und Produktion']);
  });

  it('follows a reviewer’s change of a measure', () => {
    const toms: Tom[] = contract.toms.map((tom, index) => (index === 0 ? { ...tom, responsibility: { ...tom.responsibility, party: 'customer', source: 'reviewer' } } : tom));
    expect(buildMatrix(toms).counts).toEqual({ provider: 47, customer: 15, shared: 5, unstated: 0 });
  });

  it('draws no columns for a contract without measures', () => {
    expect(buildMatrix([])).toEqual({ columns: [], rows: [], counts: { provider: 0, customer: 0, shared: 0, unstated: 0 }, pending: 0, total: 0 });
  });
});
