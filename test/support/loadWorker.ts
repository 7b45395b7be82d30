/**
 * Runs inside a worker thread (bundled by `boundedLoader.ts`): reads each file it is sent
 * as the app does, with `loadBytes`, and answers what came of it — a document, an
 * error value, or an exception that escaped, with its name and stack.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { loadBytes } from '../../electron/handlers/readDocument';
import type { HostError } from '../../shared/documents/errors';

export type LoadAnswer =
  /** `contract`: a digest of the contract read, to tell the same reading from another. */
  | { readonly kind: 'opened'; readonly sections: number; readonly annexes: number; readonly contract: string }
  | { readonly kind: 'refused'; readonly error: HostError }
  | { readonly kind: 'threw'; readonly name: string; readonly stack: string };

parentPort?.on('message', async ({ bytes, name }: { bytes: Uint8Array; name: string }) => {
  let answer: LoadAnswer;
  try {
    const loaded = await loadBytes(bytes, name);
    answer = loaded.ok
      ? {
          kind: 'opened',
          sections: loaded.review.contract.sections.length,
          annexes: loaded.review.contract.annexes.length,
          contract: createHash('sha256').update(JSON.stringify(loaded.review.contract)).digest('hex'),
        }
      : { kind: 'refused', error: loaded.error };
  } catch (error) {
    answer = { kind: 'threw', name: error instanceof Error ? error.constructor.name : typeof error, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
