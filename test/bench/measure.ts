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

/** Runs `command` once to warm caches, then `runs` times; fails loudly if the command fails. */
export function time(command: readonly string[], runs: number, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Timing {
  const once = () => {
    const started = process.hrtime.bigint();
    const result = spawnSync(command[0]!, command.slice(1), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${String(result.stderr).trim().split('\n')[0]}`);
    return elapsed;
  };
  once();
  const measured = Array.from({ length: runs }, once);
  return { ms: median(measured), runs: measured };
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
