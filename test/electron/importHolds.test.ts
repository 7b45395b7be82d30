/**
 * What the DOCX reader accepts, a review file can hold: `clausemark import` of documents with
 * values at or past what a review once allowed (an author's name of 10,001 characters, a date
 * that is no date, a revision id of 300 characters, more than 10,000 comments on one clause,
 * 130,000 paragraphs) writes a review that opens again, instead of printing a schema's dump as
 * "could not be written".
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/clausemark';
import { readDocument } from '../../electron/handlers/readDocument';
import { docxPackage } from '../support/docxPackage';
import { manyParagraphs } from '../support/hostileDocx';

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-import-holds-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const paragraph = (text: string, inner = '') => `<w:p>${inner}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const SECTIONS = [paragraph('1. Gegenstand'), paragraph('1.1 Der Auftragnehmer verarbeitet die Daten.'), paragraph('2. Pflichten')].join('');

async function imported(name: string, bytes: Uint8Array) {
  const input = join(folder, `${name}.docx`);
  const out = join(folder, `${name}.clausemark`);
  await writeFile(input, bytes);
  let stderr = '';
  const code = await runCli(['import', input, '--out', out], { stdout: () => undefined, stderr: (text) => (stderr += text), env: { LANG: 'en_GB.UTF-8' }, scriptDir: folder });
  return { code, stderr, reopened: await readDocument(out) };
}

const insertion = (attributes: string) => paragraph('2.1 Der Auftraggeber prüft.', '') + `<w:p><w:ins ${attributes}><w:r><w:t>2.2 Neu eingefügt.</w:t></w:r></w:ins></w:p>`;

describe('an imported DOCX', () => {
  it.each([
    ['an author of 10,001 characters', () => docxPackage({ body: SECTIONS + insertion(`w:id="1" w:author="${'A'.repeat(10_001)}" w:date="2026-01-02T03:04:05Z"`) })],
    ['a date of 65 characters that is no date', () => docxPackage({ body: SECTIONS + insertion(`w:id="1" w:author="Jens" w:date="${'9'.repeat(65)}"`) })],
    ['a revision id of 300 characters', () => docxPackage({ body: SECTIONS + insertion(`w:id="${'7'.repeat(300)}" w:author="Jens" w:date="2026-01-02T03:04:05Z"`) })],
    [
      '10,001 comments on one clause',
      () =>
        docxPackage({
        body: SECTIONS + `<w:p><w:r><w:t>2.1 Kommentiert.</w:t></w:r>${Array.from({ length: 10_001 }, (_, i) => `<w:r><w:commentReference w:id="${i}"/></w:r>`).join('')}</w:p>`,
        comments: Array.from({ length: 10_001 }, (_, i) => `<w:comment w:id="${i}" w:author="Jens" w:date="2026-01-02T03:04:05Z"><w:p><w:r><w:t>Note ${i}</w:t></w:r></w:p></w:comment>`).join(''),
        }),
    ],
    ['130,000 paragraphs', manyParagraphs],
  ] as const)('with %s is written as a review that opens again', async (name, make) => {
    const result = await imported(name.replace(/\W+/gu, '-'), make());
    expect(result.stderr).not.toMatch(/could not be written|too_big|invalid_/u);
    expect(result.code).toBe(0);
    expect(result.reopened.status).toBe('opened');
  }, 120_000);
});
