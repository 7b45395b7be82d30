/**
 * `loadBytes` (how the app reads a file's bytes) in a worker thread with a time bound per file: a read that runs past the
 * bound is stopped (the worker terminated and started anew) and reported as a hang, which
 * a call on the test's own thread could never be — synchronous code cannot be interrupted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { LoadAnswer } from './loadWorker';

export type BoundedAnswer =
  | LoadAnswer
  /** Ran past the time bound. */
  | { readonly kind: 'hung' }
  /** The worker died: out of its memory bound, or worse. */
  | { readonly kind: 'crashed'; readonly message: string };

export interface BoundedLoader {
  load(bytes: Uint8Array, name: string): Promise<BoundedAnswer & { readonly milliseconds: number }>;
  close(): Promise<void>;
}

/** `boundMs` per file; `heapMb` bounds the worker's heap, so a read that balloons is caught, not the machine's memory. */
export async function boundedLoader(boundMs: number, heapMb = 512): Promise<BoundedLoader> {
  const folder = await mkdtemp(join(tmpdir(), 'clausemark-loader-'));
  const bundle = join(folder, 'loadWorker.cjs');
  await build({ entryPoints: [resolve(import.meta.dirname, 'loadWorker.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  const start = () => new Worker(bundle, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  let worker = start();
  const restart = () => {
    void worker.terminate();
    worker = start();
  };
  return {
    load(bytes, name) {
      const started = performance.now();
      const current = worker;
      return new Promise((done) => {
        // Only this call's own listeners come off again: a Worker keeps listeners of its own.
        const settle = (answer: BoundedAnswer) => {
          clearTimeout(timer);
          current.off('message', onMessage);
          current.off('error', onError);
          done({ ...answer, milliseconds: performance.now() - started });
        };
        const onMessage = (answer: LoadAnswer) => settle(answer);
        const onError = (error: Error) => {
          restart();
          settle({ kind: 'crashed', message: error.message });
        };
        const timer = setTimeout(() => {
          restart();
          settle({ kind: 'hung' });
        }, boundMs);
        current.on('message', onMessage);
        current.on('error', onError);
        current.postMessage({ bytes, name });
      });
    },
    async close() {
      await worker.terminate();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
