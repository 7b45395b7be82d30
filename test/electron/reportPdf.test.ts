/**
 * Saving the review report as a PDF: the host call with a stand-in for the window's
 * `printToPDF` (the Chromium end-to-end test prints for real). The path comes from the save
 * dialog only, and a file on disk is replaced by a complete PDF or not at all.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, InvalidRequestError } from '../../electron/handlers/createHandlers';
import { testHost, type TestHost } from '../support/handlers';

const PDF = new TextEncoder().encode('%PDF-1.7\n% a report\n%%EOF\n');

let host: TestHost;
let prints: number;
beforeEach(async () => {
  host = await testHost();
  prints = 0;
  host.setPrinter(async () => {
    prints++;
    return PDF;
  });
});
afterEach(async () => {
  await host.cleanup();
});

describe('saving the review report as PDF', () => {
  it('asks where with a safe name and a PDF filter, prints after the choice, and adds .pdf', async () => {
    host.dialogs.saveAnswers.push(join(host.workDir, 'report'));
    const outcome = await host.handlers.exportReportPdf({ suggestedName: 'AVV: Muster/GmbH – review report' });
    expect(outcome).toEqual({ status: 'saved', name: 'report.pdf', bytes: PDF.length });
    expect(host.dialogs.saveRequests).toEqual([{ title: 'Save the review report as PDF', defaultName: 'AVV Muster GmbH – review report.pdf', extensions: ['pdf'] }]);
    expect(await readFile(join(host.workDir, 'report.pdf'))).toEqual(Buffer.from(PDF));
    expect(prints).toBe(1);
  });

  it('prints nothing and writes nothing when the dialog is cancelled', async () => {
    expect(await host.handlers.exportReportPdf({ suggestedName: 'report' })).toEqual({ status: 'cancelled' });
    expect(prints).toBe(0);
  });

  it('leaves an existing file as it was when printing fails or gives no PDF', async () => {
    const path = join(host.workDir, 'report.pdf');
    await writeFile(path, 'the earlier report');
    host.setPrinter(async () => {
      throw new Error('render process gone');
    });
    host.dialogs.saveAnswers.push(path);
    expect(await host.handlers.exportReportPdf({ suggestedName: 'report' })).toEqual({ status: 'failed', error: { code: 'print-failed', detail: 'render process gone' } });
    host.setPrinter(async () => new TextEncoder().encode('<html>not a pdf</html>'));
    host.dialogs.saveAnswers.push(path);
    expect(await host.handlers.exportReportPdf({ suggestedName: 'report' })).toMatchObject({ status: 'failed', error: { code: 'print-failed' } });
    expect(await readFile(path, 'utf8')).toBe('the earlier report');
  });

  it('says the file could not be written, and names it, when the place is not writable', async () => {
    const folder = join(host.workDir, 'report.pdf');
    await mkdir(folder);
    host.dialogs.saveAnswers.push(folder);
    expect(await host.handlers.exportReportPdf({ suggestedName: 'report' })).toMatchObject({ status: 'failed', error: { code: 'write-failed', file: 'report.pdf' } });
  });

  it('refuses a request that is not a report request, and a host without a page to print', async () => {
    const call = (...args: unknown[]) => (host.handlers.exportReportPdf as (...input: unknown[]) => Promise<unknown>)(...args);
    await expect(call({ suggestedName: '' })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call({ suggestedName: 'report', path: '/etc/passwd' })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(call()).rejects.toBeInstanceOf(InvalidRequestError);
    const pageless = createHandlers({ dialogs: host.dialogs, userDataDir: host.dataDir, assetsDir: host.workDir, dialogText: () => ({ openTitle: '', contracts: '', saveTitle: '', reviews: '', exportTitle: '', wordDocument: '', reportTitle: '', pdfDocument: '' }) });
    host.dialogs.saveAnswers.push(join(host.workDir, 'never.pdf'));
    expect(await pageless.exportReportPdf({ suggestedName: 'report' })).toMatchObject({ status: 'failed', error: { code: 'print-failed' } });
    expect(host.dialogs.saveAnswers).toHaveLength(1);
  });
});
