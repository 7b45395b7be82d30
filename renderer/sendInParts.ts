/**
 * A long contract goes to the host in parts (`sendContractPart`, `shared/contract/parts.ts`),
 * each cloned in a task of its own, and the request itself carries only the contract's head:
 * a 1000-clause contract in one request held the window for a quarter of a second and more,
 * a 5000-clause one for a second. Exports, saves and autosaves go so; the host keeps their parts apart.
 */
import { contractInParts, type Contract, type SentParts } from '../shared/contract';
import type { ExportRequest } from '../shared/documents';
import type { ExportOutcome, SaveOutcome } from '../shared/host';
import type { Review } from '../shared/review';
import { host } from './host';

let sendings = 0;

/** Sends the sections and measures of `contract` ahead: its head and the sending to name, or the contract whole where it is one part. */
async function sendAhead(contract: Contract): Promise<{ contract: Contract; parts?: SentParts }> {
  const { head, parts } = contractInParts(contract);
  if (parts.length <= 1) return { contract };
  const sending = ++sendings;
  for (const [index, part] of parts.entries()) await host().sendContractPart(sending, index, part);
  return { contract: head, parts: { sending, count: parts.length } };
}

export async function exportInParts(request: ExportRequest): Promise<ExportOutcome> {
  return host().exportDocx({ ...request, ...(await sendAhead(request.contract)) });
}

/** Saves the review to its file (`as`: asks where first), the contract sent ahead in parts. */
export async function saveInParts(review: Review, as: boolean): Promise<SaveOutcome> {
  const { contract, parts } = await sendAhead(review.contract);
  const save = (as ? host().saveReviewAs : host().saveReview).bind(host());
  return parts ? save({ ...review, contract }, parts) : save(review);
}

export async function autosaveInParts(review: Review): Promise<void> {
  const { contract, parts } = await sendAhead(review.contract);
  return parts ? host().autosave({ ...review, contract }, parts) : host().autosave(review);
}
