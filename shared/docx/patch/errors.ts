/**
 * Why an export into the review's own Word document cannot be written, as values: the
 * writer returns one of these and writes nothing. `places` name what could not be placed
 * as a reader cites it (clause `7.2`, a measure's first words, a party's name, the date).
 */
import type { DocxError } from '../errors';

export type PatchError =
  /** The document kept in the review is not the one imported (its bytes or checksum differ). */
  | { readonly reason: 'damaged' }
  /** Their package cannot be read: broken XML, a part missing … */
  | { readonly reason: 'unreadable'; readonly error: DocxError }
  /** Items whose paragraphs are not in the document, or no longer read as they did at import. */
  | { readonly reason: 'mismatch'; readonly places: readonly string[] }
  /** Items with changes or comments whose place in the document is not known (the import could not lead them back). */
  | { readonly reason: 'unplaceable'; readonly places: readonly string[] };

/** Thrown inside the writer only; `patchDocx` turns it into a `PatchError` value at its boundary. */
export class PatchFailure extends Error {
  constructor(readonly error: PatchError) {
    super(error.reason);
  }
}
