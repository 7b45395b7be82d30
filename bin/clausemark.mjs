#!/usr/bin/env node
// The `clausemark` command: runs the built command-line bundle under plain Node.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22 and later keep the compiled bundle in a cache between runs (Node 20 has no such cache).
nodeModule.enableCompileCache?.();

// No V8 flags are set here at run time: `--no-regexp-tier-up` set so (a tenth of a large parse)
// crashed Node 20 about once in 350 runs, with a pattern whose machine code was missing.

const bundle = new URL('../dist/cli/clausemark.cjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('clausemark: not built yet, run `npm run build` first\n');
  process.exit(1);
}
createRequire(import.meta.url)(fileURLToPath(bundle)).main(process.argv.slice(2), fileURLToPath(new URL('.', bundle)));
