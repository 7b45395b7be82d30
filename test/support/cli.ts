/** Runs the built `clausemark` command as a user would: a separate Node process. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../../bin/clausemark.mjs');
const BUNDLE = resolve(import.meta.dirname, '../../dist/cli/clausemark.cjs');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runClausemark(args: readonly string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(BUNDLE)) throw new Error('dist/cli/clausemark.cjs is missing: run `npm run build` before the tests (npm test does).');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_GB.UTF-8', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface MeasuredCliResult extends CliResult {
  /** Wall-clock time of the whole process, start-up included. */
  readonly milliseconds: number;
  /** Processor time of the process (user and system), which other work on the machine does not inflate. */
  readonly cpuMilliseconds: number;
  /** The process's peak resident set size in bytes. */
  readonly peakRss: number;
}

const MAX_RSS = resolve(import.meta.dirname, 'maxRss.cjs');

/**
 * `runClausemark` in the background, with the time it took and the peak memory of the
 * process (reported by `maxRss.cjs` into `usageLog`); killed after `timeoutMs`.
 */
export function runClausemarkMeasured(args: readonly string[], usageLog: string, timeoutMs = 60_000): Promise<MeasuredCliResult> {
  if (!existsSync(BUNDLE)) throw new Error('dist/cli/clausemark.cjs is missing: run `npm run build` before the tests (npm test does).');
  rmSync(usageLog, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', MAX_RSS, BIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '', LANG: 'en_GB.UTF-8', CLAUSEMARK_RSS_LOG: usageLog },
    timeout: timeoutMs,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, failed) => {
    child.on('error', failed);
    child.on('close', (code) => {
      const usage = existsSync(usageLog) ? (JSON.parse(readFileSync(usageLog, 'utf8')) as { peakRss: number; cpuMilliseconds: number }) : { peakRss: Number.NaN, cpuMilliseconds: Number.NaN };
      done({ code, stdout, stderr, milliseconds: performance.now() - started, ...usage });
    });
  });
}
