/**
 * Comparing two contracts, and adopting the comparison, without holding the window: in a
 * module worker where there is one, else (no `Worker`, or it failed to start) here, a task
 * later. Two 1000-clause contracts take a quarter of a second to compare and adopting the
 * result more than a second; the window meanwhile says what it is doing and stays free.
 * Contracts, comparison and the adopted contract cross in parts (`inParts.ts`).
 *
 * The worker keeps the contracts and the result of the comparison it made last, so that
 * adopting it sends only the review's small fields there, not both contracts again. Having
 * both contracts, it also checks their Art. 28 checklists when the comparison's view asks, once
 * it is drawn: one item of the check on a long contract held the window for 100–500 ms.
 */
import { rememberChecked, type ChecklistItemResult } from '../../shared/checklist';
import { adoptComparison, adoptedSource, compareContracts, type AdoptContext, type CompareOptions, type Comparison } from '../../shared/compare';
import type { Contract } from '../../shared/contract';
import { newId, type Review } from '../../shared/review';
import { comparisonFromParts, contractFromParts, contractInParts, nextTask, type ComparisonPart, type ContractPart } from './inParts';

/** What of a review crosses to the worker to adopt into it: its contract is the one the worker compared. */
export type ReviewHead = Omit<Review, 'contract' | 'versions' | 'source'>;

/** Whose the adopted changes are, and when: the adoption's context less its ids, which the worker makes. */
export type AdoptRequestContext = Omit<AdoptContext, 'newId'>;

export type Side = 'old' | 'next';

/**
 * To the worker: both contracts' heads, then their parts, then `end`; or the adoption of
 * comparison `comparison`, or the checklist of one of its sides.
 */
export type CompareRequest =
  | { readonly id: number; readonly kind: 'begin'; readonly old: Contract; readonly next: Contract; readonly options: CompareOptions }
  | { readonly id: number; readonly kind: 'check'; readonly comparison: number; readonly side: Side }
  | { readonly id: number; readonly kind: 'part'; readonly side: 'old' | 'next'; readonly part: ContractPart }
  | { readonly id: number; readonly kind: 'end' }
  | { readonly id: number; readonly kind: 'adopt'; readonly comparison: number; readonly review: ReviewHead; readonly context: AdoptRequestContext };

/**
 * From the worker: the comparison's head, its parts, then `end`; or the adopted review's head,
 * its contract's parts, then `end`; or what went wrong. An `end` without a head: the worker
 * no longer has what was asked for, and the window does it itself. Or a side's checklist
 * (`results` null: not checked there, the window checks it).
 */
export type CompareResponse =
  | { readonly id: number; readonly kind: 'begin'; readonly head: Comparison }
  | { readonly id: number; readonly kind: 'part'; readonly part: ComparisonPart }
  | { readonly id: number; readonly kind: 'adopted'; readonly review: ReviewHead; readonly contract: Contract }
  | { readonly id: number; readonly kind: 'contract-part'; readonly part: ContractPart }
  | { readonly id: number; readonly kind: 'end' }
  | { readonly id: number; readonly kind: 'error'; readonly error: string }
  | { readonly id: number; readonly kind: 'checked'; readonly side: Side; readonly results: readonly ChecklistItemResult[] | null };

/** Not tried yet (undefined), not available (null), or the worker. */
let worker: Worker | null | undefined;
let serial = 0;
interface Waiting {
  /** Takes each message of the answer but the last; returns the result once `end` has come, or null to fall back. */
  readonly take: (response: CompareResponse) => void;
  readonly finish: () => boolean;
  readonly fallBack: () => void;
  readonly fail: (error: Error) => void;
}
const pending = new Map<number, Waiting>();
/** The comparison the worker keeps, as the window received it, the contracts it compared, and the request that made it. */
let kept: { readonly comparison: Comparison; readonly contracts: Record<Side, Contract>; readonly id: number } | null = null;
/** Contracts whose checklist the worker is checking: each settles once the results are taken (or the window is to check itself). */
const checking = new WeakMap<Contract, Promise<void>>();
/** What takes the results of each check asked for. */
const checks = new Map<number, (results: readonly ChecklistItemResult[] | null) => void>();

/**
 * Asks the worker to check `contract`'s Art. 28 checklist when it is a side of the comparison
 * it keeps; settles once `checkedBefore` has the results, or the window is to check it itself.
 * Null when the worker does not hold it.
 */
export function checkInBackground(contract: Contract): Promise<void> | null {
  const under = checking.get(contract);
  if (under) return under;
  const made = kept;
  const side = made?.contracts.old === contract ? 'old' : made?.contracts.next === contract ? 'next' : null;
  if (!worker || !made || !side) return null;
  const id = ++serial;
  const promise = new Promise<void>((settle) => {
    checks.set(id, (results) => {
      if (results) rememberChecked(contract, results);
      checking.delete(contract);
      checks.delete(id);
      settle();
    });
  });
  checking.set(contract, promise);
  worker.postMessage({ id, kind: 'check', comparison: made.id, side } satisfies CompareRequest);
  return promise;
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./compareWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  worker?.addEventListener('message', (event: MessageEvent<CompareResponse>) => {
    const response = event.data;
    if (response.kind === 'checked') {
      checks.get(response.id)?.(response.results);
      return;
    }
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.kind !== 'end' && response.kind !== 'error') return waiting.take(response);
    pending.delete(response.id);
    if (response.kind === 'error') waiting.fail(new Error(response.error));
    else if (!waiting.finish()) waiting.fallBack();
  });
  // A worker that cannot load, breaks, or sends what cannot be read is given up: what waits on it is done here.
  const giveUp = (event: Event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    kept = null;
    for (const take of [...checks.values()]) take(null);
    for (const waiting of pending.values()) waiting.fallBack();
    pending.clear();
  };
  worker?.addEventListener('error', giveUp);
  worker?.addEventListener('messageerror', giveUp);
  return worker;
}

/** `work` here, after the window has had a task to show that it is busy. */
function here<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(work());
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
  const compareHere = () => here(() => compareContracts(old, next, options));
  if (!background) return compareHere();
  const id = ++serial;
  return new Promise((resolve, reject) => {
    const fallBack = () => compareHere().then(resolve, reject);
    let head: Comparison | undefined;
    const parts: ComparisonPart[] = [];
    const take = (response: CompareResponse) => {
      if (response.kind === 'begin') head = response.head;
      else if (response.kind === 'part') parts.push(response.part);
    };
    const finish = () => {
      if (!head) return false;
      const comparison = comparisonFromParts(head, parts);
      kept = { comparison, contracts: { old, next }, id };
      resolve(comparison);
      return true;
    };
    pending.set(id, { take, finish, fallBack, fail: reject });
    send(background, id, old, next, options).catch(() => {
      // A contract that cannot be cloned (it never should) is compared here.
      if (!pending.delete(id)) return;
      fallBack();
    });
  });
}

/**
 * `adoptComparison` of `comparison` into `review`: in the worker when it is the comparison
 * the worker made last (of `review.contract` against `other`), else here. The adopted review
 * keeps this review's versions; its source is their answer's Word document where they sent
 * one (round two goes out on it), else this review's.
 */
export function adoptInBackground(review: Review, other: Contract, comparison: Comparison, context: AdoptRequestContext): Promise<Review> {
  const adoptHere = () => here(() => adoptComparison(review, other, comparison, { ...context, newId }));
  const background = startWorker();
  const made = kept;
  if (!background || made?.comparison !== comparison) return adoptHere();
  const id = ++serial;
  const { contract: _contract, versions, source, ...head } = review;
  return new Promise((resolve, reject) => {
    let adopted: { review: ReviewHead; contract: Contract } | undefined;
    const parts: ContractPart[] = [];
    const take = (response: CompareResponse) => {
      if (response.kind === 'adopted') adopted = { review: response.review, contract: response.contract };
      else if (response.kind === 'contract-part') parts.push(response.part);
    };
    const finish = () => {
      if (!adopted) return false;
      resolve({ ...adopted.review, contract: contractFromParts(adopted.contract, parts), versions, source: adoptedSource(source, context.their) });
      return true;
    };
    pending.set(id, { take, finish, fallBack: () => adoptHere().then(resolve, reject), fail: reject });
    background.postMessage({ id, kind: 'adopt', comparison: made.id, review: head, context } satisfies CompareRequest);
  });
}
