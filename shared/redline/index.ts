/** Tracked changes: segments of a clause, an edit as changes, listing, stepping and deciding them. */
export { changeAuthors, contractChangeAuthors, countChanges, currentOrNextChange, filterChanges, FRONT_MATTER, listChanges, stepChange, TOMS, type ChangeEntry, type ChangeFilter } from './changes';
export { changeChooser, decide, withMoveHalves, type ChangeAction, type ChangeSelector } from './decide';
export { applyEdit } from './edit';
export { responsibilityShifts, type ResponsibilityShift } from './responsibilityShift';
export { compact, currentText, hasChanges, isChange, normalize, originalText, segmentsOf, uniqueIds } from './segments';
