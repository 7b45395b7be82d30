/** The review report as values: numbered changes, decisions with their places. */
export { changesByTarget, reportMatrix, reviewReport, targetKey, type NumberedChange, type Place, type ReportDecision, type ReviewReport } from './reviewReport';
