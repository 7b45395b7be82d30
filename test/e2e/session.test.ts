/**
 * Nothing sent, in a whole session: the real renderer in Chromium opens the template, edits
 * a clause, comments, compares with a Word document that came back, exports a redline
 * through the real handler and saves. Every request the page makes is recorded, and the
 * host's side (the handlers, in this process) has every way to the network watched by
 * `netSpy.cjs`; the page asks for nothing but the app's own files, and the host opens no
 * socket and looks up no name.
 */
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportDocx, importDocx } from '../../shared/docx';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';
import { providerAnswer } from '../support/negotiation';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp } from './harness';

let folder: string;
let netLog: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'clausemark-session-'));
  netLog = join(folder, 'net.log');
  await writeFile(netLog, '');
  createRequire(import.meta.url)(resolve(import.meta.dirname, '../support/netSpy.cjs'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'a whole session without a single request outside the app', () => {
  it('opens, edits, comments, compares with a DOCX, exports and saves: only the app’s own files are requested, and the host reaches nothing', async () => {
    const app = await launchApp();
    const { page, host } = app;
    // The host's side is watched from here to the end of the session: not the harness's own
    // server (the stand-in for the app's `app://` scheme), which listens on loopback.
    process.env['CLAUSEMARK_NET_LOG'] = netLog;
    const own: string[] = [];
    const foreign: string[] = [];
    app.context.on('request', (request) => {
      const url = request.url();
      (url.startsWith(app.url) || url.startsWith('data:') ? own : foreign).push(`${request.method()} ${url}`);
    });
    // Requests that never reach the network layer (a blocked or aborted one) count as well.
    app.context.on('requestfailed', (request) => {
      if (!request.url().startsWith(app.url)) foreign.push(`failed ${request.url()}`);
    });
    try {
      // The provider's answer, as it comes back by e-mail: a Word document.
      const answer = join(host.workDir, 'Antwort Anbieter.docx');
      const answerContract = providerAnswer(parseContract(readTemplate())).contract;
      await writeFile(answer, await exportDocx({ contract: answerContract }, { mode: 'clean', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: '', now: '2026-11-26T00:00:00.000Z' }));

      // Again from the start, with the recording on: the first load happened inside `launchApp`.
      await page.reload();
      await page.getByRole('button', { name: /Open the AVV template/u }).click();
      const outline = page.getByRole('navigation', { name: 'Outline' });
      await outline.getByRole('button', { name: /^11 Sonstige/u }).click();

      // Edit a clause.
      await page.getByRole('listitem', { name: 'Clause 11.1' }).dblclick();
      await page.getByRole('dialog', { name: 'Who is reviewing?' }).getByLabel('Name').fill('Anna Schmidt');
      await page.getByRole('button', { name: 'Continue' }).click();
      const editor = page.getByRole('textbox', { name: 'Text of 11.1' });
      await editor.fill('Es gilt das Recht der Republik Österreich.');
      await editor.press('Control+Enter');

      // Comment on it.
      await page.getByRole('listitem', { name: 'Clause 11.1' }).click();
      await page.getByRole('tab', { name: /Notes/u }).click();
      await page.getByLabel('Add comment').fill('We propose Austrian law.');
      await page.getByRole('radio', { name: /External/u }).check();
      await page.getByRole('button', { name: 'Add comment' }).click();
      await page.getByRole('region', { name: 'Notes on 11.1' }).getByRole('article').waitFor();

      // Compare with the Word document that came back.
      host.dialogs.openAnswers.push(answer);
      await page.getByRole('button', { name: 'Compare…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Compare' });
      await dialog.getByRole('combobox', { name: 'Old' }).selectOption('current');
      await dialog.getByRole('combobox', { name: 'New' }).selectOption('file');
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      await dialog.getByText('Antwort Anbieter.docx').waitFor();
      await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
      const toolbar = page.getByRole('toolbar', { name: 'Compare' });
      await toolbar.waitFor();
      expect(await page.getByRole('region', { name: 'Summary' }).getByRole('list').first().getByRole('listitem').first().textContent()).toMatch(/responsibility changed/u);
      await page.getByRole('button', { name: 'Close comparison' }).click();
      await toolbar.waitFor({ state: 'detached' });

      // Export the redline through the real handler.
      await page.getByRole('button', { name: 'Export DOCX…' }).click();
      const exportDialog = page.getByRole('dialog', { name: 'Export as Word document' });
      const exported = join(host.workDir, 'avv-redline.docx');
      host.dialogs.saveAnswers.push(exported);
      await exportDialog.getByRole('button', { name: 'Export…' }).click();
      await exportDialog.getByText('Saved as “avv-redline.docx”.').waitFor();
      await exportDialog.getByRole('button', { name: 'Close' }).click();
      const back = importDocx(new Uint8Array(await readFile(exported)));
      expect(back.ok && back.contract.sections.find((section) => section.number === '11')!.clauses[0]!.comments?.[0]?.text).toBe('We propose Austrian law.');

      // Save the review.
      host.dialogs.saveAnswers.push(join(host.workDir, 'avv-review'));
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText(/Unsaved changes/u).waitFor({ state: 'detached' });
    } finally {
      delete process.env['CLAUSEMARK_NET_LOG'];
      await app.close();
    }
    // The page did load its own files (so the recording works), and nothing else.
    expect(own.some((request) => request.endsWith('.js'))).toBe(true);
    expect(foreign).toEqual([]);
    expect(await readFile(netLog, 'utf8')).toBe('');
  });
});
