#!/usr/bin/env node
// The `clausemark` command: runs the built command-line bundle under plain Node.
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// Node 22 and later keep the compiled bundle in a cache between runs (Node 20 has no such cache).
nodeModule.enableCompileCache?.();

// A run reads a contract once with a few hundred patterns: compiled straight to machine code
// they cost less than interpreted first and compiled again (about a fifth of a large parse).
setFlagsFromString('--no-regexp-tier-up');

const bundle = new URL('../dist/cli/clausemark.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('clausemark: not built yet, run `npm run build` first\n');
  process.exit(1);
}
await import(bundle.href);
