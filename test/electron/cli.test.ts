import { writeFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync } from 'node:fs';
import { parseContract } from '../../shared/parse/parseContract';
import { addComment, editText } from '../../shared/review/operations';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClausemark } from '../support/cli';
import { FIXTURES } from '../support/files';

describe('clausemark parse', () => {
  it('prints JSON compact into a pipe and indented at a terminal', () => {
    const piped = runClausemark(['parse', 'template', '--json']).stdout;
    expect(piped.trimEnd().split('\n')).toHaveLength(1);
    // util-linux's `script` runs the command on a pseudo-terminal, as a person's shell would.
    const bin = resolve(import.meta.dirname, '../../bin/clausemark.mjs');
    const terminal = spawnSync('script', ['-qec', `'${process.execPath}' '${bin}' parse template --json`, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'en_GB.UTF-8' } });
    expect(terminal.status).toBe(0);
    const shown = terminal.stdout.replace(/\r\n/gu, '\n');
    expect(shown.startsWith('{\n  "title": ')).toBe(true);
    expect(JSON.parse(shown)).toEqual(JSON.parse(piped));
  });

  it('prints the template as JSON in the documented shape', () => {
    const result = runClausemark(['parse', 'template', '--json']);
    expect(result.code).toBe(0);
    const contract = JSON.parse(result.stdout);
    expect(contract.title).toBe('Vertrag zur Auftragsdatenverarbeitung');
    expect(contract.parties.map((party: { role: string }) => party.role)).toEqual(['customer', 'provider']);
    expect(contract.parties[0].address).toEqual(['Sägemüllerstraße 56', '38678 Clausthal-Zellerfeld', 'Kd-Nr. 203523']);
    expect(contract.sections).toHaveLength(11);
    expect(contract.sections[4]).toMatchObject({ number: '5', title: 'Qualitätssicherung und sonstige Pflichten des Auftragnehmers' });
    expect(Object.keys(contract.sections[0].clauses[0])).toEqual(expect.arrayContaining(['id', 'number', 'text']));
    expect(contract.annexes.map((annex: { number: string; items: string[] }) => [annex.number, annex.items.length])).toEqual([
      ['I', 4],
      ['II', 3],
      ['III', 0],
    ]);
    expect(contract.toms).toHaveLength(67);
    expect(contract.toms[8]).toMatchObject({
      id: 't9',
      category: { number: '2', title: 'Vertraulichkeit: Zugangskontrolle' },
      services: ['Kundenmenü'],
      responsibility: { party: 'customer', cue: 'vom Auftraggeber', source: 'auto' },
    });
    const ids = [...contract.sections.flatMap((s: { clauses: { id: string }[] }) => s.clauses.map((c) => c.id)), ...contract.toms.map((t: { id: string }) => t.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints a readable outline without --json, in German when the locale is German', () => {
    const english = runClausemark(['parse', 'template']);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('  3 Technisch-organisatorische Maßnahmen nach Art. 32 DS-GVO (Art.28 Abs.3 Satz 2 lit.c DS-GVO) (3 clauses)');
    expect(english.stdout).toContain('Measures: 67 in 11 categories');
    const german = runClausemark(['parse', 'template'], { LANG: 'de_DE.UTF-8' });
    expect(german.stdout).toContain('Maßnahmen: 67 in 11 Kategorien');
  });

  it.each(['dpa-eu-scc-2021-915-en.txt', 'dpa-eu-scc-2021-915-de.txt', 'dpa-processor-addendum-en.txt'])('parses the fixture %s', (name) => {
    const result = runClausemark(['parse', join(FIXTURES, name), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).sections.length).toBeGreaterThanOrEqual(10);
  });

  it('prints a review file’s contract with its tracked changes and comments', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const base = parseContract(readFileSync(join(FIXTURES, '../../../assets/avv-template.txt'), 'utf8'));
    const context = { author: 'Anna', now: '2026-11-26T10:00:00Z', newId: (() => { let n = 0; return () => `c${++n}`; })() };
    let review = editText(newReview(base, { kind: 'template', name: 'avv-template.txt' }, context.now), { kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht Österreichs.', context);
    review = addComment(review, { kind: 'clause', id: 's11-c1' }, { text: 'Warum?', visibility: 'external' }, context).review;
    const path = join(folder, 'r.clausemark');
    await writeFile(path, serializeReview(review));
    const result = runClausemark(['parse', path, '--json']);
    expect(result.code).toBe(0);
    const clause = JSON.parse(result.stdout).sections[10].clauses[0];
    expect(clause.text).toBe('Es gilt das Recht Österreichs.');
    expect(clause.segments.map((segment: { kind: string; author?: string }) => [segment.kind, segment.author ?? null])).toEqual([
      ['equal', null],
      ['delete', 'Anna'],
      ['insert', 'Anna'],
      ['equal', null],
    ]);
    expect(clause.comments).toMatchObject([{ author: 'Anna', text: 'Warum?', visibility: 'external', resolved: false, replies: [] }]);
    const broken = join(folder, 'broken.clausemark');
    await writeFile(broken, '{"format":"clausemark","version":1}');
    const refused = runClausemark(['parse', broken]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe("clausemark: “broken.clausemark” is damaged and was not opened (contract is missing). The file was left as it is.\n");
  });

  it('exits with 1 and one clear line when the input is unusable', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'clausemark-cli-'));
    const empty = join(folder, 'empty.txt');
    await writeFile(empty, '');
    for (const [input, message] of [
      [join(folder, 'missing.txt'), '“missing.txt” was not found'],
      [empty, '“empty.txt” is empty.'],
      [folder, 'is a folder, not a file'],
    ] as const) {
      const result = runClausemark(['parse', input]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/u);
    }
  });

  it('exits with 2 on wrong usage and prints the usage', () => {
    for (const args of [['parse'], ['frobnicate', 'x'], ['parse', 'template', '--xml']]) {
      const result = runClausemark(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: clausemark parse');
    }
    expect(runClausemark(['--help'])).toMatchObject({ code: 0 });
  });
});
