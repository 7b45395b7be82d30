#!/usr/bin/env node
// The `clausemark` command: runs the built command-line bundle under plain Node.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/clausemark.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('clausemark: not built yet, run `npm run build` first\n');
  process.exit(1);
}
await import(bundle.href);
