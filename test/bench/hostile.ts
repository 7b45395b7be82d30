/**
 * Hostile and huge DOCX files, each read once by `clausemark parse --json` as a whole process,
 * against the budget of #21: any file under 1 MB in at most 2 s and 300 MB, a DOCX within the
 * limits (`shared/docx/limits.ts`) in at most 10 s and 600 MB. Time is the process's wall time;
 * memory its peak resident set size (`test/support/maxRss.cjs`).
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { footnoteBomb, largeDocument, numberingBomb } from '../support/hostileDocx';

export interface HostileResult {
  readonly name: string;
  readonly input: string;
  readonly bytes: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly budgetMs: number;
  readonly budgetRssMb: number;
  readonly withinBudget: boolean;
}

interface HostileCase {
  readonly name: string;
  readonly input: string;
  readonly make: () => Uint8Array;
  readonly budgetMs: number;
  readonly budgetRssMb: number;
}

const SMALL = { budgetMs: 2_000, budgetRssMb: 300 };
const WITHIN_LIMITS = { budgetMs: 10_000, budgetRssMb: 600 };

const CASES: readonly HostileCase[] = [
  { name: 'numbering-bomb', input: '600 list paragraphs: letters from 1e9, a level text of 50,000 placeholders', make: numberingBomb, ...SMALL },
  { name: 'footnote-bomb', input: 'a 10 KB footnote referenced 20,000 times', make: footnoteBomb, ...SMALL },
  { name: 'large-document', input: '28 MB document.xml, 166,000 paragraphs', make: largeDocument, ...WITHIN_LIMITS },
];

/** Each case once, in `folder`, with the built command line `cli`. */
export async function hostileCases(folder: string, cli: string, maxRss: string): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const entry of CASES) {
    const file = join(folder, `${entry.name}.docx`);
    const log = join(folder, `${entry.name}.usage.json`);
    await writeFile(file, entry.make());
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--require', maxRss, cli, 'parse', file, '--json'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CLAUSEMARK_RSS_LOG: log } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.status !== 0) throw new Error(`clausemark parse ${entry.name}.docx failed (${run.status}): ${String(run.stderr).trim().split('\n')[0]}`);
    const usage = JSON.parse(await readFile(log, 'utf8')) as { peakRss: number; cpuMilliseconds: number };
    const peakRssMb = Math.round(usage.peakRss / 1024 / 1024);
    results.push({
      name: entry.name,
      input: entry.input,
      bytes: (await stat(file)).size,
      ms: Math.round(ms),
      cpuMs: Math.round(usage.cpuMilliseconds),
      peakRssMb,
      budgetMs: entry.budgetMs,
      budgetRssMb: entry.budgetRssMb,
      withinBudget: ms <= entry.budgetMs && peakRssMb <= entry.budgetRssMb,
    });
    await rm(file, { force: true });
  }
  return results;
}
