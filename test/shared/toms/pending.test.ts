import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { listChanges } from '../../../shared/redline/changes';
import { overrideResponsibility } from '../../../shared/review/override';
import { decideChanges, deleteItem, editText, insertTomAfter } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { buildMatrix } from '../../../shared/toms/matrix';
import { pendingMeasures } from '../../../shared/toms/pending';
import { readTemplate } from '../../support/files';

function counter() {
  let n = 0;
  return () => `id${++n}`;
}

const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const anna = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: counter() };
const decided = { by: 'Ben', now: '2026-11-26T11:00:00Z', rationale: '', newId: counter() };
/** „Manuelle Schließanlage“ in the Bremen office: the provider's by the annex's frame. */
const LOCK = 't8';
const toCustomer = editText(base, { kind: 'tom', id: LOCK }, 'Die Schließanlage stellt der Auftraggeber.', anna);
const matrixOf = (review: typeof base) => buildMatrix(review.contract.toms, pendingMeasures(review.contract));

describe('measures whose responsibility hangs on a pending change', () => {
  it('are none in a review without changes, and the matrix counts every measure under its party', () => {
    expect(pendingMeasures(base.contract).size).toBe(0);
    expect(matrixOf(base)).toMatchObject({ counts: { provider: 48, customer: 14, shared: 5, unstated: 0 }, pending: 0, total: 67 });
  });

  it('counts a measure an unaccepted edit moves to the customer apart, as pending, in its cell, its row and the total', () => {
    expect(toCustomer.contract.toms.find((tom) => tom.id === LOCK)!.responsibility.party).toBe('customer');
    expect([...pendingMeasures(toCustomer.contract)]).toEqual([LOCK]);
    const matrix = matrixOf(toCustomer);
    expect(matrix).toMatchObject({ counts: { provider: 47, customer: 14, shared: 5, unstated: 0 }, pending: 1, total: 67 });
    const row = matrix.rows.find((candidate) => candidate.cells.some((cell) => cell.tomIds.includes(LOCK)))!;
    const cell = row.cells.find((candidate) => candidate.tomIds.includes(LOCK))!;
    // The Bremen office's other measure, the staffed reception, is the provider's and settled.
    expect(cell).toMatchObject({ pending: 1, counts: { provider: 1, customer: 0 }, total: 2 });
    expect(row.pending).toBe(1);
  });

  it('settles once the change is accepted (customer) or rejected (provider)', () => {
    const accepted = decideChanges(toCustomer, 'all', 'accept', decided);
    expect(pendingMeasures(accepted.contract).size).toBe(0);
    expect(matrixOf(accepted).counts).toMatchObject({ provider: 47, customer: 15 });
    const rejected = decideChanges(toCustomer, 'all', 'reject', decided);
    expect(pendingMeasures(rejected.contract).size).toBe(0);
    expect(matrixOf(rejected).counts).toMatchObject({ provider: 48, customer: 14 });
  });

  it('leaves a measure settled when its pending edit does not change who does it', () => {
    const typo = editText(base, { kind: 'tom', id: LOCK }, 'Manuelle Schließanlage mit Sicherungsschein', anna);
    expect(listChanges(typo.contract)).not.toEqual([]);
    expect(pendingMeasures(typo.contract).size).toBe(0);
  });

  it('counts a measure added or removed by a pending change as pending', () => {
    const added = insertTomAfter(base, LOCK, 'Schlüsselbuch mit Ausgabe und Rücknahme', anna);
    expect([...pendingMeasures(added.review.contract)]).toEqual([added.id]);
    const removed = deleteItem(base, { kind: 'tom', id: 't2' }, anna);
    expect([...pendingMeasures(removed.contract)]).toEqual(['t2']);
  });

  it('takes a reviewer’s override as settled: it is a decision of its own', () => {
    const overridden = overrideResponsibility(toCustomer.contract, { kind: 'tom', id: LOCK }, 'customer', 'agreed by phone', { by: 'Ben', at: decided.now, decisionId: 'd1' })!;
    expect(pendingMeasures(overridden.contract).size).toBe(0);
  });
});
