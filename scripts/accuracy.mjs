// `npm run accuracy`: bundles the accuracy runner (test/accuracy) and runs it on the labelled corpus.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(join(root, 'node_modules/.cache-accuracy-'));
try {
  const outfile = join(folder, 'accuracy.mjs');
  await build({
    entryPoints: [join(root, 'test/accuracy/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'test/accuracy')) },
    logLevel: 'error',
    absWorkingDir: root,
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
