/**
 * Timing whole processes: the median of several runs after a warm-up, and the runtime's own
 * empty start measured the same way, so that a ratio compares work, not start-up.
 */
import { spawnSync } from 'node:child_process';

export interface Timing {
  readonly ms: number;
  readonly runs: readonly number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface RunOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** One run of `command` as a whole process, in milliseconds; fails loudly if the command fails. */
function runOnce(command: readonly string[], options: RunOptions): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${String(result.stderr).trim().split('\n')[0]}`);
  return elapsed;
}

/** Runs `command` once to warm caches, then `runs` times. */
export function time(command: readonly string[], runs: number, options: RunOptions = {}): Timing {
  return timeTogether([command], runs, options)[0]!;
}

/**
 * Runs the commands in turn, a warm-up round and then `runs` rounds, so that each meets the
 * machine as the others do (a shared machine speeds up and slows down over a minute): the
 * median of each, in the order given.
 */
export function timeTogether(commands: readonly (readonly string[])[], runs: number, options: RunOptions = {}): Timing[] {
  for (const command of commands) runOnce(command, options);
  const measured = commands.map((): number[] => []);
  for (let round = 0; round < runs; round++) commands.forEach((command, index) => measured[index]!.push(runOnce(command, options)));
  return measured.map((values) => ({ ms: median(values), runs: values }));
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
