import { describe, expect, it } from 'vitest';
import { compareChecklists, type ChecklistItemStatus } from '../../../shared/compare/checklist';

const item = (id: string, status: ChecklistItemStatus['status'], title = `Item ${id}`): ChecklistItemStatus => ({ id, title, status });

describe('the Art. 28 checklist of both sides', () => {
  it('says for each item whether it improved, got worse or stayed, and which items only one side has', () => {
    const old = [item('28-3-a', 'covered'), item('28-3-b', 'weak'), item('28-3-c', 'missing'), item('28-3-d', 'covered'), item('28-2', 'weak')];
    const next = [item('28-3-a', 'weak'), item('28-3-b', 'covered'), item('28-3-c', 'missing'), item('28-3-d', 'covered', 'Unterauftragsverarbeiter'), item('28-3-h', 'covered')];
    expect(compareChecklists(old, next)).toEqual([
      { id: '28-3-a', title: 'Item 28-3-a', old: 'covered', new: 'weak', trend: 'worse' },
      { id: '28-3-b', title: 'Item 28-3-b', old: 'weak', new: 'covered', trend: 'improved' },
      { id: '28-3-c', title: 'Item 28-3-c', old: 'missing', new: 'missing', trend: 'same' },
      { id: '28-3-d', title: 'Unterauftragsverarbeiter', old: 'covered', new: 'covered', trend: 'same' },
      { id: '28-3-h', title: 'Item 28-3-h', old: null, new: 'covered', trend: 'added' },
      { id: '28-2', title: 'Item 28-2', old: 'weak', new: null, trend: 'removed' },
    ]);
  });

  it('ranks missing below weak below covered', () => {
    expect(compareChecklists([item('x', 'missing')], [item('x', 'weak')])[0]!.trend).toBe('improved');
    expect(compareChecklists([item('x', 'covered')], [item('x', 'missing')])[0]!.trend).toBe('worse');
  });
});
