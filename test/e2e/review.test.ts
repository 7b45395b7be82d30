import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { testHost } from '../support/handlers';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'a review session in Chromium', () => {
  it('redlines, comments, decides with reasons, saves, quits, reopens and finds everything as it was left', async () => {
    const host = await testHost();
    let app = await launchApp({ host });
    // Every request the page makes in the whole session: only the app's own files may appear.
    const foreign: string[] = [];
    const watch = (current: typeof app) =>
      current.context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(current.url) && !url.startsWith('data:')) foreign.push(url);
      });
    watch(app);
    try {
      const { page } = app;
      await page.getByRole('button', { name: /Open the AVV template/u }).click();
      const outline = page.getByRole('navigation', { name: 'Outline' });
      await outline.getByRole('button', { name: /^11 Sonstige/u }).click();

      // The first edit asks who is reviewing.
      await page.getByRole('listitem', { name: 'Clause 11.1' }).dblclick();
      await page.getByRole('dialog', { name: 'Who is reviewing?' }).getByLabel('Name').fill('Anna Schmidt');
      await page.getByRole('button', { name: 'Continue' }).click();
      const editor = page.getByRole('textbox', { name: 'Text of 11.1' });
      await editor.fill('Es gilt das Recht der Republik Österreich.');
      await editor.press('Control+Enter');

      await page.getByRole('listitem', { name: 'Clause 11.2' }).click();
      await page.getByRole('listitem', { name: 'Clause 11.2' }).press('Enter');
      const second = page.getByRole('textbox', { name: 'Text of 11.2' });
      await second.fill('Die Parteien vereinbaren als Gerichtsstand den Sitz des für Hamburg zuständigen Gerichts.');
      await second.press('Control+Enter');
      await page.getByRole('listitem', { name: 'Clause 11.2' }).getByRole('combobox', { name: 'Review status' }).selectOption('disputed');

      // An internal note and an external comment on 11.1.
      await page.getByRole('listitem', { name: 'Clause 11.1' }).click();
      await page.getByRole('tab', { name: /Notes/u }).click();
      await page.getByLabel('Add comment').fill('Österreichisches Recht nur, wenn der Kunde darauf besteht.');
      await page.getByRole('button', { name: 'Add comment' }).click();
      await page.getByLabel('Add comment').fill('We propose Austrian law.');
      await page.getByRole('radio', { name: /External/u }).check();
      await page.getByRole('button', { name: 'Add comment' }).click();
      await screenshot(page, 'notes');

      // Decide: reject the Hamburg venue, with a reason.
      await page.getByRole('tab', { name: /Changes/u }).click();
      const changes = page.getByRole('region', { name: 'Changes' });
      // A change clicked in the text becomes the current one: the list then says which of the four it is.
      await changes.getByText(/^(4 pending changes|Change \d of 4)$/u).waitFor();
      await page.getByRole('listitem', { name: 'Clause 11.1' }).click();
      await screenshot(page, 'changes');
      const hamburg = changes.getByRole('listitem').filter({ hasText: 'Hamburg' });
      await hamburg.getByRole('button', { name: /Reject/u }).click();
      await changes.getByLabel('Reason (optional)').fill('Gerichtsstand bleibt Bremen');
      await changes.getByLabel('Reason (optional)').press('Enter');
      const bremen = changes.getByRole('listitem').filter({ hasText: 'Bremen' });
      await bremen.getByRole('button', { name: /Reject/u }).click();
      await changes.getByLabel('Reason (optional)').press('Enter');
      // After a decision the next change is the current one.
      await changes.getByText(/^(2 pending changes|Change \d of 2)$/u).waitFor();

      // Save to a real file.
      host.dialogs.saveAnswers.push(join(host.workDir, 'avv-review'));
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText(/Unsaved changes/u).waitFor({ state: 'detached' });
      const saved = JSON.parse(await readFile(join(host.workDir, 'avv-review.clausemark'), 'utf8'));
      expect(saved.format).toBe('clausemark');
      await screenshot(page, 'redline');
    } finally {
      await app.close();
    }

    // Quit and start again on the same data folder: the review is in the recent files.
    app = await launchApp({ host: await testHost({ dataDir: host.dataDir, workDir: host.workDir }) });
    watch(app);
    try {
      const { page } = app;
      await page.getByRole('button', { name: /avv-review\.clausemark/u }).click();
      const outline = page.getByRole('navigation', { name: 'Outline' });
      await outline.getByRole('button', { name: /^11 Sonstige/u }).click();
      const first = page.getByRole('listitem', { name: 'Clause 11.1' });
      expect(await first.locator('del').textContent()).toBe('Bundesrepublik Deutschland');
      expect(await first.locator('ins').textContent()).toBe('Republik Österreich');
      expect(await first.locator('ins').getAttribute('data-tip')).toMatch(/^Inserted by Anna Schmidt, /u);
      const second = page.getByRole('listitem', { name: 'Clause 11.2' });
      expect(await second.textContent()).toContain('den Sitz des für Bremen zuständigen Gerichts.');
      expect(await second.getByRole('combobox', { name: 'Review status' }).inputValue()).toBe('disputed');
      await second.click();
      await page.getByRole('tab', { name: /Notes/u }).click();
      const record = page.locator('.decision-record');
      expect(await record.getByRole('listitem').first().textContent()).toContain('Reason: Gerichtsstand bleibt Bremen');
      await first.click();
      const notes = page.getByRole('region', { name: 'Notes on 11.1' });
      expect(await notes.getByRole('article').count()).toBe(2);
      expect(await notes.getByRole('article').nth(0).textContent()).toContain('Internal');
      expect(await notes.getByRole('article').nth(1).textContent()).toContain('External');
      expect(await page.getByText('1 of 39 clauses reviewed').isVisible()).toBe(true);
      expect(foreign).toEqual([]);
    } finally {
      await app.close();
      await host.cleanup();
    }
  });
});
