// Bundles one runner of test/ with esbuild into a folder of node_modules (so that it resolves
// packages as the project does) and runs it with this process's arguments; for `npm run
// accuracy` and `npm run bench`.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** `entry`: the runner, relative to the project; `options`: more of esbuild's options. */
export async function runBundled(entry, options = {}) {
  const folder = mkdtempSync(join(root, 'node_modules/.cache-run-'));
  try {
    const outfile = join(folder, 'run.mjs');
    await build({
      entryPoints: [join(root, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      define: { 'import.meta.dirname': JSON.stringify(dirname(join(root, entry))) },
      logLevel: 'error',
      absWorkingDir: root,
      ...options,
    });
    const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
    process.exitCode = run.status ?? 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
