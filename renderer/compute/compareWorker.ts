/**
 * The comparison, away from the window: a module worker that receives two contracts in parts,
 * compares them and sends the result back in parts (`compareInBackground`, `inParts.ts`).
 * It keeps what it compared last: adopting that comparison happens here too, and the adopted
 * contract goes back in parts; so does checking the Art. 28 checklist of one of its sides.
 * Everything crosses by structured clone.
 */
import { checkContract } from '../../shared/checklist';
import { adoptComparison, compareContracts, type CompareOptions, type Comparison } from '../../shared/compare';
import type { Contract } from '../../shared/contract';
import { newId } from '../../shared/review';
import type { CompareRequest, CompareResponse } from './compareInBackground';
import { comparisonInParts, contractFromParts, contractInParts, type ContractPart } from './inParts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage(message: CompareResponse): void };

interface Receiving {
  readonly old: Contract;
  readonly next: Contract;
  readonly options: CompareOptions;
  readonly parts: { readonly old: ContractPart[]; readonly next: ContractPart[] };
}
const receiving = new Map<number, Receiving>();
/** The last comparison made, with the contracts it compared: what an adoption adopts. */
let kept: { readonly id: number; readonly old: Contract; readonly next: Contract; readonly comparison: Comparison } | null = null;

function compare(id: number, received: Receiving): void {
  const old = contractFromParts(received.old, received.parts.old);
  const next = contractFromParts(received.next, received.parts.next);
  const comparison = compareContracts(old, next, received.options);
  kept = { id, old, next, comparison };
  const { head, parts } = comparisonInParts(comparison);
  scope.postMessage({ id, kind: 'begin', head });
  for (const part of parts) scope.postMessage({ id, kind: 'part', part });
}

/** The checklist of one side of the comparison kept; null where it is not kept any more or the check failed (the window checks then). */
function check(request: Extract<CompareRequest, { kind: 'check' }>): void {
  let results: ReturnType<typeof checkContract> | null = null;
  try {
    if (kept?.id === request.comparison) results = checkContract(kept[request.side]);
  } catch {
    results = null;
  }
  scope.postMessage({ id: request.id, kind: 'checked', side: request.side, results });
}

function adopt(request: Extract<CompareRequest, { kind: 'adopt' }>): void {
  // Not the comparison kept (one made since, or none): an `end` alone, and the window adopts itself.
  if (kept?.id !== request.comparison) return;
  const review = adoptComparison({ ...request.review, contract: kept.old, versions: [], source: { kind: 'text', name: '' } }, kept.next, kept.comparison, { ...request.context, newId });
  const { contract, versions: _versions, source: _source, ...head } = review;
  const { head: contractHead, parts } = contractInParts(contract);
  scope.postMessage({ id: request.id, kind: 'adopted', review: head, contract: contractHead });
  for (const part of parts) scope.postMessage({ id: request.id, kind: 'contract-part', part });
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'begin') {
    receiving.set(request.id, { old: request.old, next: request.next, options: request.options, parts: { old: [], next: [] } });
    return;
  }
  if (request.kind === 'part') {
    receiving.get(request.id)?.parts[request.side].push(request.part);
    return;
  }
  if (request.kind === 'check') {
    check(request);
    return;
  }
  try {
    if (request.kind === 'adopt') adopt(request);
    else {
      const received = receiving.get(request.id);
      if (!received) return;
      receiving.delete(request.id);
      compare(request.id, received);
    }
    scope.postMessage({ id: request.id, kind: 'end' });
  } catch (error) {
    scope.postMessage({ id: request.id, kind: 'error', error: error instanceof Error ? error.message : String(error) });
  }
};
