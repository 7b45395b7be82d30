/**
 * Hostile and huge DOCX and text files, each read once by `clausemark parse --json` as a whole process,
 * against the budget of #21: any file under 1 MB in at most 2 s and 300 MB, a DOCX within the
 * limits (`shared/docx/limits.ts`) in at most 10 s and 600 MB. Time is the process's wall time;
 * memory its peak resident set size (`test/support/maxRss.cjs`).
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { footnoteBomb, largeDocument, manyParagraphs, numberingBomb } from '../support/hostileDocx';
import { longStatement, manyClauses, spacedHeading, spacedRoleLine, tabsInLine } from '../support/hostileText';

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
  /** The file's extension, which tells the reader: `docx` or `txt`. */
  readonly extension: 'docx' | 'txt';
  readonly input: string;
  readonly make: () => Uint8Array;
  readonly budgetMs: number;
  readonly budgetRssMb: number;
}

const SMALL = { budgetMs: 2_000, budgetRssMb: 300 };
const WITHIN_LIMITS = { budgetMs: 10_000, budgetRssMb: 600 };

const CASES: readonly HostileCase[] = [
  { name: 'numbering-bomb', extension: 'docx', input: '600 list paragraphs: letters from 1e9, a level text of 50,000 placeholders', make: numberingBomb, ...SMALL },
  { name: 'footnote-bomb', extension: 'docx', input: 'a 10 KB footnote referenced 20,000 times', make: footnoteBomb, ...SMALL },
  { name: 'many-paragraphs', extension: 'docx', input: '130,000 short paragraphs, each naming a party', make: manyParagraphs, ...SMALL },
  { name: 'large-document', extension: 'docx', input: '28 MB document.xml, 166,000 paragraphs', make: largeDocument, ...WITHIN_LIMITS },
  { name: 'tabs-in-line', extension: 'txt', input: 'a line with 100,000 tabs', make: tabsInLine, ...SMALL },
  { name: 'spaced-heading', extension: 'txt', input: 'a Markdown heading with 20,000 spaces', make: spacedHeading, ...SMALL },
  { name: 'spaced-role-line', extension: 'txt', input: 'a role line of 60,000 spaces', make: spacedRoleLine, ...SMALL },
  { name: 'long-statement', extension: 'txt', input: 'a clause of 1 MB without a full stop, naming the parties 12,000 times', make: () => longStatement(1_000_000), ...SMALL },
  { name: 'many-clauses', extension: 'txt', input: '125,000 numbered clauses (4.4 MB)', make: manyClauses, ...WITHIN_LIMITS },
];

/** Each case once, in `folder`, with the built command line `cli`. */
export async function hostileCases(folder: string, cli: string, maxRss: string): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const entry of CASES) {
    const file = join(folder, `${entry.name}.${entry.extension}`);
    const log = join(folder, `${entry.name}.usage.json`);
    await writeFile(file, entry.make());
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--require', maxRss, cli, 'parse', file, '--json'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CLAUSEMARK_RSS_LOG: log } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.status !== 0) throw new Error(`clausemark parse ${entry.name}.${entry.extension} failed (${run.status}): ${String(run.stderr).trim().split('\n')[0]}`);
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
