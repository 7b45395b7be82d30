/**
 * Runs inside a worker thread (bundled by `boundedLoader.ts`): reads each file it is sent
 * as the app does, with `loadDocument`, and answers what came of it — a document, an
 * error value, or an exception that escaped, with its name and stack.
 */
import { parentPort } from 'node:worker_threads';
import { loadDocument } from '../../shared/documents/loadDocument';
import type { HostError } from '../../shared/host/hostApi';

export type LoadAnswer =
  | { readonly kind: 'opened'; readonly sections: number; readonly annexes: number }
  | { readonly kind: 'refused'; readonly error: HostError }
  | { readonly kind: 'threw'; readonly name: string; readonly stack: string };

parentPort?.on('message', ({ bytes, name }: { bytes: Uint8Array; name: string }) => {
  let answer: LoadAnswer;
  try {
    const loaded = loadDocument(bytes, name, '2026-11-26T00:00:00.000Z');
    answer = loaded.ok
      ? { kind: 'opened', sections: loaded.review.contract.sections.length, annexes: loaded.review.contract.annexes.length }
      : { kind: 'refused', error: loaded.error };
  } catch (error) {
    answer = { kind: 'threw', name: error instanceof Error ? error.constructor.name : typeof error, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
