import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContract } from '../../shared/checklist';
import { largest, smallest } from '../../shared/lists';
import { compareContracts } from '../../shared/compare/compareContracts';
import { EXACT } from '../../shared/compare/model';
import { parseContract } from '../../shared/parse/parseContract';
import { comparisonFromParts, comparisonInParts, contractFromParts, contractInParts, type ContractPart } from '../../renderer/compute/inParts';
import type { Contract } from '../../shared/contract/model';
import { readTemplate } from '../support/files';
import { providerAnswer } from '../support/negotiation';

const old = parseContract(readTemplate(), { clauseDuties: false });
const next = parseContract(providerAnswer(parseContract(readTemplate())).text, { clauseDuties: false });

type Request = { id: number; kind: 'begin' | 'part' | 'end' | 'check'; old?: Contract; next?: Contract; side?: 'old' | 'next'; part?: ContractPart };

/** A stand-in for the browser's `Worker`: `answer` decides what it does with each request; `received` is every request in order. */
function fakeWorker(answer: (worker: EventTarget, request: Request) => void) {
  const made: string[] = [];
  const received: Request[] = [];
  class FakeWorker extends EventTarget {
    constructor(url: URL | string) {
      super();
      made.push(String(url));
    }
    postMessage(request: Request) {
      received.push(request);
      setTimeout(() => answer(this, request), 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { made, received };
}

const reply = (worker: EventTarget, data: unknown) => worker.dispatchEvent(new MessageEvent('message', { data }));

/** Does what the real worker does with the parts it is sent, answering in parts of 10. */
function comparingWorker() {
  const sides = new Map<number, { old: Contract; next: Contract; parts: { old: ContractPart[]; next: ContractPart[] } }>();
  return fakeWorker((worker, request) => {
    if (request.kind === 'begin') sides.set(request.id, { old: request.old!, next: request.next!, parts: { old: [], next: [] } });
    else if (request.kind === 'part') sides.get(request.id)!.parts[request.side!].push(request.part!);
    else {
      const side = sides.get(request.id)!;
      const { head, parts } = comparisonInParts(compareContracts(contractFromParts(side.old, side.parts.old), contractFromParts(side.next, side.parts.next), EXACT), 10);
      reply(worker, { id: request.id, kind: 'begin', head });
      for (const part of parts) reply(worker, { id: request.id, kind: 'part', part });
      reply(worker, { id: request.id, kind: 'end' });
    }
  });
}

/** The module afresh: it keeps its worker (or that it has none) once started. */
async function freshModule() {
  vi.resetModules();
  return import('../../renderer/compute/compareInBackground');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('comparing away from the window', () => {
  it('sends the contracts to the worker a part per task and takes its answer, sent in parts', async () => {
    const { made, received } = comparingWorker();
    const { compareInBackground } = await freshModule();
    const comparing = compareInBackground(old, next, EXACT);
    // Only the heads are cloned in the task that asked: each part goes in a task of its own.
    expect(received.map((request) => request.kind)).toEqual(['begin']);
    expect(await comparing).toEqual(compareContracts(old, next, EXACT));
    expect(received.filter((request) => request.kind === 'part').map((request) => request.side)).toEqual(['old', 'old', 'next', 'next']);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/compareWorker\.ts/u);
  });

  it('keeps two comparisons asked for one after the other apart while their parts cross at the same time', async () => {
    const { received } = comparingWorker();
    const { compareInBackground } = await freshModule();
    const first = compareInBackground(old, next, EXACT);
    const second = compareInBackground(next, old, EXACT);
    const [one, two] = await Promise.all([first, second]);
    // The second was sent while the first's parts still went: their parts interleave.
    const ids = received.filter((request) => request.kind === 'part').map((request) => request.id);
    expect(ids.indexOf(largest(ids))).toBeLessThan(ids.lastIndexOf(smallest(ids)));
    expect(one).toEqual(compareContracts(old, next, EXACT));
    expect(two).toEqual(compareContracts(next, old, EXACT));
  });

  it('compares in the window when the worker cannot load, now and for the comparisons after', async () => {
    const { made } = fakeWorker((worker) => worker.dispatchEvent(new Event('error', { cancelable: true })));
    const { compareInBackground } = await freshModule();
    const expected = compareContracts(old, next, EXACT);
    expect(await compareInBackground(old, next, EXACT)).toEqual(expected);
    expect(await compareInBackground(old, next, EXACT)).toEqual(expected);
    expect(made).toHaveLength(1);
  });

  it('has the worker check the checklist of a side of the comparison it keeps, when asked: the window takes its results', async () => {
    const checked: string[] = [];
    fakeWorker((worker, request) => {
      if (request.kind === 'end') {
        reply(worker, { id: request.id, kind: 'begin', head: { ...compareContracts(old, next, EXACT), clauses: [], toms: [] } });
        reply(worker, { id: request.id, kind: 'end' });
      }
      if (request.kind !== 'check') return;
      checked.push(request.side!);
      // What a worker found, told apart from what the window would find: every item missing on the old side; the new side not checked there.
      const results = request.side === 'old' ? checkContract(old).map((item) => ({ ...item, status: 'missing' })) : null;
      reply(worker, { id: request.id, kind: 'checked', side: request.side, results });
    });
    const { compareInBackground, checkInBackground } = await freshModule();
    const checklist = await import('../../shared/checklist');
    const [oldCopy, nextCopy] = [structuredClone(old), structuredClone(next)];
    // Not a side of a comparison the worker keeps: the window checks it.
    expect(checkInBackground(oldCopy)).toBeNull();
    await compareInBackground(oldCopy, nextCopy, EXACT);
    expect(checked).toEqual([]);
    await checkInBackground(oldCopy);
    expect(checklist.checkedBefore(oldCopy)!.every((item) => item.status === 'missing')).toBe(true);
    await checkInBackground(nextCopy);
    expect(checklist.checkedBefore(nextCopy)).toBeNull();
    expect(checked).toEqual(['old', 'next']);
    expect(checkInBackground(structuredClone(old))).toBeNull();
  });

  it('passes on what went wrong in the worker', async () => {
    fakeWorker((worker, request) => request.kind === 'end' && reply(worker, { id: request.id, kind: 'error', error: 'out of memory' }));
    const { compareInBackground } = await freshModule();
    await expect(compareInBackground(old, next, EXACT)).rejects.toThrow('out of memory');
  });
});

describe('contracts and comparisons in parts', () => {
  it('splits a contract into whole sections of about the part size and measures, and joins it back as it was', () => {
    const { head, parts } = contractInParts(old, 10);
    expect(head.sections).toEqual([]);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) if ('sections' in part) expect(part.sections.length).toBeGreaterThan(0);
    expect(contractFromParts(head, parts)).toEqual(old);
  });

  it('splits a comparison into parts and joins it back as it was', () => {
    const comparison = compareContracts(old, next, EXACT);
    const { head, parts } = comparisonInParts(comparison, 7);
    expect(parts.length).toBe(Math.ceil(Math.max(comparison.clauses.length, comparison.toms.length) / 7));
    expect(comparisonFromParts(head, parts)).toEqual(comparison);
  });
});
