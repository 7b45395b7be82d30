/**
 * The command line's bundle in ASCII only (`scripts/asciiOnly.mjs`): Node reads a file with one
 * character beyond ASCII as a two-byte string, which V8 scans more slowly at start and at each
 * lazy compilation; esbuild leaves such characters in regular expression literals.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire, SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/asciiOnly.mjs');
const BUNDLE = resolve(import.meta.dirname, '../../dist/cli/clausemark.cjs');
const NOT_ASCII = /[\u0080-\u{10ffff}]/u;

function asciiOnly(file: string): void {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', `import { asciiOnly } from ${JSON.stringify(SCRIPT)}; await asciiOnly(process.argv[1]);`, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

/** Where `needle` stands in the generated code, as a source map counts (0-based line and column). */
function place(code: string, needle: string): { line: number; column: number } {
  const lines = code.split('\n');
  const line = lines.findIndex((text) => text.includes(needle));
  return { line, column: lines[line]!.indexOf(needle) };
}

describe('the command line bundle in ASCII only', () => {
  it('escapes what esbuild leaves in patterns, which still match the same, and moves the source map with it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-ascii-'));
    writeFileSync(
      join(folder, 'quotes.ts'),
      ['// „Anführungszeichen“ und ein 😀', 'export const QUOTES = /^[„“”»😀]+/u;', 'export const DASH = /–/;', 'export function unquoted(text: string): string {', "  return text.replace(QUOTES, '').replace(DASH, '-');", '}', ''].join('\n'),
    );
    const outfile = join(folder, 'quotes.cjs');
    await build({ entryPoints: [join(folder, 'quotes.ts')], bundle: true, format: 'cjs', platform: 'node', sourcemap: 'linked', minifyWhitespace: true, outfile, logLevel: 'silent' });
    const before = readFileSync(outfile, 'utf8');
    expect(before).toMatch(NOT_ASCII);
    const mapBefore = new SourceMap(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')) as SourceMapPayload);
    const needle = 'function unquoted';
    const was = place(before, needle);

    asciiOnly(outfile);

    const after = readFileSync(outfile, 'utf8');
    expect(after).not.toMatch(NOT_ASCII);
    const quotes = createRequire(import.meta.url)(outfile) as { unquoted: (text: string) => string; QUOTES: RegExp };
    expect(quotes.unquoted('„😀Angebot – Entwurf“')).toBe('Angebot - Entwurf“');
    expect(quotes.QUOTES.test('»')).toBe(true);
    const is = place(after, needle);
    expect(is.line).toBe(was.line);
    expect(is.column).toBeGreaterThan(was.column);
    const mapAfter = new SourceMap(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')) as SourceMapPayload);
    const origin = (entry: ReturnType<SourceMap['findEntry']>) => ('originalLine' in entry ? [entry.originalSource, entry.originalLine, entry.originalColumn] : null);
    expect(origin(mapBefore.findEntry(was.line, was.column))).toEqual([expect.stringContaining('quotes.ts'), 3, 7]);
    expect(origin(mapAfter.findEntry(is.line, is.column))).toEqual(origin(mapBefore.findEntry(was.line, was.column)));
  });

  it('is how the build leaves the command line', () => {
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(NOT_ASCII);
  });
});
