/**
 * A small JSON file in the app's data folder, validated by a schema on every read. A
 * missing or broken file yields the fallback; writes are atomic.
 */
import { readFile } from 'node:fs/promises';
import type * as z from 'zod';
import { writeFileAtomic } from './atomicWrite';

export interface JsonStore<T> {
  read(): Promise<T>;
  /** Validated against the schema before it is written. */
  write(value: unknown): Promise<void>;
}

export function jsonStore<S extends z.ZodType>(path: string, schema: S, fallback: () => z.infer<S>): JsonStore<z.infer<S>> {
  return {
    async read() {
      try {
        const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : fallback();
      } catch {
        return fallback();
      }
    },
    async write(value) {
      await writeFileAtomic(path, `${JSON.stringify(schema.parse(value), null, 2)}\n`);
    },
  };
}
