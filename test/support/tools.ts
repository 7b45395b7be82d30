/**
 * External programs the end-to-end tests need (Chromium, later pandoc and LibreOffice).
 * Where one is missing, a local run skips with a clear message; a CI run (`CI=true`)
 * fails, so a broken CI machine can never pass by skipping.
 */
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

export function findExecutable(candidates: readonly string[]): string | null {
  const dirs = (process.env['PATH'] ?? '').split(':');
  for (const candidate of candidates) {
    if (candidate.includes('/')) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of dirs) if (dir && existsSync(`${dir}/${candidate}`)) return `${dir}/${candidate}`;
  }
  return null;
}

export const isCi = (): boolean => /^(1|true|yes)$/iu.test(process.env['CI'] ?? '');

/**
 * `describe` that runs when `path` is found; otherwise skips locally and fails in CI with
 * `install` as the remedy.
 */
export function describeWithTool(tool: string, path: string | null, install: string, name: string, body: (path: string) => void): void {
  if (path) {
    describe(name, () => body(path));
    return;
  }
  const message = `${tool} was not found; install it with: ${install}`;
  if (isCi()) {
    describe(name, () => {
      it(`needs ${tool}`, () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`SKIPPED “${name}”: ${message}`);
  describe.skip(name, () => body(''));
}
