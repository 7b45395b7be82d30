/**
 * DOCX export and import: bytes out, bytes in. Export writes a contract as a Word document
 * with real tracked changes and comments (or a clean copy), or into the reviewer's own
 * document; import reads one back, with every revision and comment, through the same parser
 * as text.
 */
export type { DocxError, DocxErrorReason } from './errors';
export { importDocx, type ImportWarning } from './import/importDocx';
export { DOCX_LIMITS, type DocxLimits } from './limits';
export { markupCheck } from './originCheck';
export type { PatchError } from './patch/errors';
export { asDocumentHolds, markupNow } from './patch/items';
export type { DocumentProperties } from './read/properties';
export { readDocx } from './read/readDocx';
export { sourcePackageOf } from './sourcePackage';
export { summarizeChanges } from './write/changeSummary';
export { exportDocx } from './write/exportDocx';
export { exportFileName } from './write/exportName';
export type { ChecklistSummary, DocxExportOptions, ExportMode, TomLayout } from './write/options';
export { commentsOfExport, INTERNAL_MARK, type CommentsOfExport, type ListedComment } from './write/outgoingComments';
export type { RawInflater } from './zip/readZip';
export type { ZipDeflater } from './zip/writeZip';
