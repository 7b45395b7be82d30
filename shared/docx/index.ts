/**
 * DOCX export and import: bytes out, bytes in. Export writes a contract as a Word document
 * with real tracked changes and comments (or a clean copy); import reads one back, with
 * every revision and comment, through the same parser as text.
 */
export { exportDocx, type ExportInput } from './write/exportDocx';
export { DEFAULT_EXPORT_OPTIONS, type ChecklistSummary, type DocxExportOptions, type ExportMode, type TomLayout } from './write/options';
export { summarizeChanges, type ChangeSummary } from './write/changeSummary';
export { importDocx, type ImportOptions, type ImportResult, type ImportWarning } from './import/importDocx';
export { readDocx, type DocxDocument } from './read/readDocx';
export type { DocumentProperties } from './read/properties';
export { DOCX_LIMITS, type DocxLimits } from './limits';
export type { DocxError, DocxErrorReason } from './errors';
