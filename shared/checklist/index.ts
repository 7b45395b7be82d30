/** The Art. 28 GDPR checklist: items, the check, the reviewer's verdicts and the words for both. */
export { CHECKLIST_ITEM_IDS, type ArticleRef, type AspectId, type ChecklistItemId } from './items';
export { checklistItems } from './wording';
export { checkContract, checkedBefore, checkItems, rememberChecked, type ChecklistEvidence, type ChecklistItemResult, type ChecklistReason } from './check';
export { applyChecklistOverrides, scoreOf, withChecklistOverride, withoutChecklistOverride, type ChecklistEntry, type ChecklistScore } from './summary';
export { articleCitation, describeChecklistReason, itemTitle } from './describe';
export { checklistReference, type ChecklistLocation } from './passages';
