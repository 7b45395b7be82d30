import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareContracts } from '../../shared/compare/compareContracts';
import { EXACT } from '../../shared/compare/model';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';
import { providerAnswer } from '../support/negotiation';

const old = parseContract(readTemplate(), { clauseDuties: false });
const next = parseContract(providerAnswer(parseContract(readTemplate())).text, { clauseDuties: false });

/** A stand-in for the browser's `Worker`: `answer` decides what it does with each request. */
function fakeWorker(answer: (worker: EventTarget, request: { id: number }) => void) {
  const made: string[] = [];
  class FakeWorker extends EventTarget {
    constructor(url: URL | string) {
      super();
      made.push(String(url));
    }
    postMessage(request: { id: number }) {
      setTimeout(() => answer(this, request), 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
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
  it('sends the contracts to the worker and takes its answer', async () => {
    const made = fakeWorker((worker, request) => worker.dispatchEvent(new MessageEvent('message', { data: { id: request.id, result: { marker: 'from the worker' } } })));
    const { compareInBackground } = await freshModule();
    expect(await compareInBackground(old, next, EXACT)).toEqual({ marker: 'from the worker' });
    expect(made).toHaveLength(1);
    expect(made[0]).toMatch(/compareWorker\.ts/u);
  });

  it('compares in the window when the worker cannot load, now and for the comparisons after', async () => {
    const made = fakeWorker((worker) => worker.dispatchEvent(new Event('error', { cancelable: true })));
    const { compareInBackground } = await freshModule();
    const expected = compareContracts(old, next, EXACT);
    expect(await compareInBackground(old, next, EXACT)).toEqual(expected);
    expect(await compareInBackground(old, next, EXACT)).toEqual(expected);
    expect(made).toHaveLength(1);
  });

  it('passes on what went wrong in the worker', async () => {
    fakeWorker((worker, request) => worker.dispatchEvent(new MessageEvent('message', { data: { id: request.id, error: 'out of memory' } })));
    const { compareInBackground } = await freshModule();
    await expect(compareInBackground(old, next, EXACT)).rejects.toThrow('out of memory');
  });
});
