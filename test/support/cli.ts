/** Runs the built `clausemark` command as a user would: a separate Node process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/clausemark.mjs');
const BUNDLE = resolve(import.meta.dirname, '../../dist/cli/clausemark.mjs');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runClausemark(args: readonly string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(BUNDLE)) throw new Error('dist/cli/clausemark.mjs is missing: run `npm run build` before the tests (npm test does).');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_GB.UTF-8', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
