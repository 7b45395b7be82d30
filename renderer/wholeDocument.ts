/**
 * An opened document's contract comes from the host as a head and parts (`OpenedDocument.parts`):
 * each part is received in its own task, so the window paints and takes input between them
 * instead of holding still while the whole contract is received at once.
 */
import { contractFromParts, type ContractPart } from '../shared/contract';
import type { OpenOutcome } from '../shared/host';
import { host } from './host';

/** The outcome with its document's contract whole; cancelled if the host opened another meanwhile (that one is shown instead). */
export async function wholeDocument(outcome: OpenOutcome | null): Promise<OpenOutcome | null> {
  if (outcome?.status !== 'opened' || !outcome.document.parts) return outcome;
  const { parts: ofParts, review, ...document } = outcome.document;
  const parts: ContractPart[] = [];
  for (let index = 0; index < ofParts.count; index++) {
    const part = await host().takeDocumentPart(ofParts.opening, index);
    if (part === null) return { status: 'cancelled' };
    parts.push(part);
  }
  return { status: 'opened', document: { ...document, review: { ...review, contract: contractFromParts(review.contract, parts) } } };
}
