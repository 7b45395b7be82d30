/**
 * The comparison, away from the window: a module worker that receives two contracts in parts,
 * compares them and sends the result back in parts (`compareInBackground`, `inParts.ts`).
 * Everything crosses by structured clone.
 */
import { compareContracts } from '../../shared/compare/compareContracts';
import type { CompareOptions } from '../../shared/compare/model';
import type { Contract } from '../../shared/contract/model';
import type { CompareRequest, CompareResponse } from './compareInBackground';
import { comparisonInParts, contractFromParts, type ContractPart } from './inParts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage(message: CompareResponse): void };

interface Receiving {
  readonly old: Contract;
  readonly next: Contract;
  readonly options: CompareOptions;
  readonly parts: { readonly old: ContractPart[]; readonly next: ContractPart[] };
}
const receiving = new Map<number, Receiving>();

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'begin') {
    receiving.set(request.id, { old: request.old, next: request.next, options: request.options, parts: { old: [], next: [] } });
    return;
  }
  const received = receiving.get(request.id);
  if (!received) return;
  if (request.kind === 'part') {
    received.parts[request.side].push(request.part);
    return;
  }
  receiving.delete(request.id);
  try {
    const comparison = compareContracts(contractFromParts(received.old, received.parts.old), contractFromParts(received.next, received.parts.next), received.options);
    const { head, parts } = comparisonInParts(comparison);
    scope.postMessage({ id: request.id, kind: 'begin', head });
    for (const part of parts) scope.postMessage({ id: request.id, kind: 'part', part });
    scope.postMessage({ id: request.id, kind: 'end' });
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'error', error: error instanceof Error ? error.message : String(error) });
  }
};
