// `npm run bench`: builds the app, bundles the benchmark runner (test/bench) and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// Inside node_modules, so that the bundle resolves playwright-core like the project does.
const folder = mkdtempSync(join(root, 'node_modules/.cache-bench-'));
try {
  const outfile = join(folder, 'bench.mjs');
  await build({
    entryPoints: [join(root, 'test/bench/run.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['playwright-core', 'esbuild'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'test/bench')) },
    logLevel: 'error',
    absWorkingDir: root,
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
