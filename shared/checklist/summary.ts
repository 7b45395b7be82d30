/**
 * The checklist as the reviewer sees it: the automatic result of each item, the
 * reviewer's own verdict where there is one (status, note, who and when), and a score.
 */
import type { ChecklistItemResult } from './check';
import type { ChecklistOverride, ChecklistStatus } from './status';

export interface ChecklistEntry extends ChecklistItemResult {
  /** What counts: the reviewer's status where set, else the automatic one. */
  readonly effective: ChecklistStatus;
  readonly override?: ChecklistOverride;
}

export interface ChecklistScore {
  readonly covered: number;
  readonly weak: number;
  readonly missing: number;
  readonly total: number;
  /** Covered items count in full, weak ones half: 0–100. */
  readonly percent: number;
}

export function applyChecklistOverrides(items: readonly ChecklistItemResult[], overrides: readonly ChecklistOverride[]): ChecklistEntry[] {
  const byItem = new Map(overrides.map((override) => [override.itemId, override]));
  return items.map((item) => {
    const override = byItem.get(item.id);
    return override ? { ...item, effective: override.status, override } : { ...item, effective: item.status };
  });
}

export function scoreOf(entries: readonly { readonly effective: ChecklistStatus }[]): ChecklistScore {
  const count = (status: ChecklistStatus) => entries.filter((entry) => entry.effective === status).length;
  const covered = count('covered');
  const weak = count('weak');
  const total = entries.length;
  return { covered, weak, missing: count('missing'), total, percent: total === 0 ? 0 : Math.round(((covered + weak / 2) / total) * 100) };
}

/** The reviewer's verdicts with one set (replacing an earlier one for the same item). */
export function withChecklistOverride(overrides: readonly ChecklistOverride[], override: ChecklistOverride): ChecklistOverride[] {
  return [...overrides.filter((other) => other.itemId !== override.itemId), override];
}

/** The reviewer's verdicts without the one for `itemId`: the item counts as read automatically again. */
export function withoutChecklistOverride(overrides: readonly ChecklistOverride[], itemId: string): ChecklistOverride[] {
  return overrides.filter((other) => other.itemId !== itemId);
}

/**
 * The checklist as a DOCX cover page lists it: each item and the status that counts. No
 * titles: the export writes them in the document's language, which need not be the UI's.
 */
export function checklistForExport(entries: readonly ChecklistEntry[]): { items: { id: ChecklistEntry['id']; status: ChecklistStatus }[] } {
  return { items: entries.map((entry) => ({ id: entry.id, status: entry.effective })) };
}
