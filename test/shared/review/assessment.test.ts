import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { clearChecklistVerdict, clearResponsibility, setChecklistVerdict, setResponsibility } from '../../../shared/review/assessment';
import { newReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';

const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
const context = (now: string, id: string) => ({ author: 'Dana Richter', now, newId: () => id });
const backup = { kind: 'tom', id: 't47' } as const;

describe('the reviewer’s assessment as changes of the review', () => {
  it('records a responsibility the reviewer sets in the decision record, and its reset', () => {
    const set = setResponsibility(base, backup, 'shared', 'Snapshots are booked.', context('2026-12-01T10:00:00.000Z', 'd1'))!;
    expect(set.contract.toms.find((tom) => tom.id === 't47')!.responsibility.party).toBe('shared');
    expect(set.decisions.at(-1)).toMatchObject({ id: 'd1', by: 'Dana Richter', action: 'override', from: 'customer', to: 'shared' });
    expect(set.updatedAt).toBe('2026-12-01T10:00:00.000Z');

    const reset = clearResponsibility(set, backup, context('2026-12-01T11:00:00.000Z', 'd2'))!;
    expect(reset.contract.toms.find((tom) => tom.id === 't47')!.responsibility.party).toBe('customer');
    expect(reset.decisions.map((decision) => decision.id)).toEqual([...base.decisions.map((decision) => decision.id), 'd1', 'd2']);
    expect(setResponsibility(base, { kind: 'tom', id: 'no-such-measure' }, 'shared', '', context('2026-12-01T12:00:00.000Z', 'd3'))).toBeNull();
  });

  it('keeps one verdict per checklist item, signed, until the reviewer clears it', () => {
    const first = setChecklistVerdict(base, 'a28-3-c', 'missing', 'No TOMs annex.', context('2026-12-01T10:00:00.000Z', 'x'));
    const second = setChecklistVerdict(first, 'a28-3-c', 'covered', 'Annex III.', context('2026-12-01T10:05:00.000Z', 'y'));
    expect(second.checklist).toEqual([{ itemId: 'a28-3-c', status: 'covered', note: 'Annex III.', by: 'Dana Richter', at: '2026-12-01T10:05:00.000Z' }]);
    const cleared = clearChecklistVerdict(second, 'a28-3-c', '2026-12-01T10:10:00.000Z');
    expect(cleared.checklist).toEqual([]);
    expect(cleared.updatedAt).toBe('2026-12-01T10:10:00.000Z');
  });
});
