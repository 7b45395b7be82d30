import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autosaveInParts, exportInParts, saveInParts } from '../../renderer/sendInParts';
import { parseReviewFile } from '../../shared/review/reviewFile';
import { PART_SIZE } from '../../shared/contract/parts';
import type { Contract } from '../../shared/contract/model';
import type { ExportRequest } from '../../shared/documents/exportDocument';
import { HOST_GLOBAL, type HostApi } from '../../shared/host/hostApi';
import { parseContract } from '../../shared/parse/parseContract';
import { largeContract } from '../bench/generate';
import { readTemplate } from '../support/files';
import { testHost, whole, type TestHost } from '../support/handlers';
import { newReview } from '../../shared/review/newReview';

let host: TestHost;
beforeEach(async () => {
  host = await testHost();
});
afterEach(async () => {
  await host.cleanup();
  delete (window as unknown as Record<string, unknown>)[HOST_GLOBAL];
});

function itemsIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const contract = value as Partial<Contract>;
  const here = (contract.sections ?? []).reduce((sum, section) => sum + section.clauses.length, 0) + (contract.toms ?? []).length;
  return here + Object.values(value).reduce<number>((sum, inner) => sum + (Array.isArray(inner) ? 0 : itemsIn(inner)), 0);
}

/** The window's host is the test's, and every call to it is noted with how many clauses and measures it carries. */
function recordCalls(): { method: string; items: number }[] {
  const calls: { method: string; items: number }[] = [];
  const recorded = new Proxy(host.handlers, {
    get(target, method: string) {
      const handler = (target as unknown as Record<string, unknown>)[method];
      if (typeof handler !== 'function') return handler;
      return (...args: unknown[]) => {
        calls.push({ method, items: args.reduce<number>((sum, arg) => sum + itemsIn(arg), 0) });
        return handler.apply(target, args);
      };
    },
  });
  (window as unknown as Record<string, unknown>)[HOST_GLOBAL] = recorded as unknown as HostApi;
  return calls;
}

const itemCount = (contract: Contract) => contract.sections.reduce((sum, section) => sum + section.clauses.length, 0) + contract.toms.length;

describe('sending a long contract from the window', () => {
  it('exports it to the host in parts, no message carrying more than a part, and the host writes the whole contract', async () => {
    const contract = parseContract(largeContract(readTemplate(), 1000));
    const calls = recordCalls();
    const request: ExportRequest = {
      contract,
      choices: { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '' },
      suggestedName: 'AVV',
    };
    host.dialogs.saveAnswers.push(join(host.workDir, 'parts.docx'), join(host.workDir, 'whole.docx'));
    expect(await exportInParts(request)).toMatchObject({ status: 'saved' });
    expect(calls.length).toBeGreaterThan(4);
    expect(calls.reduce((sum, call) => sum + call.items, 0)).toBe(itemCount(contract));
    for (const call of calls) expect(call.items).toBeLessThan(2 * PART_SIZE);

    await host.handlers.exportDocx(request);
    const documentOf = async (file: string) => strFromU8(unzipSync(new Uint8Array(await readFile(join(host.workDir, file))))['word/document.xml']!);
    expect(await documentOf('parts.docx')).toBe(await documentOf('whole.docx'));
  });

  it('autosaves a long review in parts, no message carrying more than a part, and the review offered back after a crash is whole', async () => {
    const review = newReview(parseContract(largeContract(readTemplate(), 1000)), { kind: 'text', name: 'avv.txt' }, '2026-12-06T20:00:00.000Z');
    const calls = recordCalls();
    await autosaveInParts(review);
    expect(calls.map((call) => call.method).filter((method) => method !== 'sendContractPart')).toEqual(['autosave']);
    expect(calls.length).toBeGreaterThan(4);
    expect(calls.reduce((sum, call) => sum + call.items, 0)).toBe(itemCount(review.contract));
    for (const call of calls) expect(call.items).toBeLessThan(2 * PART_SIZE);
    const recovered = await whole(host, await host.handlers.recover());
    expect(recovered.status === 'opened' && recovered.document.review).toEqual(review);
  });

  it('saves a long review in parts, no message carrying more than a part, and the file holds the whole review', async () => {
    const review = newReview(parseContract(largeContract(readTemplate(), 1000)), { kind: 'text', name: 'avv.txt' }, '2026-12-06T20:00:00.000Z');
    const calls = recordCalls();
    host.dialogs.saveAnswers.push(join(host.workDir, 'saved'));
    expect(await saveInParts(review, true)).toMatchObject({ status: 'saved' });
    expect(calls.map((call) => call.method).filter((method) => method !== 'sendContractPart')).toEqual(['saveReviewAs']);
    for (const call of calls) expect(call.items).toBeLessThan(2 * PART_SIZE);
    const saved = parseReviewFile(await readFile(join(host.workDir, 'saved.clausemark'), 'utf8'));
    expect(saved.ok && saved.review).toEqual(review);
  });
});
