/**
 * The measures of the TOM annex: grouped and filtered by category and service, the
 * responsibility matrix, and the measures whose responsibility hangs on an undecided change.
 */
export { countByParty, firstOfGroups, groupToms, isFiltering, keeping, matchesFilter, NO_FILTER, NO_KEEPING_FILTER, servicesOf, withFilter, type CategoryGroup, type KeepingFilter, type TomFilter } from './grouping';
export { buildMatrix, cellToms, type Counted, type MatrixColumn, type ResponsibilityMatrix } from './matrix';
export { pendingToms } from './pending';
