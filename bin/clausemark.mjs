#!/usr/bin/env node
// The `clausemark` command: runs the built command-line bundle under plain Node, with the code
// cache the build made for it (electron/cli/codeCache.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// No V8 flags are set here at run time: `--no-regexp-tier-up` set so (a tenth of a large parse)
// crashed Node 20 about once in 350 runs, with a pattern whose machine code was missing.

const launcher = new URL('../dist/cli/launch.mjs', import.meta.url);
if (!existsSync(fileURLToPath(launcher))) {
  process.stderr.write('clausemark: not built yet, run `npm run build` first\n');
  process.exit(1);
}
(await import(launcher.href)).launch(process.argv.slice(2));
