/**
 * What the build runs so that each command has a code cache of its own (see `codeCache.ts`):
 * every command on the shipped template and on files made from it (a reworded copy, their
 * comparison as a DOCX redline, that redline as a review file). Each cache is made in a Node
 * of its own that ran only its command, so that it holds that command's code and little else:
 * V8 reads a whole cache before the run, and `parse` of a text file has no use for the DOCX
 * writer. Output goes nowhere; a command that fails fails the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAssetsDir, TEMPLATE_FILE } from '../handlers/assets';
import type { CacheName } from './cacheNames';
import { runCli, type CliIo } from './clausemark';

const files = (folder: string) => ({
  variant: join(folder, 'variant.txt'),
  redline: join(folder, 'redline.docx'),
  review: join(folder, 'redline.clausemark'),
  out: join(folder, 'out.docx'),
});

/** The commands each cache is made from, by the cache's name (see `cacheNames.ts`). */
const WARM_UPS: Record<CacheName, (folder: string) => string[][]> = {
  parse: () => [['parse', 'template', '--json'], ['parse', 'template']],
  'parse-docx': (folder) => [['parse', files(folder).redline, '--json']],
  check: () => [['check', 'template', '--json'], ['check', 'template', '--csv']],
  compare: (folder) => [['compare', 'template', files(folder).variant, '--json'], ['compare', 'template', files(folder).variant]],
  export: (folder) => [['export', files(folder).review, '--out', files(folder).out, '--cover'], ['export', 'template', '--out', files(folder).out, '--clean', '--tom-table']],
  import: (folder) => [['import', files(folder).redline, '--out', join(folder, 'imported.clausemark')]],
};

function quiet(scriptDir: string): CliIo {
  return { stdout: () => {}, stderr: () => {}, env: { LANG: 'en' }, scriptDir, terminal: false };
}

async function run(commands: readonly string[][], io: CliIo): Promise<void> {
  for (const args of commands) {
    const code = await runCli(args, io);
    if (code !== 0) throw new Error(`clausemark ${args.join(' ')} failed while making the code cache (exit ${code})`);
  }
}

/** The template with every eleventh longer word in capitals: a comparison with changes in most sections. */
function reworded(text: string): string {
  let count = 0;
  return text.replace(/\p{L}{6,}/gu, (word) => (++count % 11 === 0 ? word.toUpperCase() : word));
}

/** Writes the files the warm-ups read into `folder`. */
export async function prepareWarmUps(folder: string, scriptDir: string): Promise<void> {
  const { variant, redline, review } = files(folder);
  writeFileSync(variant, reworded(readFileSync(join(findAssetsDir(scriptDir), TEMPLATE_FILE), 'utf8')));
  await run([['compare', 'template', variant, '--out', redline], ['import', redline, '--out', review]], quiet(scriptDir));
}

/** Runs the commands of cache `name` on the files in `folder`. */
export async function warmUp(name: CacheName, folder: string, scriptDir: string): Promise<void> {
  await run(WARM_UPS[name](folder), quiet(scriptDir));
}
