/**
 * External programs the end-to-end tests need (Chromium, later pandoc and LibreOffice).
 * Where one is missing, a local run skips with a clear message; a CI run (`CI=true`)
 * fails, so a broken CI machine can never pass by skipping.
 */
import { describe, it } from 'vitest';
import { isCi } from './executables';

export { findExecutable, isCi } from './executables';

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
