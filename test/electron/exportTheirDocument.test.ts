/**
 * `clausemark export` of a review that came from a Word document writes into that document;
 * a review whose kept document is damaged gets a message in words, and the file already
 * at the output path stays as it was.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/clausemark';
import { writeDocx } from '../../electron/handlers/exportDocx';
import type { Clause } from '../../shared/contract/model';
import { listChanges } from '../../shared/redline/changes';
import type { Review } from '../../shared/review/model';
import { editText } from '../../shared/review/operations';
import { parseReviewFile, serializeReview } from '../../shared/review/reviewFile';
import { sourcePackageBytes } from '../../shared/docx/sourcePackage';
import { pandocSpans, pandocText } from '../support/readers';
import { ANSWER, answerOnTheirDocument } from '../support/theirAnswer';
import { DPO, paragraphsOf, partsOf, redlined, text, THEIR_FILE } from '../support/theirDocument';
import { JENS } from '../support/wordAnswer';

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

describe('round two on the document they sent back', () => {
  /** Round one sent (our redline of their file), their Word answer to it, and round two merged from the answer by `clausemark merge`. */
  async function roundTwo(): Promise<{ answer: Uint8Array; merged: Review; mergedPath: string }> {
    const round1 = join(folder, 'round1.clausemark');
    await writeFile(round1, serializeReview(redlined()));
    const sent = join(folder, 'round1.docx');
    expect((await run(['export', round1, '--out', sent, '--author', DPO])).code).toBe(0);
    const answer = answerOnTheirDocument(await readFile(sent));
    await writeFile(join(folder, 'answer.docx'), answer);
    const mergedPath = join(folder, 'round2.clausemark');
    const merged = await run(['merge', round1, join(folder, 'answer.docx'), '--out', mergedPath]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    const parsed = parseReviewFile(await readFile(mergedPath, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    return { answer, merged: parsed.review, mergedPath };
  }

  const clauses = (review: Review): Clause[] => review.contract.sections.flatMap((section) => section.clauses);
  /** Round two's new change of ours: a word in a paragraph they left alone. */
  const NEXT = { clause: 'The VASNHS service lines are listed below', word: 'listed', replacement: 'named' };

  it('keeps their answer as the review’s document, and writes round two into it: their parts and untouched paragraphs byte for byte, their changes once, ours added', async () => {
    const { answer, merged, mergedPath } = await roundTwo();
    expect(merged.source.name).toBe('answer.docx');
    expect(Buffer.compare(Buffer.from(sourcePackageBytes(merged.source.package!)!), Buffer.from(answer))).toBe(0);
    // The review shows what they did: their tracked sentence and their untracked edits as their pending changes.
    const theirs = listChanges(merged.contract).filter((change) => change.author === JENS.author);
    expect(theirs.map((change) => [change.kind, change.text.trim()])).toEqual(
      expect.arrayContaining([
        ['insert', ANSWER.tracked.trim()],
        ['insert', 'and the Chief Nurse'],
        ['delete', 'Safety'],
      ]),
    );

    const target = clauses(merged).find((clause) => clause.text.startsWith(NEXT.clause))!;
    const next = editText(merged, { kind: 'clause', id: target.id }, target.text.replace(NEXT.word, NEXT.replacement), { author: DPO, now: '2026-12-03T09:00:00.000Z', newId: () => 'round2-1' });
    await writeFile(mergedPath, serializeReview(next));
    const out = join(folder, 'round2.docx');
    const exported = await run(['export', mergedPath, '--out', out, '--author', DPO]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);

    const before = partsOf(answer);
    const after = partsOf(await readFile(out));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before) if (name !== 'word/document.xml') expect(Buffer.compare(Buffer.from(after.get(name)!), Buffer.from(data)), name).toBe(0);
    expect(text(after.get('word/footer2.xml'))).toContain(ANSWER.footer.to);
    const body = { before: paragraphsOf(text(before.get('word/document.xml'))), after: paragraphsOf(text(after.get('word/document.xml'))) };
    expect(body.after.paragraphs).toHaveLength(body.before.paragraphs.length);
    expect(body.after.between).toBe(body.before.between);
    const differing = body.after.paragraphs.flatMap((paragraph, index) => (paragraph === body.before.paragraphs[index] ? [] : [paragraph]));
    expect(differing).toHaveLength(1);
    expect(differing[0]).toContain(`<w:delText xml:space="preserve">${NEXT.word}</w:delText>`);

    const spans = pandocSpans(out);
    const said = (author: string) => spans.filter((span) => span.author === author).map((span) => [span.kind, span.text.trim()]);
    expect(said(JENS.author)).toEqual([
      ['comment-start', ANSWER.comment],
      ['insertion', ANSWER.tracked.trim()],
    ]);
    expect(said(DPO)).toEqual([
      ['comment-start', 'Please name the site of each clinic.'],
      ['deletion', NEXT.word],
      ['insertion', NEXT.replacement],
    ]);
    expect(spans.find((span) => span.kind === 'insertion' && span.author === JENS.author)!.date).toBe(JENS.date);
  });

  it('keeps the review’s own document when their answer is text: there is no document of theirs to send back', async () => {
    const round1 = join(folder, 'text-round1.clausemark');
    const review = redlined();
    await writeFile(round1, serializeReview(review));
    const answer = join(folder, 'answer.txt');
    await writeFile(answer, pandocText(THEIR_FILE, 'accept').replace(ANSWER.deleted.from, ANSWER.deleted.to));
    const out = join(folder, 'text-round2.clausemark');
    const merged = await run(['merge', round1, answer, '--out', out, '--author', JENS.author]);
    expect(merged.code).toBe(0);
    const parsed = parseReviewFile(await readFile(out, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.review.source).toEqual(review.source);
  });

  it('leaves the review and an existing output as they were when their Word answer is broken inside', async () => {
    const round1 = join(folder, 'broken-round1.clausemark');
    const review = serializeReview(redlined());
    await writeFile(round1, review);
    const files = unzipSync(await readFile(THEIR_FILE));
    const document = files['word/document.xml']!;
    const broken = join(folder, 'broken-answer.docx');
    await writeFile(broken, zipSync({ ...files, 'word/document.xml': document.slice(0, document.length >> 1) }));
    const out = join(folder, 'kept-round2.clausemark');
    await writeFile(out, 'round two as merged yesterday');
    const merged = await run(['merge', round1, broken, '--out', out]);
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/^clausemark: .*broken-answer\.docx/u);
    expect(await readFile(out, 'utf8')).toBe('round two as merged yesterday');
    expect(await readFile(round1, 'utf8')).toBe(review);
  });
});
