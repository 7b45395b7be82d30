/**
 * Comparing two contracts without holding the window: in a module worker where there is one,
 * else (no `Worker`, or it failed to start) here, a task later. Two 1000-clause contracts take
 * a quarter of a second to compare and more for longer ones; the window meanwhile says that it
 * is comparing and stays free. Contracts and comparison cross in parts (`inParts.ts`).
 */
import { compareContracts } from '../../shared/compare/compareContracts';
import type { CompareOptions, Comparison } from '../../shared/compare/model';
import type { Contract } from '../../shared/contract/model';
import { comparisonFromParts, contractInParts, nextTask, type ComparisonPart, type ContractPart } from './inParts';

/** To the worker: both contracts' heads, then their parts, then `end`. */
export type CompareRequest =
  | { readonly id: number; readonly kind: 'begin'; readonly old: Contract; readonly next: Contract; readonly options: CompareOptions }
  | { readonly id: number; readonly kind: 'part'; readonly side: 'old' | 'next'; readonly part: ContractPart }
  | { readonly id: number; readonly kind: 'end' };

/** From the worker: the comparison's head, its parts, then `end`; or what went wrong. */
export type CompareResponse =
  | { readonly id: number; readonly kind: 'begin'; readonly head: Comparison }
  | { readonly id: number; readonly kind: 'part'; readonly part: ComparisonPart }
  | { readonly id: number; readonly kind: 'end' }
  | { readonly id: number; readonly kind: 'error'; readonly error: string };

/** Not tried yet (undefined), not available (null), or the worker. */
let worker: Worker | null | undefined;
let serial = 0;
interface Waiting {
  readonly resolve: (result: Comparison) => void;
  readonly fallBack: () => void;
  readonly fail: (error: Error) => void;
  head?: Comparison;
  readonly parts: ComparisonPart[];
}
const pending = new Map<number, Waiting>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<CompareResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.kind === 'begin') waiting.head = response.head;
    else if (response.kind === 'part') waiting.parts.push(response.part);
    else {
      pending.delete(response.id);
      if (response.kind === 'error') waiting.fail(new Error(response.error));
      else if (waiting.head) waiting.resolve(comparisonFromParts(waiting.head, waiting.parts));
      else waiting.fallBack();
    }
  });
  // A worker that cannot load, breaks, or sends what cannot be read is given up: what waits on it is compared here.
  const giveUp = (event: Event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const waiting of pending.values()) waiting.fallBack();
    pending.clear();
  };
  worker?.addEventListener('error', giveUp);
  worker?.addEventListener('messageerror', giveUp);
  return worker;
}

/** Here, after the window has had a task to show that it is comparing. */
function compareHere(old: Contract, next: Contract, options: CompareOptions): Promise<Comparison> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(compareContracts(old, next, options));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
}

/** Each message posted in a task of its own: the window clones one part at a time. */
async function send(background: Worker, id: number, old: Contract, next: Contract, options: CompareOptions): Promise<void> {
  const sides = { old: contractInParts(old), next: contractInParts(next) };
  background.postMessage({ id, kind: 'begin', old: sides.old.head, next: sides.next.head, options } satisfies CompareRequest);
  for (const side of ['old', 'next'] as const) {
    for (const part of sides[side].parts) {
      await nextTask();
      if (worker !== background) return;
      background.postMessage({ id, kind: 'part', side, part } satisfies CompareRequest);
    }
  }
  background.postMessage({ id, kind: 'end' } satisfies CompareRequest);
}

export function compareInBackground(old: Contract, next: Contract, options: CompareOptions): Promise<Comparison> {
  const background = startWorker();
  if (!background) return compareHere(old, next, options);
  const id = ++serial;
  return new Promise((resolve, reject) => {
    const fallBack = () => compareHere(old, next, options).then(resolve, reject);
    pending.set(id, { resolve, fail: reject, fallBack, parts: [] });
    send(background, id, old, next, options).catch(() => {
      // A contract that cannot be cloned (it never should) is compared here.
      if (!pending.delete(id)) return;
      fallBack();
    });
  });
}
