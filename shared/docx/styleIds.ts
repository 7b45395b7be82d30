/**
 * Style ids Clausemark writes and reads back. The cover page uses a style of its own so an
 * import of Clausemark's own export leaves the cover page out of the contract.
 */
export const COVER_STYLE_ID = 'ClausemarkCover';
export const CLAUSE_HEADING_STYLE_ID = 'ClausemarkClauseHeading';
/** The smaller, single-spaced text of the table of measures. */
export const TOM_TABLE_STYLE_ID = 'ClausemarkTomTable';
