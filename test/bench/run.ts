/**
 * `npm run bench [-- --json] [-- --quick]`: Clausemark against established tools doing the
 * same job on the same input, in one run, each as a whole process and in turn with the other
 * and both runtimes' empty starts; hostile and huge DOCX files against their time and memory
 * budgets; then the UI in Chromium.
 * Budgets (work ratios, time and memory, UI limits) are reported, not asserted: this is a benchmark.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseContract } from '../../shared/parse/parseContract';
import { findExecutable } from '../support/executables';
import { compareContracts } from '../../shared/compare/compareContracts';
import { adoptedReview, clauseCount, largeContract, negotiated, redlineReview } from './generate';
import { hostileCases } from './hostile';
import { median, round, time, timeTogether, type Timing } from './measure';
import { adoptComparison, chooseFile, decideAll, exportDocx, heap, keystrokeFloor, keystrokes, openChecklist, openComparison, openFile, openReport, scrolling, type Timed, writeLongClauseContract } from './ui';

const ROOT = resolve(import.meta.dirname ?? __dirname, '../..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
/** `--no-ui`: the command-line cases only. */
const withUi = !args.has('--no-ui');
/** `--no-cli`: the UI only. */
const withCli = !args.has('--no-cli');
/** `--no-hostile`: without the hostile and huge DOCX files. */
const withHostile = withCli && !args.has('--no-hostile');
const RUNS = quick ? 3 : 7;
const log = (text: string) => {
  if (!asJson) process.stderr.write(`${text}\n`);
};

interface Case {
  readonly name: 'parse' | 'compare-2pct' | 'compare-30pct' | 'export' | 'import';
  /** Runs once before timing, for inputs the case makes itself (the export whose DOCX the import reads). */
  readonly prepare?: readonly string[];
  readonly size: string;
  readonly ours: readonly string[];
  readonly baseline: readonly string[];
  readonly baselineRuntime: 'pandoc' | 'git';
  /** The budget of `ratio`, Clausemark's work against the baseline's; null where `floorBudget` is the budget. */
  readonly budget: number | null;
  /** The least a Node process does to print output of the same shape (test/bench/floor.mjs), timed beside. */
  readonly floor?: readonly string[];
  /** The budget of `floorFactor`, Clausemark's work against the floor's: the platform's own limit. */
  readonly floorBudget?: number;
  /**
   * The same command on the shipped template (24 KB), timed beside: what a new process spends before the
   * contract's size matters (loading the command, compiling the reader and its patterns on first use).
   */
  readonly fixed?: readonly string[];
}

function supports(verb: string): boolean {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/clausemark.mjs'), verb, '--help'], { encoding: 'utf8' });
  return !/Unknown command/u.test(result.stderr);
}

async function main(): Promise<void> {
  const pandoc = findExecutable(['pandoc']);
  const git = findExecutable(['git']);
  if (!pandoc || !git) throw new Error('the benchmark needs pandoc and git (apt-get install pandoc git)');
  const folder = await mkdtemp(join(tmpdir(), 'clausemark-bench-'));
  try {
    const templateFile = join(ROOT, 'assets/avv-template.txt');
    const template = await readFile(templateFile, 'utf8');
    const files: Record<string, string> = {};
    for (const clauses of [100, 1000, 5000]) {
      const text = largeContract(template, clauses);
      files[`${clauses}`] = join(folder, `contract-${clauses}.txt`);
      await writeFile(files[`${clauses}`]!, text);
      for (const [label, share] of [['2pct', 0.02], ['30pct', 0.3]] as const) {
        files[`${clauses}-${label}`] = join(folder, `contract-${clauses}-${label}.txt`);
        await writeFile(files[`${clauses}-${label}`]!, negotiated(text, share));
      }
    }
    const big = files['1000']!;
    const bigText = await readFile(big, 'utf8');
    log(`contracts: 1000 clauses = ${clauseCount(parseContract(bigText))} clauses, ${Math.round(bigText.length / 1024)} KB`);

    const node = process.execPath;
    const cli = join(ROOT, 'bin/clausemark.mjs');
    const start = {
      node: time([node, '-e', '0'], RUNS).ms,
      pandoc: time([pandoc, '--version'], RUNS).ms,
      git: time([git, '--version'], RUNS).ms,
    };
    log(`empty starts: node ${round(start.node)} ms, pandoc ${round(start.pandoc)} ms, git ${round(start.git)} ms`);

    const cases: Case[] = [
      { name: 'parse', size: '1000 clauses', ours: [node, cli, 'parse', big, '--json'], baseline: [pandoc, '-f', 'markdown', '-t', 'json', big], baselineRuntime: 'pandoc', budget: 0.3, fixed: [node, cli, 'parse', templateFile, '--json'] },
    ];
    if (supports('compare')) {
      for (const label of ['2pct', '30pct'] as const) {
        const other = files[`1000-${label}`]!;
        cases.push({
          name: `compare-${label}`,
          size: '1000 clauses',
          ours: [node, cli, 'compare', big, other, '--json'],
          baseline: [git, 'diff', '--no-index', '--word-diff=porcelain', big, other],
          baselineRuntime: 'git',
          // Against git the ratio is reported for information: the floor is the limit Node sets.
          budget: null,
          floor: [node, join(ROOT, 'test/bench/floor.mjs'), big, other],
          floorBudget: 3,
          fixed: [node, cli, 'compare', templateFile, templateFile, '--json'],
        });
      }
    }
    if (supports('export')) {
      const redline = join(folder, 'redline.clausemark');
      await writeFile(redline, redlineReview(bigText, 500, 100));
      const exported = join(folder, 'redline.docx');
      cases.push({
        name: 'export',
        size: '1000 clauses, 500 changes, 100 comments',
        ours: [node, cli, 'export', redline, '--out', exported],
        baseline: [pandoc, '-f', 'markdown', '-t', 'docx', '-o', join(folder, 'pandoc.docx'), big],
        baselineRuntime: 'pandoc',
        budget: 0.5,
      });
      cases.push({
        name: 'import',
        size: '1000 clauses, 500 changes, 100 comments',
        prepare: [node, cli, 'export', redline, '--out', exported],
        ours: [node, cli, 'parse', exported, '--json'],
        baseline: [pandoc, '-f', 'docx', '--track-changes=all', '-t', 'json', exported],
        baselineRuntime: 'pandoc',
        budget: 0.5,
      });
    }
    const results = [];
    for (const entry of withCli ? cases : []) {
      if (entry.prepare && spawnSync(entry.prepare[0]!, entry.prepare.slice(1)).status !== 0) throw new Error(`${entry.prepare.join(' ')} failed`);
      // Each case with its own empty starts, all four in turn: a ratio is not moved by the machine
      // speeding up or slowing down between one command's runs and the other's.
      // `git diff --no-index` exits 1 when the files differ: run it (and its empty start) through a shell that ignores that.
      const shell = (command: readonly string[]) => ['sh', '-c', `${command.map((part) => `'${part}'`).join(' ')} >/dev/null; true`];
      const baselineStart = entry.baselineRuntime === 'git' ? shell([git, '--version']) : [pandoc, '--version'];
      const extras = [entry.floor, entry.fixed].filter((command) => command !== undefined);
      const [ours, baseline, ourStart, theirStart, ...timedExtras] = timeTogether(
        [entry.ours, entry.baselineRuntime === 'git' ? shell(entry.baseline) : entry.baseline, [node, '-e', '0'], baselineStart, ...extras],
        RUNS,
      ) as [Timing, Timing, Timing, Timing, ...Timing[]];
      const floor = entry.floor ? timedExtras[0] : undefined;
      const fixed = entry.fixed ? timedExtras[extras.length - 1] : undefined;
      const workMs = Math.max(0, ours.ms - ourStart.ms);
      const baselineWorkMs = Math.max(0.1, baseline.ms - theirStart.ms);
      // What the runtime costs before any of Clausemark's own work, in the budget's terms.
      const floorWorkMs = floor ? Math.max(0, floor.ms - ourStart.ms) : null;
      const floorFields =
        floor && floorWorkMs !== null
          ? {
              floorMs: round(floor.ms),
              floorWorkMs: round(floorWorkMs),
              floorRatio: Math.round((floorWorkMs / baselineWorkMs) * 1000) / 1000,
              floorFactor: Math.round((workMs / Math.max(0.1, floorWorkMs)) * 100) / 100,
              floorBudget: entry.floorBudget ?? null,
            }
          : {};
      const result = {
        name: entry.name,
        size: entry.size,
        ms: round(ours.ms),
        startMs: round(ourStart.ms),
        workMs: round(workMs),
        baseline: entry.baseline.map((part) => part.replace(folder, '…')).join(' '),
        baselineMs: round(baseline.ms),
        baselineStartMs: round(theirStart.ms),
        baselineWorkMs: round(baselineWorkMs),
        ratio: Math.round((workMs / baselineWorkMs) * 1000) / 1000,
        budget: entry.budget,
        ...floorFields,
        ...(fixed ? { fixedWorkMs: round(Math.max(0, fixed.ms - ourStart.ms)) } : {}),
      };
      results.push(result);
      log(`${entry.name}: ${result.ms} ms (work ${result.workMs}, start ${result.startMs}) vs ${result.baselineMs} ms (work ${result.baselineWorkMs}, start ${result.baselineStartMs}) → ratio ${result.ratio}${entry.budget === null ? '' : ` (budget ≤ ${entry.budget})`}`);
      if ('fixedWorkMs' in result) log(`  the same command on the 24 KB template: work ${result.fixedWorkMs} ms (what a new process spends before the contract's size matters)`);
      if ('floorRatio' in result) log(`  floor (a Node process that reads both files and prints the same shape, diffing nothing): ${result.floorMs} ms (work ${result.floorWorkMs}, ratio to the baseline ${result.floorRatio}) → ours ${result.floorFactor} × the floor's work (budget ≤ ${result.floorBudget})`);
    }

    // How the comparison itself grows with the contract (in this process, after parsing): about linearly.
    const scale = [];
    for (const clauses of withCli ? [100, 1000, 5000] : []) {
      const a = parseContract(await readFile(files[`${clauses}`]!, 'utf8'), { clauseDuties: false });
      const b = parseContract(await readFile(files[`${clauses}-2pct`]!, 'utf8'), { clauseDuties: false });
      const options = { ignoreCase: false, ignorePunctuation: false };
      compareContracts(a, b, options);
      const runs = Array.from({ length: RUNS }, () => {
        const started = performance.now();
        compareContracts(a, b, options);
        return performance.now() - started;
      });
      scale.push({ clauses, compareMs: round(median(runs)) });
      log(`scale: compare ${clauses} clauses (2 % changed) ${round(median(runs))} ms`);
    }

    // Hostile and huge DOCX files, once each: the budget is for one reading, not a median.
    const hostile = withHostile ? await hostileCases(folder, cli, join(ROOT, 'test/support/maxRss.cjs')) : [];
    for (const result of hostile) {
      log(`hostile ${result.name} (${result.input}, ${Math.round(result.bytes / 1024)} KB): ${result.ms} ms (processor ${result.cpuMs} ms), peak ${result.peakRssMb} MB (budget ≤ ${result.budgetMs} ms, ≤ ${result.budgetRssMb} MB) ${result.withinBudget ? '✓' : '✗'}`);
    }

    log(withUi ? 'UI in Chromium …' : 'UI skipped (--no-ui)');
    const longClause = await writeLongClauseContract(bigText, folder);
    const ui = !withUi ? null : await (async () => {
      const runs = quick ? 2 : 3;
      // A 1000-clause DOCX with 500 tracked changes and 100 comments, as the export case writes it.
      const docx = join(folder, 'redline.docx');
      if (!existsSync(docx)) {
        const redline = join(folder, 'redline.clausemark');
        await writeFile(redline, redlineReview(bigText, 500, 100));
        if (spawnSync(node, [cli, 'export', redline, '--out', docx]).status !== 0) throw new Error('the 1000-clause DOCX could not be exported');
      }
      const typed = await keystrokes(longClause, quick ? 60 : 200);
      const floor = await keystrokeFloor(quick ? 60 : 200);
      const openedTemplate = await openFile(join(ROOT, 'assets/avv-template.txt'), quick ? 2 : 5);
      const opened = await openFile(big, quick ? 2 : 5);
      const chosen = await chooseFile(big, runs);
      // Each flow at 1000 and at 5000 clauses: its time, and the longest task that froze the window meanwhile.
      const flows = [];
      for (const clauses of [1000, 5000] as const) {
        const file = files[`${clauses}`]!;
        const times = clauses === 1000 ? runs : 1;
        const measured: [string, () => Promise<Timed>][] = [
          ['open', async () => (clauses === 1000 ? chosen : chooseFile(file, 1))],
          ['compare', () => openComparison(file, files[`${clauses}-30pct`]!, times)],
          ['adopt', () => adoptComparison(file, files[`${clauses}-2pct`]!, 1)],
          ['export', () => exportDocx(file, folder, times)],
          ['report', () => openReport(file, times)],
        ];
        for (const [flow, measure] of measured) {
          flows.push({ flow, clauses, ...(await measure()) });
          log(`  ${flow} at ${clauses} clauses measured`);
        }
      }
      flows.push({ flow: 'open-docx', clauses: 1000, ...(await chooseFile(docx, runs)) });
      const decideAllCases = [];
      // Accept all in the window, on the 1000-clause contract with its 2 % and its 30 % answer adopted.
      for (const label of ['2pct', '30pct'] as const) {
        const adopted = adoptedReview(bigText, await readFile(files[`1000-${label}`]!, 'utf8'));
        const file = join(folder, `adopted-${label}.clausemark`);
        await writeFile(file, adopted.file);
        const timing = await decideAll(file, quick ? 1 : 3);
        decideAllCases.push({ changes: adopted.changes, ms: timing.ms, longestMs: timing.longestMs, budgetMs: adopted.changes < 5_000 ? 100 : 1_000 });
      }
      const compare1000 = flows.find((entry) => entry.flow === 'compare' && entry.clauses === 1000)!;
      const report1000 = flows.find((entry) => entry.flow === 'report' && entry.clauses === 1000)!;
      return {
        firstRenderTemplateMs: openedTemplate.ms,
        firstRenderMs: opened.ms,
        openDocxMs: flows.find((entry) => entry.flow === 'open-docx')!.ms,
        keystrokeP95Ms: typed.p95Ms,
        keystrokesLate: typed.late,
        keystrokes: typed.keys,
        keystrokeFloorP95Ms: floor.p95Ms,
        keystrokeFloorLate: floor.late,
        heapMb: await heap(files['5000']!),
        ...(await scrolling(files['5000']!)),
        checklistOpenMs: await openChecklist(big, runs),
        compareOpenMs: compare1000.ms,
        compareLongestTaskMs: compare1000.longestMs,
        reportOpenMs: report1000.ms,
        reportLongestTaskMs: report1000.longestMs,
        // No task over 100 ms at 1000 clauses, over 200 ms at 5000.
        flows: flows.map((entry) => ({ ...entry, budgetLongestMs: entry.clauses === 1000 ? 100 : 200 })),
        decideAll: decideAllCases,
      };
    })();
    if (ui) {
      log(`UI: first render template ${ui.firstRenderTemplateMs} ms, 1000 clauses ${ui.firstRenderMs} ms (≤ 1000), the 1000-clause DOCX with 500 changes and 100 comments ${ui.openDocxMs} ms from choosing it (≤ 1000)`);
      log(`  keystroke p95 ${ui.keystrokeP95Ms} ms (an empty text area: ${ui.keystrokeFloorP95Ms} ms; within 1 ms of it), keys a frame late ${ui.keystrokesLate} of ${ui.keystrokes} (budget 0; empty text area ${ui.keystrokeFloorLate})`);
      log(`  heap ${ui.heapMb} MB (≤ 200); long tasks while scrolling ${ui.longTasks} (longest ${ui.longestMs} ms); checklist of 1000 clauses opened in ${ui.checklistOpenMs} ms`);
      for (const entry of ui.flows) log(`  ${entry.flow} at ${entry.clauses} clauses: ${entry.ms} ms, longest task ${entry.longestMs} ms (≤ ${entry.budgetLongestMs})`);
      for (const entry of ui.decideAll) log(`  accept all of ${entry.changes} changes: ${entry.ms} ms (≤ ${entry.budgetMs}), longest task ${entry.longestMs} ms`);
    }

    const report = { date: new Date().toISOString(), node: process.version, runs: RUNS, starts: { nodeMs: round(start.node), pandocMs: round(start.pandoc), gitMs: round(start.git) }, cases: results, scale, hostile, ui };
    if (asJson) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
