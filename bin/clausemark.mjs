#!/usr/bin/env node
// The `clausemark` command: runs the built command-line bundle under plain Node.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/clausemark.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('clausemark: not built yet, run `npm run build` first\n');
  process.exit(1);
}
createRequire(import.meta.url)(bundle);
