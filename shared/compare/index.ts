/** Comparing contracts: what changed between two rounds, and adopting it as tracked changes. */
export { adoptComparison, untrackedDifferences } from './adopt';
export { checklistStatuses, compareChecklists, type ChecklistItemComparison, type ChecklistItemStatus, type ChecklistTrend } from './checklist';
export { compareContracts } from './compareContracts';
export { comparisonJson, type ComparisonJson } from './json';
export * from './model';
export { sideText } from './textDiff';
export { comparisonReport, markedText } from './report';
export { comparisonRows, FOLD_AT, isChange, type ComparisonFilter, type ComparisonRow } from './rows';
