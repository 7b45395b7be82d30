// Builds the app: main and preload as single-file bundles (a sandboxed preload cannot load
// chunks), the command line as one bundle, and the renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './asciiOnly.mjs';
import { folderFaces } from './folderFaces.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const wanted = (part) => only.length === 0 || only.includes(part);

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [folderFaces(root)],
};

if (only.length === 0) await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const jobs = [];
if (wanted('main')) {
  jobs.push(esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron'] }));
  jobs.push(esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', external: ['electron'], sourcemap: false }));
}
if (wanted('cli')) {
  // One CommonJS bundle, which `bin/clausemark.mjs` requires.
  jobs.push(
    (async () => {
      await rm(new URL('../dist/cli', import.meta.url), { recursive: true, force: true });
      await esbuild({ ...node, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/clausemark.cjs', minifySyntax: true, minifyWhitespace: true });
      await asciiOnly(fileURLToPath(new URL('../dist/cli/clausemark.cjs', import.meta.url)));
    })(),
  );
}
await Promise.all(jobs);
if (wanted('renderer')) {
  await vite({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
