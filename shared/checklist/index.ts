/** The Art. 28 GDPR checklist: items, the check, the reviewer's verdicts and the words for both. */
export { checkContract, checkedBefore, checkItems, checkSteps, rememberChecked, type ChecklistEvidence, type ChecklistItemResult } from './check';
export { articleCitation, describeChecklistReason, itemTitle } from './describe';
export { CHECKLIST_ITEM_IDS, type AspectId, type ChecklistItemId } from './items';
export type { ChecklistOverride, ChecklistStatus } from './status';
export { applyChecklistOverrides, checklistForExport, scoreOf, withChecklistOverride, withoutChecklistOverride, type ChecklistEntry, type ChecklistScore } from './summary';
