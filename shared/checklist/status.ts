/** How well the contract meets an Art. 28 checklist item: by the automatic check or a reviewer's verdict. */
export type ChecklistStatus = 'covered' | 'weak' | 'missing';

/** A reviewer's own verdict on an Art. 28 checklist item, with a note. */
export interface ChecklistOverride {
  readonly itemId: string;
  readonly status: ChecklistStatus;
  readonly note: string;
  readonly by: string;
  readonly at: string;
}
