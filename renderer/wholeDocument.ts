/**
 * An opened document's contract comes from the host as a head and parts (`OpenedDocument.parts`).
 * The window shows it from its first part on: the first screen needs the first section, not a
 * thousand clauses, and receiving all of them first (2 MB for a 1000-clause DOCX with tracked
 * changes) took longer than the host's reading of the file. The other parts are asked for once
 * that screen is painted, so that they do not hold it up, each received in a task of its own.
 */
import { contractFromParts, type Contract, type ContractPart } from '../shared/contract';
import type { OpenOutcome } from '../shared/host';
import { host } from './host';

type Opened = Extract<OpenOutcome, { readonly status: 'opened' }>;

export interface FirstPart {
  /** The outcome with its contract as far as the first part (all of it where it came whole). */
  readonly outcome: Opened;
  /** The contract whole, once the other parts are in; null where the host let them go (it opened another document). Absent where it came whole. */
  readonly rest?: () => Promise<Contract | null>;
}

/** The outcome as far as its first part; null if the host opened another document meanwhile (that one is shown instead). */
export async function firstPart(outcome: Opened): Promise<FirstPart | null> {
  if (!outcome.document.parts) return { outcome };
  const { parts: ofParts, review, ...document } = outcome.document;
  const take = (index: number) => host().takeDocumentPart(ofParts.opening, index);
  const first = ofParts.count > 0 ? await take(0) : null;
  if (ofParts.count > 0 && first === null) return null;
  const received = first ? [first] : [];
  const shown: Opened = { status: 'opened', document: { ...document, review: { ...review, contract: contractFromParts(review.contract, received) } } };
  if (ofParts.count <= 1) return { outcome: shown };
  const rest = async () => {
    await afterPaint();
    // Asked for at once: each part still arrives in a task of its own, and none waits for the answer to the one before.
    const taken = await Promise.all(Array.from({ length: ofParts.count - 1 }, (_, index) => take(index + 1)));
    const parts = taken.filter((part): part is ContractPart => part !== null);
    return parts.length < taken.length ? null : contractFromParts(review.contract, [...received, ...parts]);
  };
  return { outcome: shown, rest };
}

/** A window that is hidden (minimised, not yet shown) gets no frames: it waits this long at most. */
const HIDDEN_WAIT_MS = 250;

/** Resolves once the frame after now has been painted (a task after its animation frame). */
function afterPaint(): Promise<void> {
  return new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, HIDDEN_WAIT_MS);
  });
}
