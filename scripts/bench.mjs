// `npm run bench`: builds the app, bundles the benchmark runner (test/bench) and runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root, runBundled } from './runBundled.mjs';

const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
await runBundled('test/bench/run.ts', {
  external: ['playwright-core', 'esbuild'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
