/**
 * Comparing contracts: what changed between two rounds, adopting it as tracked changes,
 * merging their answer, saving and restoring versions, and the comparison as JSON or a report.
 */
export { adoptComparison, adoptedSource, packageOf, untrackedDifferences, type AdoptContext } from './adopt';
export { answerSide } from './answer';
export { checklistStatuses, compareChecklists, type ChecklistItemComparison } from './checklist';
export { commentCount, type CommentComparison } from './comments';
export { compareContracts } from './compareContracts';
export { comparisonJson } from './json';
export { mergeReport, mergeSummary } from './merge';
export { EXACT, type ClauseComparison, type CompareOptions, type Comparison, type ComparisonStatus, type ComparisonSummary, type DiffSegment, type OtherChange, type SectionComparison, type TomComparison, type TomKind, type TomSide } from './model';
export { comparisonReport } from './report';
export { comparisonRows, isChange, type ComparisonFilter, type ComparisonRow } from './rows';
export { deleteVersion, findVersion, restoreVersion, saveVersion } from './versions';
export { describeWhere } from './where';
