// Builds the app: main and preload as single-file bundles (a sandboxed preload cannot load
// chunks), the command line as one bundle with its code cache, and the renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const wanted = (part) => only.length === 0 || only.includes(part);
/** The command line's launcher (electron/cli/launch.ts), which the build also asks for the stamp and the caches. */
const launch = new URL('../dist/cli/launch.mjs', import.meta.url).href;

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

if (only.length === 0) await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const jobs = [];
if (wanted('main')) {
  jobs.push(esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron'] }));
  jobs.push(esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', external: ['electron'], sourcemap: false }));
}
if (wanted('cli')) {
  // One CommonJS bundle, run by `launch` with V8's code cache for it (electron/cli/codeCache.ts),
  // which the build makes last by running every command once: a run compiles little afresh.
  // The launcher first: the bundle opens with its stamp, which tells this build's caches from stale ones.
  jobs.push(
    (async () => {
      await rm(new URL('../dist/cli', import.meta.url), { recursive: true, force: true });
      await esbuild({ ...node, format: 'esm', entryPoints: ['electron/cli/launch.ts'], outfile: 'dist/cli/launch.mjs', sourcemap: false });
      const { stampBanner } = await import(launch);
      await esbuild({
        ...node,
        entryPoints: ['electron/cli/main.ts'],
        outfile: 'dist/cli/clausemark.cjs',
        banner: { js: stampBanner(randomUUID()) },
        // A quarter less source to read where the cache is refused. Names stay, and the source map leads back.
        minifySyntax: true,
        minifyWhitespace: true,
      });
    })(),
  );
}
await Promise.all(jobs);
if (wanted('cli')) {
  // Each cache in a Node of its own that ran only its command. A cache is only an aid: where one
  // cannot be made the command line works without it, so the build says so and goes on.
  const { CACHE_NAMES } = await import(launch);
  const scratch = await mkdtemp(join(tmpdir(), 'clausemark-warm-'));
  try {
    for (const step of ['prepareCodeCaches(scratch)', ...CACHE_NAMES.map((name) => `makeCodeCache(${JSON.stringify(name)}, scratch)`)]) {
      const script = `const scratch = ${JSON.stringify(scratch)}; await (await import(${JSON.stringify(launch)})).${step};`;
      const made = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
      if (made.status !== 0) {
        console.warn(`build: the command line's code cache could not be made (${step}); clausemark works without it, only slower`);
        break;
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
if (wanted('renderer')) {
  await vite({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
