import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { importDocx } from '../../shared/docx';
import { testHost } from '../support/handlers';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

const NOTE = 'Nur intern: Mandant akzeptiert notfalls auch ohne Zustimmungsvorbehalt.';
const EXTERNAL = 'Bitte die Vergütung für Kontrollen streichen.';

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

  it('keeps an internal note out of the DOCX after an external comment on another clause, typed and sent from the keyboard', async () => {
    const host = await testHost();
    await host.handlers.setPreferences({ author: { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' } });
    const app = await launchApp({ host });
    const { page } = app;
    const keys = page.keyboard;
    try {
      await page.getByRole('button', { name: /Open the AVV template/u }).click();
      await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^7 Kontrollrechte/u }).click();
      await page.getByRole('listitem', { name: 'Clause 7.4' }).click();

      // An external comment on 7.4: the comment field, the text, Tab to the choice, → to External, back, Ctrl+Enter.
      await keys.press('Control+Shift+M');
      const field = page.getByRole('textbox', { name: 'Add comment' });
      await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
      await keys.type(EXTERNAL);
      await keys.press('Tab');
      await keys.press('ArrowRight');
      expect(await page.getByRole('radio', { name: /External/u }).isChecked()).toBe(true);
      await keys.press('Shift+Tab');
      await keys.press('Control+Enter');
      await page.getByRole('region', { name: 'Notes on 7.4' }).getByRole('article').waitFor();

      // ↓ to 7.5, and a note typed there and sent with Ctrl+Enter: internal, as nobody chose otherwise.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Clause 7.4');
      await keys.press('ArrowDown');
      await page.getByRole('region', { name: 'Notes on 7.5' }).waitFor();
      await keys.press('Control+Shift+M');
      await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
      await keys.type(NOTE);
      await keys.press('Control+Enter');
      const note = page.getByRole('region', { name: 'Notes on 7.5' }).getByRole('article');
      await note.waitFor();
      expect(await note.getAttribute('class')).toContain('comment-internal');

      // The export says what goes before it writes: one comment, with its clause; the note stays out.
      await keys.press('Control+E');
      const dialog = page.getByRole('dialog', { name: 'Export as Word document' });
      await dialog.waitFor();
      expect(await dialog.locator('.export-summary').textContent()).toBe('0 pending changes, 1 comment for the counterparty');
      await dialog.getByText('Review the comment that goes to the counterparty').click();
      const [going, staying] = await dialog.getByRole('list').all();
      expect(await going!.getByRole('listitem').allTextContents()).toEqual([`7.4 ${EXTERNAL} — Anna Schmidt`]);
      expect(await staying!.getByRole('listitem').allTextContents()).toEqual([`7.5Internal ${NOTE} — Anna Schmidt`]);
      await dialog.getByRole('checkbox', { name: /Cover page/u }).check();
      await screenshot(page, 'export');
      const path = join(host.workDir, 'avv-redline.docx');
      host.dialogs.saveAnswers.push(path);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await dialog.getByText('Saved as “avv-redline.docx”.').waitFor();
      const comments = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/comments.xml']!);
      expect(comments).toContain(EXTERNAL);
      expect(comments).not.toContain('Zustimmungsvorbehalt');
    } finally {
      await app.close();
      await host.cleanup();
    }
  });
});
