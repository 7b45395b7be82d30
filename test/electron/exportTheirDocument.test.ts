/**
 * `clausemark export` of a review that came from a Word document writes into that document;
 * a review whose kept document is damaged gets a message in words, and the file already
 * at the output path stays as it was.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/clausemark';
import { writeDocx } from '../../electron/handlers/exportDocx';
import { parseReviewFile, serializeReview } from '../../shared/review/reviewFile';
import { partsOf, redlined, THEIR_FILE } from '../support/theirDocument';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-their-document-'));
  await copyFile(THEIR_FILE, join(folder, 'their.docx'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(args: string[], language = 'en_GB.UTF-8') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: { LANG: language }, scriptDir: folder, terminal: false });
  return { code, stdout, stderr };
}

describe('export of a review of their Word document', () => {
  it('gives back their document part for part when the review changed nothing', async () => {
    const review = join(folder, 'their.clausemark');
    expect((await run(['import', join(folder, 'their.docx'), '--out', review])).code).toBe(0);
    const out = join(folder, 'back.docx');
    const result = await run(['export', review, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const original = partsOf(await readFile(THEIR_FILE));
    const back = partsOf(await readFile(out));
    expect([...back.keys()]).toEqual([...original.keys()]);
    for (const [name, data] of original) expect(Buffer.compare(Buffer.from(back.get(name)!), Buffer.from(data)), name).toBe(0);
  });

  it('refuses a review whose kept document is damaged, in words, and leaves the file at the output as it was', async () => {
    const review = redlined();
    const data = review.source.package!.data;
    // Still base64 of the same length: only the checksum tells.
    const damaged = { ...review, source: { ...review.source, package: { ...review.source.package!, data: `${data.slice(0, 500)}${data[500] === 'Q' ? 'R' : 'Q'}${data.slice(501)}` } } };
    const path = join(folder, 'damaged.clausemark');
    const text = serializeReview(damaged);
    expect(parseReviewFile(text).ok).toBe(true);
    await writeFile(path, text);
    const out = join(folder, 'existing.docx');
    await writeFile(out, 'the answer we sent last week');
    const english = await run(['export', path, '--out', out]);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('The Word document this review came from, “va-solicitation-by-word.docx”, is damaged inside the review file');
    const german = await run(['export', path, '--out', out], 'de_DE.UTF-8');
    expect(german.code).toBe(1);
    expect(german.stderr).toContain('ist in der Prüfungsdatei beschädigt');
    expect(await readFile(out, 'utf8')).toBe('the answer we sent last week');

    const outcome = await writeDocx(out, { contract: damaged.contract, choices: { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Dana Vogt', title: '' }, theirDocument: { name: 'va-solicitation-by-word.docx', package: damaged.source.package! } }, '2026-12-02T12:00:00.000Z');
    expect(outcome).toEqual({ status: 'failed', error: { code: 'source-damaged', file: 'va-solicitation-by-word.docx' } });
    expect(await readFile(out, 'utf8')).toBe('the answer we sent last week');
  });
});
