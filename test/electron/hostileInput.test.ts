/**
 * Hostile and broken files, made here in the set-up (no checked-in binaries), through every
 * entry point that reads them: the app's open handler and `clausemark parse`, `export` and
 * `compare`. Each is refused with one clear line, quickly and in bounded memory, and nothing
 * is written. DOCX files have their own corpus in `hostileDocx.test.ts`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContract } from '../../shared/parse/parseContract';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { runClausemark, runClausemarkMeasured } from '../support/cli';
import { readTemplate } from '../support/files';
import { testHost, type TestHost, whole } from '../support/handlers';

let folder: string;
let host: TestHost;

/** name → the error code the app gives for it */
const CORPUS: Record<string, string> = {
  'empty.txt': 'empty',
  'random.txt': 'unreadable',
  'image.md': 'unreadable',
  'huge.txt': 'too-large',
  'random.clausemark': 'not-a-review',
  'truncated.clausemark': 'invalid-review',
  'shape.clausemark': 'invalid-review',
  'future.clausemark': 'future-review',
  'deep.clausemark': 'invalid-review',
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-hostile-'));
  host = await testHost({ workDir: folder });
  const review = serializeReview(newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-11-26T00:00:00Z'));
  await writeFile(join(folder, 'empty.txt'), '');
  await writeFile(join(folder, 'random.txt'), randomBytes(65_536));
  await writeFile(join(folder, 'image.md'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]));
  // 300 MB without writing 300 MB: a sparse file.
  const huge = await open(join(folder, 'huge.txt'), 'w');
  await huge.truncate(300 * 1024 * 1024);
  await huge.close();
  await writeFile(join(folder, 'random.clausemark'), randomBytes(4096));
  await writeFile(join(folder, 'truncated.clausemark'), review.slice(0, Math.floor(review.length / 2)));
  await writeFile(join(folder, 'shape.clausemark'), JSON.stringify({ format: 'clausemark', version: 1, contract: { sections: 'none' } }));
  await writeFile(join(folder, 'future.clausemark'), review.replace(/"version":\s*\d+/u, '"version": 42'));
  await writeFile(join(folder, 'deep.clausemark'), `{"format":"clausemark","version":1,"contract":${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
});

afterAll(async () => {
  await host.cleanup();
  await rm(folder, { recursive: true, force: true });
});

describe('hostile input through the app’s open handler', () => {
  it.each(Object.entries(CORPUS))('%s is refused as %s, quickly, and left untouched', async (name, code) => {
    const path = join(folder, name);
    const before = await stat(path);
    host.dialogs.openAnswers.push(path);
    const started = performance.now();
    const outcome = await whole(host, await host.handlers.openFile());
    expect(performance.now() - started).toBeLessThan(5000);
    expect(outcome).toMatchObject({ status: 'failed', error: { code, file: name } });
    const after = await stat(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });

  it('reads text saved in Windows-1252 instead of refusing it', async () => {
    await writeFile(join(folder, 'cp1252.txt'), Buffer.from([...Buffer.from('1 Löschung\n\n1. Gebühr: 5 ', 'latin1'), 0x80, ...Buffer.from(' pro Prüfung.\n', 'latin1')]));
    host.dialogs.openAnswers.push(join(folder, 'cp1252.txt'));
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome.status === 'opened' && outcome.document.review.contract.sections[0]!.clauses[0]!.text).toBe('Gebühr: 5 € pro Prüfung.');
  });
});

describe('hostile input through `clausemark parse`', () => {
  it.each(Object.keys(CORPUS))('%s: exit 1 with one line and no stack trace', (name) => {
    const result = runClausemark(['parse', join(folder, name), '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^clausemark: .*${name.replace('.', '\\.')}`, 'u'));
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  it('keeps its memory bounded on the 300 MB file (refused before reading)', async () => {
    const result = runClausemark(['parse', join(folder, 'huge.txt')]);
    expect(result.stderr).toContain('is too large to open (300 MB)');
    expect((await stat(join(folder, 'huge.txt'))).size).toBe(300 * 1024 * 1024);
  });
});

describe('hostile input through `clausemark export` and `compare`', () => {
  it.each(Object.keys(CORPUS).flatMap((name) => [['export', name] as const, ['compare', name] as const]))(
    '%s %s: exit 1 with one line, within seconds and 400 MB, the existing output byte for byte',
    async (command, name) => {
      const work = await mkdtemp(join(folder, 'run-'));
      try {
        const existing = join(work, 'existing.docx');
        await writeFile(existing, 'the previous round');
        const args = command === 'export' ? ['export', join(folder, name), '--out', existing] : ['compare', 'template', join(folder, name), '--out', existing];
        const result = await runClausemarkMeasured(args, join(work, 'usage.json'));
        expect(result.code, result.stderr).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(new RegExp(`^clausemark: [^\\n]*“${name.replace('.', '\\.')}”[^\\n]*\\n$`, 'u'));
        expect(result.stderr).not.toMatch(/undefined|\n\s+at /u);
        expect(result.cpuMilliseconds).toBeLessThan(3_000);
        expect(result.peakRss).toBeLessThan(400 * 1024 * 1024);
        expect(await readFile(existing, 'utf8')).toBe('the previous round');
        expect((await readdir(work)).filter((entry) => entry !== 'usage.json')).toEqual(['existing.docx']);
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
  );
});
