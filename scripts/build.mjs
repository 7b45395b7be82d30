// Builds the app: main and preload as single-file bundles (a sandboxed preload cannot load
// chunks), the command line as an ES module with lazily loaded chunks, and the renderer with Vite.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

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
};

if (only.length === 0) await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const jobs = [];
if (wanted('main')) {
  jobs.push(esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron'] }));
  jobs.push(esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', external: ['electron'], sourcemap: false }));
}
if (wanted('cli')) {
  // ESM with chunks: a command loads only what it needs (`parse` never loads the DOCX writer or the checklist).
  jobs.push(
    esbuild({
      ...node,
      format: 'esm',
      splitting: true,
      entryPoints: { clausemark: 'electron/cli/main.ts' },
      outdir: 'dist/cli',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      // Every run compiles what it loads afresh (Node 20 keeps no compile cache): a quarter less
      // source to read. Names stay, and the source maps beside the chunks lead back.
      minifySyntax: true,
      minifyWhitespace: true,
      // Bundled CommonJS packages may call `require` for Node's own modules.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    }),
  );
}
await Promise.all(jobs);
if (wanted('renderer')) {
  await vite({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
