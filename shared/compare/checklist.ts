/**
 * The Art. 28(3) checklist of both sides, item by item: which duties the new version
 * covers better or worse than the old. The comparison needs nothing of the checklist but
 * `{ id, title, status }` per item (`checklistStatuses`).
 */
import { itemTitle, applyChecklistOverrides, type ChecklistItemResult, type ChecklistOverride, type ChecklistStatus } from '../checklist';
import type { Translate } from '../contract';

export interface ChecklistItemStatus {
  readonly id: string;
  readonly title: string;
  readonly status: ChecklistStatus;
}

/** Words in the UI's language, for the items' titles. */
/** The checklist the comparison shows side by side: a contract's results with the reviewer's verdicts, titled in the UI's language. */
export function checklistStatuses(results: readonly ChecklistItemResult[], overrides: readonly ChecklistOverride[], t: Translate): ChecklistItemStatus[] {
  return applyChecklistOverrides(results, overrides).map((entry) => ({ id: entry.id, title: itemTitle(entry.id, t), status: entry.effective }));
}

export type ChecklistTrend = 'improved' | 'worse' | 'same' | 'added' | 'removed';

export interface ChecklistItemComparison {
  readonly id: string;
  readonly title: string;
  readonly old: ChecklistStatus | null;
  readonly new: ChecklistStatus | null;
  readonly trend: ChecklistTrend;
}

const RANK: Readonly<Record<ChecklistStatus, number>> = { missing: 0, weak: 1, covered: 2 };

/** Items of both lists paired by id, in the new list's order with items only the old has after them. */
export function compareChecklists(old: readonly ChecklistItemStatus[], next: readonly ChecklistItemStatus[]): ChecklistItemComparison[] {
  const before = new Map(old.map((item) => [item.id, item]));
  const after = new Set(next.map((item) => item.id));
  const compared: ChecklistItemComparison[] = next.map((item) => {
    const previous = before.get(item.id);
    if (!previous) return { id: item.id, title: item.title, old: null, new: item.status, trend: 'added' };
    const delta = RANK[item.status] - RANK[previous.status];
    return { id: item.id, title: item.title, old: previous.status, new: item.status, trend: delta > 0 ? 'improved' : delta < 0 ? 'worse' : 'same' };
  });
  for (const item of old) if (!after.has(item.id)) compared.push({ id: item.id, title: item.title, old: item.status, new: null, trend: 'removed' });
  return compared;
}
