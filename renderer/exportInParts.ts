/**
 * An export's contract goes to the host in parts (`sendContractPart`, `shared/contract/parts.ts`),
 * each cloned in a task of its own, and the request itself carries only the contract's head:
 * a 1000-clause contract in one request held the window for a quarter of a second and more,
 * a 5000-clause one for a second.
 */
import { contractInParts } from '../shared/contract';
import type { ExportRequest } from '../shared/documents';
import type { ExportOutcome } from '../shared/host';
import { host } from './host';

let sendings = 0;

export async function exportInParts(request: ExportRequest): Promise<ExportOutcome> {
  const { head, parts } = contractInParts(request.contract);
  if (parts.length <= 1) return host().exportDocx(request);
  const sending = ++sendings;
  for (const [index, part] of parts.entries()) await host().sendContractPart(sending, index, part);
  return host().exportDocx({ ...request, contract: head, parts: { sending, count: parts.length } });
}
