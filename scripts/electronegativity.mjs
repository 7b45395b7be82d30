// Doyensec's electronegativity over electron/: the build fails on any HIGH or MEDIUM finding.
// It tries to fetch Electron's release list; without network it goes on with the given version.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const folder = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(folder, 'report.csv');

const run = spawnSync(process.execPath, [cli, '-i', join(root, 'electron'), '-e', electronVersion, '-r', '-v', 'false', '-o', report], {
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1' },
  timeout: 180_000,
});
let csv = '';
try {
  csv = readFileSync(report, 'utf8');
} catch {
  console.error(`electronegativity did not write its report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

// CSV columns: issue, severity, confidence, filename, location, sample, description, url.
/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      rows[rows.length - 1].push(field.trim());
      field = '';
    } else if (char === '\n') {
      rows[rows.length - 1].push(field.trim());
      rows.push([]);
      field = '';
    } else field += char;
  }
  rows[rows.length - 1].push(field.trim());
  return rows.filter((row) => row.some((cell) => cell !== ''));
}
const rows = parseCsv(csv).slice(1);
const serious = rows.filter((row) => /^(HIGH|MEDIUM)$/u.test(row[1] ?? ''));
for (const row of rows) console.log(`electronegativity: ${row[1]} ${row[0]} ${row[3]}:${row[4]} — ${row[6]}`);
if (serious.length > 0) {
  console.error(`electronegativity: ${serious.length} HIGH or MEDIUM finding(s) in electron/`);
  process.exit(1);
}
console.log(`electronegativity: no HIGH or MEDIUM findings in electron/ (${rows.length} lower)`);
