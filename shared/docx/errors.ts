/**
 * What can be wrong with a DOCX file, as values: the import returns one of these and
 * writes nothing. `part` names the file inside the package (`word/document.xml`) when the
 * fault is in one; the UI and the command line word the reason in the user's language.
 */
export type DocxErrorReason =
  | 'not-a-zip'
  | 'truncated'
  | 'zip64'
  | 'encrypted'
  | 'compression'
  /** The same part name twice (in any case): which one a reader takes differs from reader to reader. */
  | 'duplicate-entry'
  /** A part inflates to another size than the zip's directory records. */
  | 'size-mismatch'
  /** A part's CRC-32 differs from the one the zip's directory records. */
  | 'checksum'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'total-too-large'
  | 'ratio'
  | 'missing-part'
  | 'not-docx'
  | 'encoding'
  | 'xml'
  | 'dtd'
  | 'too-deep'
  /** More paragraphs, comments or definitions in one part than `DocxLimits.maxItems`. */
  | 'too-many-items'
  | 'no-text';

export interface DocxError {
  readonly reason: DocxErrorReason;
  /** The part inside the package, when the fault is in one. */
  readonly part?: string;
  /** A technical detail for the curious: the XML parser's message with line and column, a size. */
  readonly detail?: string;
}

/** Thrown inside the reader only; `readDocx` turns it into a `DocxError` value at its boundary. */
export class DocxReadError extends Error {
  constructor(readonly error: DocxError) {
    super(`${error.reason}${error.part ? ` in ${error.part}` : ''}${error.detail ? `: ${error.detail}` : ''}`);
  }
}

/** Counts what a reader keeps of `part` and refuses the part once it holds more than `max`. */
export function itemCounter(part: string, max: number): () => void {
  let count = 0;
  return () => {
    if (++count > max) fail('too-many-items', part, `${max}`);
  };
}

export function fail(reason: DocxErrorReason, part?: string, detail?: string): never {
  throw new DocxReadError({ reason, ...(part === undefined ? {} : { part }), ...(detail === undefined ? {} : { detail }) });
}
