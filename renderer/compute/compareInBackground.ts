/**
 * Comparing two contracts without holding the window: in a module worker where there is one,
 * else (no `Worker`, or it failed to start) here, a task later. Two 1000-clause contracts take
 * a quarter of a second to compare and more for longer ones; the window meanwhile says that it
 * is comparing and stays free.
 */
import { compareContracts } from '../../shared/compare/compareContracts';
import type { CompareOptions, Comparison } from '../../shared/compare/model';
import type { Contract } from '../../shared/contract/model';

export interface CompareRequest {
  readonly id: number;
  readonly old: Contract;
  readonly next: Contract;
  readonly options: CompareOptions;
}

export type CompareResponse = { readonly id: number; readonly result: Comparison } | { readonly id: number; readonly error: string };

/** Not tried yet (undefined), not available (null), or the worker. */
let worker: Worker | null | undefined;
let serial = 0;
const pending = new Map<number, { readonly resolve: (result: Comparison) => void; readonly fallBack: () => void; readonly fail: (error: Error) => void }>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<CompareResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if ('result' in event.data) waiting.resolve(event.data.result);
    else waiting.fail(new Error(event.data.error));
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

export function compareInBackground(old: Contract, next: Contract, options: CompareOptions): Promise<Comparison> {
  const background = startWorker();
  if (!background) return compareHere(old, next, options);
  const id = ++serial;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, fail: reject, fallBack: () => compareHere(old, next, options).then(resolve, reject) });
    try {
      background.postMessage({ id, old, next, options } satisfies CompareRequest);
    } catch {
      // A contract that cannot be cloned (it never should) is compared here.
      pending.delete(id);
      compareHere(old, next, options).then(resolve, reject);
    }
  });
}
