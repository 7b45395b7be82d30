import type { DocxErrorReason } from '../docx';
import type { ReviewFileProblem } from '../review';

/** Why a file could not be opened; the UI words it in the user's language. */
export type HostErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'too-large'
  | 'empty'
  | 'unsupported-type'
  | 'unreadable'
  | 'no-structure'
  | 'not-in-recent'
  | 'not-a-review'
  | 'invalid-review'
  | 'future-review'
  | 'invalid-docx'
  | 'write-failed'
  /** A Word document was to be written over a review file. */
  | 'would-replace-review'
  /** The Word document a review keeps is not the one it imported (damaged in the review file). */
  | 'source-damaged'
  /** Items of the review (`detail`) no longer read in their Word document as they did at import. */
  | 'source-mismatch'
  /** Items with changes or comments (`detail`) whose place in their Word document is not known. */
  | 'source-unplaceable'
  | 'print-failed'
  | 'invalid-request'
  /** An error of Clausemark's own, not of the file: `detail` names it, `log` where its details went. */
  | 'internal';

export interface HostError {
  readonly code: HostErrorCode;
  /** The file's name (never a full path), when there is one. */
  readonly file?: string;
  /** A technical detail for the curious (size, limit), never a stack trace. */
  readonly detail?: string;
  /** The limit a `too-large` file passed, in bytes. */
  readonly limit?: number;
  /** For `invalid-docx`: what is wrong, and in which part of the package. */
  readonly reason?: DocxErrorReason;
  readonly part?: string;
  /** For `invalid-review`: what is wrong at the place `detail` names. */
  readonly problem?: ReviewFileProblem;
  /** For a damaged review file: where its JSON ends early or breaks off. */
  readonly line?: number;
  readonly column?: number;
  /** For `internal`: the log file that holds the details. */
  readonly log?: string;
}
