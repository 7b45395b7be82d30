/**
 * A file's bytes → a review by its kind, the bytes an export writes, and load errors. The
 * loaders themselves (`loadDocx`, `loadText`, `loadReview`) are not here: the host imports them
 * lazily, each when a file of its kind is opened (see `eslint.config.js`, `LAZY_ENTRIES`).
 */
export type { HostError } from './errors';
export { exportDocument, type ExportChoices, type ExportRequest } from './exportDocument';
export { checkFile, kindOfFile, sizeLimitOf, type DocumentKind, type LoadOptions, type LoadResult } from './kinds';
export { MAX_TEXT_BYTES } from './limits';
