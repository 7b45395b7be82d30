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
  // Asked for at once: each part still arrives in a task of its own, and none waits for the answer to the one before.
  const taken = await Promise.all(Array.from({ length: ofParts.count }, (_, index) => host().takeDocumentPart(ofParts.opening, index)));
  const parts = taken.filter((part): part is ContractPart => part !== null);
  if (parts.length < taken.length) return { status: 'cancelled' };
  return { status: 'opened', document: { ...document, review: { ...review, contract: contractFromParts(review.contract, parts) } } };
}
