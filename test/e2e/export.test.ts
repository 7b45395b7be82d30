import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importDocx } from '../../shared/docx';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'exporting a DOCX from the app in Chromium', () => {
  it('opens the export dialog from the toolbar and writes the redline through the real handler', async () => {
    const app = await launchApp();
    const { page } = app;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.getByRole('button', { name: /Open the AVV template/u }).click();
      await page.getByRole('button', { name: 'Export DOCX…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export as Word document' });
      await dialog.waitFor();
      await dialog.getByRole('checkbox', { name: /Cover page/u }).check();
      await dialog.getByRole('textbox', { name: 'Author in the document properties' }).fill('Anna Berger');
      await screenshot(page, 'export');
      const path = join(app.host.workDir, 'avv.docx');
      app.host.dialogs.saveAnswers.push(path);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await dialog.getByText('Saved as “avv.docx”.').waitFor();
      const back = importDocx(new Uint8Array(await readFile(path)));
      expect(back.ok && [back.contract.sections.length, back.contract.toms.length]).toEqual([11, 67]);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
