import { describe, expect, it } from 'vitest';
import { parseContract } from '../../../shared/parse/parseContract';
import { currentOrNextChange, filterChanges, FRONT_MATTER, listChanges, MEASURES, stepChange } from '../../../shared/redline/changes';
import { DATE_TARGET } from '../../../shared/contract/items';
import { editText } from '../../../shared/review/operations';
import { newReview } from '../../../shared/review/reviewFile';
import { readTemplate } from '../../support/files';

let n = 0;
const context = (author: string) => ({ author, now: '2026-11-26T10:00:00Z', newId: () => `c${++n}` });
const base = newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T09:00:00Z');
// Changes in §1.1 (Anna), §11.1 (Ben), the date (Anna) and a measure (Ben).
let review = editText(base, { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.', context('Ben'));
review = editText(review, { kind: 'clause', id: 's1-c2' }, 'Die Kündigung beendet diese Vereinbarung.', context('Anna'));
review = editText(review, DATE_TARGET, '1. Januar 2027', context('Anna'));
review = editText(review, { kind: 'tom', id: review.contract.toms[0]!.id }, 'elektronisches Zutrittskontrollsystem', context('Ben'));
const contract = review.contract;
const entries = listChanges(contract);
const where = (entry: { target: { kind: string; id: string } } | null) => (entry ? `${entry.target.kind}:${entry.target.id}` : null);

describe('moving through changes', () => {
  it('steps forward and back from the current change and wraps around at the ends', () => {
    const first = entries[0]!;
    const last = entries[entries.length - 1]!;
    expect(stepChange(entries, first.id, 1, contract, null)).toBe(entries[1]);
    expect(stepChange(entries, first.id, -1, contract, null)).toBe(last);
    expect(stepChange(entries, last.id, 1, contract, null)).toBe(first);
  });

  it('starts from the selected clause when there is no current change: at or after it forward, before it back', () => {
    expect(where(stepChange(entries, null, 1, contract, { kind: 'clause', id: 's11-c1' }))).toBe('clause:s11-c1');
    expect(where(stepChange(entries, null, 1, contract, { kind: 'clause', id: 's5-c1' }))).toBe('clause:s11-c1');
    expect(where(stepChange(entries, null, -1, contract, { kind: 'clause', id: 's5-c1' }))).toBe('clause:s1-c2');
    expect(where(stepChange(entries, null, -1, contract, { kind: 'clause', id: 's1-c1' }))).toBe('date:date');
    // Past the last change, forward wraps to the first.
    expect(stepChange(entries, 'gone', 1, contract, { kind: 'tom', id: contract.toms[5]!.id })).toBe(entries[0]);
    expect(stepChange([], null, 1, contract, null)).toBeNull();
  });

  it('acts on the current change while it is pending, else on the next from the selection', () => {
    const ben = entries.find((entry) => entry.author === 'Ben')!;
    expect(currentOrNextChange(entries, ben.id, contract, null)).toBe(ben);
    expect(where(currentOrNextChange(entries, 'decided-already', contract, { kind: 'clause', id: 's2-c1' }))).toBe('clause:s11-c1');
  });

  it('filters by author and by place: a section, the parties and date, the measures', () => {
    expect(new Set(filterChanges(entries, { author: 'Ben', sectionId: null }).map(where))).toEqual(new Set(['clause:s11-c1', `tom:${contract.toms[0]!.id}`]));
    expect(new Set(filterChanges(entries, { author: null, sectionId: FRONT_MATTER }).map(where))).toEqual(new Set(['date:date']));
    expect(new Set(filterChanges(entries, { author: null, sectionId: MEASURES }).map(where))).toEqual(new Set([`tom:${contract.toms[0]!.id}`]));
    expect(new Set(filterChanges(entries, { author: 'Anna', sectionId: 's1' }).map(where))).toEqual(new Set(['clause:s1-c2']));
  });
});
