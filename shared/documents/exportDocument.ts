/**
 * The Word document an export writes: for a review that came from a DOCX, that document with
 * our changes in it (`patchDocx`); for the template and text contracts, one Clausemark
 * typesets (`exportDocx`). What cannot be written is an error worded for the user, and
 * nothing is written then.
 */
import { exportDocx, type PatchError, type ChecklistSummary, type DocxExportOptions, type ZipDeflater } from '../docx';
import type { Contract, SentParts } from '../contract';
import type { SourcePackage } from '../review';
import type { HostError } from './errors';

/** The export dialog's choices: everything of `DocxExportOptions` but the time, which the host sets. */
export type ExportChoices = Omit<DocxExportOptions, 'now'>;

export interface ExportRequest {
  readonly contract: Contract;
  readonly choices: ExportChoices;
  /** The Art. 28 checklist for the cover page, when the review has one. */
  readonly checklist?: ChecklistSummary;
  /** The file name the save dialog proposes (`AVV Muster GmbH.docx`). */
  readonly suggestedName: string;
  /**
   * The Word document the review came from (`Review.source`): export writes into it, and
   * the choices of layout (cover page, measures as a table, language, title) do not apply.
   */
  readonly theirDocument?: TheirDocument;
  /** Where given, `contract` is a head (no sections, no measures) and these are in the parts sent before it. */
  readonly parts?: SentParts;
}

export interface TheirDocument {
  /** Its file name, for messages. */
  readonly name: string;
  readonly package: SourcePackage;
}

export type DocumentBytes = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: HostError };

function hostError(error: PatchError, file: string): HostError {
  switch (error.reason) {
    case 'damaged':
      return { code: 'source-damaged', file };
    case 'unreadable':
      return { code: 'invalid-docx', file, reason: error.error.reason, ...(error.error.part ? { part: error.error.part } : {}), ...(error.error.detail ? { detail: error.error.detail } : {}) };
    case 'mismatch':
      return { code: 'source-mismatch', file, detail: error.places.join(', ') };
    case 'unplaceable':
      return { code: 'source-unplaceable', file, detail: error.places.join(', ') };
  }
}

export async function exportDocument(request: Pick<ExportRequest, 'contract' | 'choices' | 'checklist' | 'theirDocument'>, options: DocxExportOptions, deflater?: ZipDeflater): Promise<DocumentBytes> {
  const theirs = request.theirDocument;
  if (!theirs) return { ok: true, bytes: await exportDocx({ contract: request.contract, ...(request.checklist ? { checklist: request.checklist } : {}) }, options, deflater) };
  // Loaded only for a review of their document: writing into a DOCX reads it first (the DOCX reader and
  // the contract's reader with it), which an export of the template or a text contract never needs.
  const { patchDocx } = await import('../docx/patch/patchDocx');
  const result = patchDocx(theirs.package, request.contract, options, deflater);
  return result.ok ? result : { ok: false, error: hostError(result.error, theirs.name) };
}
