/**
 * What the command line writes over, and what it prints. A saved review is never replaced
 * by a Word document, and a review it replaces is kept as `.bak`; a failed write says why in
 * words; a contract's control characters never reach the terminal as commands.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/clausemark';
import { exportDocx } from '../../shared/docx';
import { parseContract } from '../../shared/parse/parseContract';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { readTemplate } from '../support/files';

let folder: string;
let review: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-overwrite-'));
  review = serializeReview(newReview(parseContract(readTemplate()), { kind: 'template', name: 'avv-template.txt' }, '2026-12-01T00:00:00.000Z'));
  const docx = await exportDocx({ contract: parseContract(readTemplate()) }, { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2026-12-01T00:00:00.000Z' });
  await writeFile(join(folder, 'answer.docx'), docx);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(args: string[], terminal = true) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: { LANG: 'en_GB.UTF-8' }, scriptDir: folder, terminal });
  return { code, stdout, stderr };
}

describe('a saved review', () => {
  it('is not replaced by a Word document, whether its name or its content says it is a review', async () => {
    const named = join(folder, 'r.clausemark');
    const renamed = join(folder, 'r-copy.docx');
    for (const path of [named, renamed]) await writeFile(path, review);
    for (const path of [named, renamed]) {
      const result = await run(['export', named, '--out', path]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('is a Clausemark review: a Word document is not written over it');
      expect(await readFile(path, 'utf8')).toBe(review);
    }
  });

  it('replaced by an import is kept as .bak', async () => {
    const path = join(folder, 'existing.clausemark');
    await writeFile(path, review);
    const result = await run(['import', join(folder, 'answer.docx'), '--out', path]);
    expect(result.code).toBe(0);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(review);
    expect(await readFile(path, 'utf8')).not.toBe(review);
  });

  it('is written by import only under a review’s name, never over a Word document', async () => {
    const docx = join(folder, 'theirs.docx');
    await writeFile(docx, 'their document');
    const result = await run(['import', join(folder, 'answer.docx'), '--out', docx]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('import writes a review file: name it with .clausemark at the end');
    expect(await readFile(docx, 'utf8')).toBe('their document');
  });
});

describe('a failed write', () => {
  it('says why in words, not as a system code', async () => {
    await writeFile(join(folder, 'a-file'), '');
    await writeFile(join(folder, 'contract.txt'), readTemplate());
    const result = await run(['export', join(folder, 'contract.txt'), '--out', join(folder, 'a-file', 'x.docx')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/“x\.docx” could not be written \(part of its path is a file, not a folder\)/u);
    expect(result.stderr).not.toMatch(/EEXIST|ENOTDIR/u);
  });
});

describe('control characters in a contract', () => {
  const title = 'Vertrag \u001b]0;pwned\u0007\u001b[2J zur Verarbeitung \u009b31m \u202eevil';

  beforeAll(async () => {
    await writeFile(join(folder, 'escapes.txt'), readTemplate().replace(/^.*$/mu, title));
  });

  it('are shown, not obeyed, in plain text: as pictures and escapes', async () => {
    const result = await run(['parse', join(folder, 'escapes.txt')]);
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- what must not be printed
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(result.stdout.split('\n')[0]).toBe('Vertrag ␛]0;pwned␇␛[2J zur Verarbeitung \\u{009b}31m \\u{202e}evil');
  });

  it('are escaped in JSON, which reads back as the same title', async () => {
    const result = await run(['parse', join(folder, 'escapes.txt'), '--json'], false);
    // eslint-disable-next-line no-control-regex -- what must not be printed
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect((JSON.parse(result.stdout) as { title: string }).title).toBe(title);
  });

  it('in a file’s name are shown as pictures in an error', async () => {
    const result = await run(['parse', join(folder, 'no\u001b[2Jsuch.txt')]);
    expect(result.stderr).toContain('“no␛[2Jsuch.txt” was not found');
    expect(existsSync(join(folder, 'no\u001b[2Jsuch.txt'))).toBe(false);
  });
});
