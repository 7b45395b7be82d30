import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../electron/cli/check';
import { runClausemark } from '../support/cli';
import { FIXTURES } from '../support/files';

const SCC_EN = join(FIXTURES, 'dpa-eu-scc-2021-915-en.txt');
const SCC_DE = join(FIXTURES, 'dpa-eu-scc-2021-915-de.txt');

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) field += char;
    else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/u, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

describe('clausemark check', () => {
  it('prints the documented JSON for one contract: every item with id, title, status, clauses and reason', () => {
    const result = runClausemark(['check', SCC_EN, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { items: { id: string; title: string; status: string; clauses: string[]; reason: string }[] };
    expect(Object.keys(json)).toEqual(['items']);
    expect(json.items).toHaveLength(20);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(['id', 'title', 'status', 'clauses', 'reason']);
      expect(['covered', 'weak', 'missing']).toContain(item.status);
      for (const clause of item.clauses) expect(clause).toMatch(/^(?:\d+(?:\.[\w]+)*|ANNEX [IVX]+)$/u);
      expect(item.reason.length).toBeGreaterThan(10);
    }
    expect(json.items.filter((item) => item.status === 'covered').length).toBeGreaterThanOrEqual(18);
    expect(json.items.find((item) => item.id === 'art28-3-f')).toMatchObject({ status: 'covered', clauses: expect.arrayContaining(['9.2']) });
  });

  it('says why the template falls short, in German when the locale is German', () => {
    const result = runClausemark(['check', 'template', '--json'], { LANG: 'de_DE.UTF-8' });
    const items = (JSON.parse(result.stdout) as { items: { id: string; title: string; status: string; reason: string }[] }).items;
    expect(items.find((item) => item.id === 'art28-3-h')).toMatchObject({
      title: 'Informationen und Überprüfungen einschließlich Inspektionen',
      status: 'weak',
      reason: 'Kostenpflichtig gemacht in 7.4: „Vergütungsanspruch“.',
    });
    expect(items.find((item) => item.id === 'art28-4-liability')).toMatchObject({ status: 'missing' });
  });

  it('checks several contracts at once: one CSV row per contract and item', () => {
    const result = runClausemark(['check', 'template', SCC_EN, SCC_DE, '--csv']);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout);
    expect(rows[0]).toEqual(['contract', 'id', 'title', 'status', 'clauses', 'reason']);
    expect(rows).toHaveLength(1 + 3 * 20);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(['template', SCC_EN, SCC_DE]));
    expect(rows.find((row) => row[0] === 'template' && row[1] === 'art28-3-e')).toEqual([
      'template',
      'art28-3-e',
      'Assistance with data subjects’ rights',
      'weak',
      '4.1; 4.2; 4.3',
      expect.stringContaining('4.3'),
    ]);
  });

  it('gives several contracts as { contracts: [...] } in JSON, names an unreadable one and exits with 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-check-'));
    const empty = join(folder, 'empty.txt');
    writeFileSync(empty, '');
    const result = runClausemark(['check', 'template', empty, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('“empty.txt” is empty.')]);
    const json = JSON.parse(result.stdout) as { contracts: ({ file: string; title: string; items: unknown[] } | { file: string; error: string })[] };
    expect(json.contracts).toEqual([
      { file: 'template', title: 'Vertrag zur Auftragsdatenverarbeitung', items: expect.any(Array) },
      { file: empty, error: '“empty.txt” is empty.' },
    ]);
  });

  it('prints a readable list with a score by default', () => {
    const result = runClausemark(['check', 'template']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Vertrag zur Auftragsdatenverarbeitung — template\nScore \d+% – \d+ covered, \d+ weak, \d+ missing\n/u);
    expect(result.stdout).toContain('✗ Missing: The same obligations for sub-processors (art28-4-flow-down)');
    // The share as each language writes it: 70% in English, 70 % in German.
    const german = runClausemark(['check', 'template'], { LANG: 'de_DE.UTF-8' });
    expect(german.stdout).toMatch(/\nErgebnis \d+\u00a0% – \d+ erfüllt, \d+ schwach, \d+ fehlend\n/u);
  });

  it('refuses wrong usage with exit code 2', () => {
    expect(runClausemark(['check'])).toMatchObject({ code: 2 });
    expect(runClausemark(['check', 'template', '--json', '--csv'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Choose --json or --csv') });
    expect(runClausemark(['check', 'template', '--xml'])).toMatchObject({ code: 2 });
    expect(runClausemark(['parse', 'template', SCC_EN])).toMatchObject({ code: 2 });
  });

  it('quotes CSV fields that hold commas, quotes or line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
  });
});
