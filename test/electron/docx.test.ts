import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../electron/handlers/createHandlers';
import { importDocx } from '../../shared/docx';
import { errorMessage } from '../../shared/host/errorMessage';
import type { Contract } from '../../shared/contract/model';
import { MESSAGES, translator } from '../../shared/i18n';
import { parseContract } from '../../shared/parse/parseContract';
import { parseReviewFile } from '../../shared/review/reviewFile';
import { runClausemark } from '../support/cli';
import { coverLines } from '../support/coverPage';
import { docxPackage, p } from '../support/docxPackage';
import { readTemplate } from '../support/files';
import { testHost, type TestHost, whole } from '../support/handlers';
import { withoutOrigins } from '../support/theirDocument';
import { negotiatedTemplate, withoutIds, withoutInternalNotes } from '../support/negotiated';
import type { ExportRequest } from '../../shared/documents/exportDocument';
import { contractInParts } from '../../shared/contract/parts';
import { newReview } from '../../shared/review/newReview';

let host: TestHost;
beforeEach(async () => {
  host = await testHost();
});
afterEach(async () => {
  await host.cleanup();
});

const request = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({
  contract: negotiatedTemplate(),
  choices: { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: 'Anna Berger', title: '' },
  suggestedName: 'AVV Muster GmbH',
  ...overrides,
});

describe('exporting from the app', () => {
  it('asks where to save with the native dialog and writes a DOCX that reads back as the contract', async () => {
    const chosen = join(host.workDir, 'Runde 2');
    host.dialogs.saveAnswers.push(chosen);
    const outcome = await host.handlers.exportDocx(request());
    expect(outcome).toMatchObject({ status: 'saved', name: 'Runde 2.docx' });
    expect(host.dialogs.saveRequests).toEqual([{ title: 'Save the contract as a Word document', defaultName: 'AVV Muster GmbH.docx', extensions: ['docx'] }]);
    const back = importDocx(new Uint8Array(await readFile(`${chosen}.docx`)));
    if (!back.ok) throw new Error('import failed');
    expect(back.contract.sections.flatMap((section) => section.clauses).filter((clause) => clause.segments || clause.change)).toHaveLength(6);
  });

  it('proposes only a file name, never a path the page made up', async () => {
    host.dialogs.saveAnswers.push(null);
    await host.handlers.exportDocx(request({ suggestedName: '../../etc/AVV: "final"' }));
    expect(host.dialogs.saveRequests[0]!.defaultName).toBe('.. .. etc AVV final.docx');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    host.dialogs.saveAnswers.push(null);
    expect(await host.handlers.exportDocx(request())).toEqual({ status: 'cancelled' });
    expect(await readdir(host.workDir)).toEqual([]);
  });

  it('replaces an existing file only by a complete new one, and leaves it when writing fails', async () => {
    const target = join(host.workDir, 'avv.docx');
    await writeFile(target, 'the previous round');
    host.dialogs.saveAnswers.push(target);
    expect(await host.handlers.exportDocx(request())).toMatchObject({ status: 'saved' });
    expect(importDocx(new Uint8Array(await readFile(target))).ok).toBe(true);

    const folder = join(host.workDir, 'taken.docx');
    await mkdir(folder);
    host.dialogs.saveAnswers.push(folder);
    const failed = await host.handlers.exportDocx(request());
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'write-failed', file: 'taken.docx' } });
    expect((await readdir(host.workDir)).sort()).toEqual(['avv.docx', 'taken.docx']);
  });

  it('takes the contract in parts sent before the request, and writes the document the whole request writes', async () => {
    const { head, parts } = contractInParts(negotiatedTemplate(), 20);
    expect(parts.length).toBeGreaterThan(2);
    const documentOf = async (file: string) => strFromU8(unzipSync(new Uint8Array(await readFile(join(host.workDir, file))))['word/document.xml']!);
    host.dialogs.saveAnswers.push(join(host.workDir, 'whole.docx'), join(host.workDir, 'parts.docx'));
    expect(await host.handlers.exportDocx(request())).toMatchObject({ status: 'saved' });
    // Sent out of order, as the window never does, to show that the index places each part.
    for (const index of [...parts.keys()].reverse()) await host.handlers.sendContractPart(7, index, parts[index]!);
    expect(await host.handlers.exportDocx(request({ contract: head, parts: { sending: 7, count: parts.length } }))).toMatchObject({ status: 'saved' });
    expect(await documentOf('parts.docx')).toBe(await documentOf('whole.docx'));
  });

  it('refuses an export whose parts did not all come, or came for another sending, and writes nothing', async () => {
    const { head, parts } = contractInParts(negotiatedTemplate(), 20);
    const named = { contract: head, parts: { sending: 3, count: parts.length } };
    for (const [index, part] of parts.entries()) if (index !== 1) await host.handlers.sendContractPart(3, index, part);
    await expect(host.handlers.exportDocx(request(named))).rejects.toBeInstanceOf(InvalidRequestError);
    for (const [index, part] of parts.entries()) await host.handlers.sendContractPart(4, index, part);
    await expect(host.handlers.exportDocx(request(named))).rejects.toBeInstanceOf(InvalidRequestError);
    // Taken once: the parts of an export that went out are not there for the next request.
    for (const [index, part] of parts.entries()) await host.handlers.sendContractPart(3, index, part);
    host.dialogs.saveAnswers.push(null);
    await host.handlers.exportDocx(request(named));
    await expect(host.handlers.exportDocx(request(named))).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(host.handlers.sendContractPart(3, 0, { sections: [{ id: 'x' }] } as never)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await readdir(host.workDir)).toEqual([]);
  });

  it('keeps the parts of an autosave and an export that cross apart, and autosaves nothing whose parts did not all come', async () => {
    const contract = negotiatedTemplate();
    const review = newReview(contract, { kind: 'text', name: 'avv.txt' }, '2026-12-06T20:00:00.000Z');
    const { head, parts } = contractInParts(contract, 20);
    // An autosave's parts (sending 5) half sent when an export's (sending 6) begin, and the rest after them.
    const half = Math.ceil(parts.length / 2);
    for (const [index, part] of parts.slice(0, half).entries()) await host.handlers.sendContractPart(5, index, part);
    for (const [index, part] of parts.entries()) await host.handlers.sendContractPart(6, index, part);
    for (const [index, part] of parts.entries()) if (index >= half) await host.handlers.sendContractPart(5, index, part);
    host.dialogs.saveAnswers.push(join(host.workDir, 'whole.docx'), join(host.workDir, 'parts.docx'));
    expect(await host.handlers.exportDocx(request())).toMatchObject({ status: 'saved' });
    expect(await host.handlers.exportDocx(request({ contract: head, parts: { sending: 6, count: parts.length } }))).toMatchObject({ status: 'saved' });
    const documentOf = async (file: string) => strFromU8(unzipSync(new Uint8Array(await readFile(join(host.workDir, file))))['word/document.xml']!);
    expect(await documentOf('parts.docx')).toBe(await documentOf('whole.docx'));
    await host.handlers.autosave({ ...review, contract: head }, { sending: 5, count: parts.length });
    const recovered = await whole(host, await host.handlers.recover());
    expect(recovered.status === 'opened' && recovered.document.review).toEqual(review);

    await host.handlers.discardRecovery();
    for (const [index, part] of parts.entries()) if (index !== 1) await host.handlers.sendContractPart(8, index, part);
    await expect(host.handlers.autosave({ ...review, contract: head }, { sending: 8, count: parts.length })).rejects.toBeInstanceOf(InvalidRequestError);
    // Parts of a sending the autosave does not name (the export's, taken already) make no autosave either.
    await expect(host.handlers.autosave({ ...review, contract: head }, { sending: 6, count: parts.length })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await host.handlers.checkRecovery()).toBeNull();
  });

  it('saves a review whose contract came in parts as the whole review, and saves nothing when a part is missing', async () => {
    const review = newReview(negotiatedTemplate(), { kind: 'text', name: 'avv.txt' }, '2026-12-06T20:00:00.000Z');
    const { head, parts } = contractInParts(review.contract, 20);
    for (const [index, part] of parts.entries()) await host.handlers.sendContractPart(9, index, part);
    host.dialogs.saveAnswers.push(join(host.workDir, 'parts'));
    expect(await host.handlers.saveReviewAs({ ...review, contract: head }, { sending: 9, count: parts.length })).toMatchObject({ status: 'saved' });
    const saved = parseReviewFile(await readFile(join(host.workDir, 'parts.clausemark'), 'utf8'));
    expect(saved.ok && saved.review).toEqual(review);
    for (const [index, part] of parts.entries()) if (index !== 0) await host.handlers.sendContractPart(10, index, part);
    await expect(host.handlers.saveReview({ ...review, contract: head }, { sending: 10, count: parts.length })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await readdir(host.workDir)).toEqual(['parts.clausemark']);
  });

  it('refuses a request that does not fit the schema', async () => {
    const broken = { ...request(), choices: { ...request().choices, mode: 'everything' } };
    await expect(host.handlers.exportDocx(broken as unknown as ExportRequest)).rejects.toBeInstanceOf(InvalidRequestError);
    const french = { ...request(), choices: { ...request().choices, language: 'fr' } };
    await expect(host.handlers.exportDocx(french as unknown as ExportRequest)).rejects.toBeInstanceOf(InvalidRequestError);
    const unknownItem = { ...request(), checklist: { items: [{ id: 'art99', status: 'covered' }] } };
    await expect(host.handlers.exportDocx(unknownItem as unknown as ExportRequest)).rejects.toBeInstanceOf(InvalidRequestError);
    expect(host.dialogs.saveRequests).toEqual([]);
  });
});

describe('opening a DOCX', () => {
  it('opens it from the dialog like any contract', async () => {
    const path = join(host.workDir, 'avv.docx');
    host.dialogs.saveAnswers.push(path);
    await host.handlers.exportDocx(request());
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome).toMatchObject({ status: 'opened', document: { kind: 'docx', name: 'avv.docx', path } });
    if (outcome.status !== 'opened') return;
    expect(withoutOrigins(withoutIds(outcome.document.review.contract))).toEqual(withoutIds(withoutInternalNotes(negotiatedTemplate())));
    expect(outcome.document.warnings).toBeUndefined();
  });

  it('names what is wrong with a broken one, and where', async () => {
    const path = join(host.workDir, 'kaputt.docx');
    await writeFile(path, docxPackage({ body: '', documentXml: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>' }));
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'invalid-docx', file: 'kaputt.docx', reason: 'xml', part: 'word/document.xml' } });
    if (outcome.status !== 'failed') return;
    expect(errorMessage(outcome.error, translator('en'))).toMatch(/^“kaputt\.docx” cannot be read as a Word document: a part is not well-formed XML \(in word\/document\.xml\): .+\.$/u);
    expect(errorMessage(outcome.error, translator('de'))).toMatch(/^„kaputt\.docx“ lässt sich nicht als Word-Dokument lesen: Ein Teil ist kein wohlgeformtes XML \(in word\/document\.xml\)/u);
  });

  it('refuses one beyond the DOCX size limit before reading it', async () => {
    const path = join(host.workDir, 'riesig.docx');
    await writeFile(path, '');
    await truncate(path, 51 * 1024 * 1024);
    host.dialogs.openAnswers.push(path);
    const outcome = await whole(host, await host.handlers.openFile());
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'too-large', limit: 50 * 1024 * 1024 } });
    if (outcome.status === 'failed') expect(errorMessage(outcome.error, translator('en'))).toContain('up to 50 MB');
  });
});

describe('clausemark export and import', () => {
  it('exports the template and imports it back as a review with the same contract', async () => {
    const docx = join(host.workDir, 'avv.docx');
    const review = join(host.workDir, 'avv.clausemark');
    const exported = runClausemark(['export', 'template', '--out', docx, '--tom-table', '--cover', '--author', 'Anna Berger']);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^Wrote “avv\.docx” \(\d+ KB\)\.\n$/u);
    const imported = runClausemark(['import', docx, '--out', review]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe('Wrote “avv.clausemark”: 11 sections, 67 measures, 0 pending changes, 0 comments.\n');
    const parsed = parseReviewFile(await readFile(review, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    // The review keeps the Word document it came from, to export into it (`source.package`).
    expect(parsed.review.source).toMatchObject({ kind: 'docx', name: 'avv.docx', package: { bytes: (await readFile(docx)).length } });
    expect(withoutOrigins(parsed.review.contract)).toEqual(parseContract(readTemplate(), { fileName: 'avv.docx' }));
  });

  it('exports a review file as a redline, and as a clean copy', async () => {
    const source = join(host.workDir, 'source.docx');
    host.dialogs.saveAnswers.push(source);
    await host.handlers.exportDocx(request());
    const review = join(host.workDir, 'runde2.clausemark');
    expect(runClausemark(['import', source, '--out', review]).code).toBe(0);
    const redline = join(host.workDir, 'redline.docx');
    const clean = join(host.workDir, 'clean.docx');
    expect(runClausemark(['export', review, '--out', redline]).code).toBe(0);
    expect(runClausemark(['export', review, '--out', clean, '--clean']).code).toBe(0);
    const again = importDocx(new Uint8Array(await readFile(redline)));
    const plain = importDocx(new Uint8Array(await readFile(clean)));
    if (!again.ok || !plain.ok) throw new Error('import failed');
    expect(withoutIds(again.contract)).toEqual(withoutIds(importDocxOrThrow(await readFile(source))));
    expect(plain.contract.sections.flatMap((section) => section.clauses).some((clause) => clause.segments || clause.change || clause.comments)).toBe(false);
  });

  it('shows tracked changes and comments with parse --json', async () => {
    const source = join(host.workDir, 'negotiated.docx');
    host.dialogs.saveAnswers.push(source);
    await host.handlers.exportDocx(request());
    const result = runClausemark(['parse', source, '--json']);
    expect(result.code).toBe(0);
    const contract = JSON.parse(result.stdout);
    const clause = contract.sections[0].clauses[1];
    expect(clause.segments.filter((segment: { kind: string }) => segment.kind !== 'equal')).toEqual([
      expect.objectContaining({ kind: 'delete', text: 'gleichzeitig', author: 'Anna Berger' }),
      expect.objectContaining({ kind: 'insert', text: 'automatisch', author: 'Anna Berger' }),
    ]);
    expect(clause.comments[0]).toMatchObject({ author: 'Anna Berger', text: 'Beendigung soll ohne Kündigung wirken.', anchor: { quote: 'automatisch' } });
  });

  it('keeps a tracked change in a heading with its author, and has nothing to report lost', async () => {
    const path = join(host.workDir, 'heading.docx');
    await writeFile(
      path,
      docxPackage({
        styles: '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>',
        body:
          p('<w:r><w:t xml:space="preserve">1 </w:t></w:r><w:ins w:id="1" w:author="Eva" w:date="2025-05-01T10:00:00Z"><w:r><w:t>Neuer </w:t></w:r></w:ins><w:r><w:t>Gegenstand</w:t></w:r>', '<w:pStyle w:val="Heading1"/>') +
          p('1. Text.') +
          p('2 Schluss', '<w:pStyle w:val="Heading1"/>') +
          p('1. Ende.'),
      }),
    );
    const result = runClausemark(['import', path, '--out', join(host.workDir, 'heading.clausemark')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const review = JSON.parse(await readFile(join(host.workDir, 'heading.clausemark'), 'utf8')) as { contract: Contract };
    const passage = review.contract.sections[0]!.clauses[0]!;
    expect(passage).toMatchObject({ passage: 'heading', text: '1 Neuer Gegenstand' });
    expect(passage.segments).toContainEqual(expect.objectContaining({ kind: 'insert', text: 'Neuer ', author: 'Eva', date: '2025-05-01T10:00:00.000Z' }));
  });

  it('leaves an existing output file untouched when a run fails', async () => {
    const out = join(host.workDir, 'keep.clausemark');
    await writeFile(out, 'the previous review');
    const broken = join(host.workDir, 'broken.docx');
    await writeFile(broken, 'not a zip');
    const imported = runClausemark(['import', broken, '--out', out]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toBe('clausemark: “broken.docx” cannot be read as a Word document: it is not a Word document (no zip archive).\n');
    const docx = join(host.workDir, 'keep.docx');
    await writeFile(docx, 'the previous export');
    expect(runClausemark(['export', join(host.workDir, 'missing.txt'), '--out', docx]).code).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('the previous review');
    expect(await readFile(docx, 'utf8')).toBe('the previous export');
    expect((await readdir(host.workDir)).sort()).toEqual(['broken.docx', 'keep.clausemark', 'keep.docx']);
  });

  it('writes the words of its own in the contract’s language, or in the one --language names', async () => {
    const cover = (name: string, args: readonly string[]) => {
      const out = join(host.workDir, name);
      expect(runClausemark(['export', 'template', '--out', out, '--cover', '--tom-table', ...args])).toMatchObject({ code: 0, stderr: '' });
      return readFile(out).then((bytes) => strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!));
    };
    const german = await cover('de.docx', []);
    expect(coverLines(german)).toContain(MESSAGES.de.docx.cover.title);
    expect(german).toContain(`>${MESSAGES.de.docx.table.responsibility}<`);
    const english = await cover('en.docx', ['--language', 'en']);
    expect(coverLines(english)).toContain(MESSAGES.en.docx.cover.title);
    expect(english).toContain(`>${MESSAGES.en.docx.table.responsibility}<`);
    expect(english).not.toContain(`>${MESSAGES.de.docx.table.responsibility}<`);
    expect(runClausemark(['export', 'template', '--out', join(host.workDir, 'fr.docx'), '--language', 'fr'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('The option “--language” takes one of: de, en.'),
    });
  });

  it('wants --out and a .docx to import', () => {
    expect(runClausemark(['export', 'template'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Name the file to write with --out.') });
    expect(runClausemark(['import', 'contract.txt', '--out', 'x.clausemark'])).toMatchObject({ code: 1, stderr: 'clausemark: import reads Word documents (.docx); “contract.txt” is none.\n' });
  });
});

function importDocxOrThrow(bytes: Uint8Array) {
  const result = importDocx(new Uint8Array(bytes));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.contract;
}
