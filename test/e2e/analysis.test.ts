import { expect, it } from 'vitest';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, pageErrors, screenshot } from './harness';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'the responsibility matrix and the Art. 28 checklist in Chromium', () => {
  it('shows the matrix, a cell’s measures, an override with its reason, "Who does what" and the checklist, and screenshots each', async () => {
    const app = await launchApp();
    const { page } = app;
    const errors = pageErrors(page);
    try {
      await page.getByRole('button', { name: /Open the AVV template/u }).click();
      const views = page.getByRole('navigation', { name: 'View' });
      await views.waitFor();

      await views.getByRole('button', { name: 'Responsibility matrix' }).click();
      const matrix = page.getByRole('main', { name: 'Responsibility matrix' });
      await matrix.getByRole('table').waitFor();
      expect(await matrix.getByRole('row').count()).toBe(1 + 11);
      const cell = matrix.getByRole('button', { name: /^Vertraulichkeit: Zugangskontrolle, Webhosting:.*— 6 measures/u });
      await cell.click();
      expect(await cell.getAttribute('aria-pressed')).toBe('true');
      await matrix.getByRole('heading', { name: 'Vertraulichkeit: Zugangskontrolle · Webhosting' }).waitFor();
      const obligations = page.getByRole('complementary', { name: 'Who does what' });
      await obligations.getByRole('heading', { name: 'Our obligations under this contract' }).waitFor();
      await screenshot(page, 'matrix');

      // The reviewer overrides a measure's responsibility; the app asks their name once.
      await matrix.getByRole('button', { name: /^Der Kunden-Zugang \(SSH\)/u }).click();
      await matrix.getByRole('button', { name: 'Change responsibility…' }).click();
      const form = matrix.getByRole('form', { name: 'Set the responsibility' });
      await form.getByRole('radio', { name: /Customer/u }).check();
      await form.getByRole('textbox', { name: 'Reason' }).fill('The customer manages the SSH keys and their logs (service description § 4).');
      await form.getByRole('textbox', { name: 'Your name' }).fill('Dana Richter');
      await screenshot(page, 'override-form');
      await form.getByRole('button', { name: 'Save' }).click();
      await matrix.getByText(/Set by Dana Richter on .*: The customer manages the SSH keys/u).waitFor();
      expect(await cell.textContent()).toMatch(/provider 2, customer 2, shared 2/u);
      expect((await app.host.handlers.getPreferences()).author).toMatchObject({ name: 'Dana Richter', initials: 'DR' });
      await screenshot(page, 'override');

      await views.getByRole('button', { name: 'Art. 28 checklist' }).click();
      const checklist = page.getByRole('main', { name: 'Art. 28 checklist' });
      await checklist.getByRole('group', { name: 'Score' }).waitFor();
      expect(await checklist.locator('li.checklist-item').count()).toBe(20);
      await screenshot(page, 'checklist');

      // A clause reference leads into the contract, to that clause.
      await checklist.locator('li[data-item-id="art28-3-h"]').getByRole('button', { name: 'Go to 7.4' }).click();
      const clause = page.getByRole('main', { name: 'Contract' }).getByRole('listitem', { name: 'Clause 7.4' });
      await clause.waitFor();
      expect(await clause.getAttribute('aria-current')).toBe('true');
      await page.getByRole('complementary', { name: 'Measures' }).getByRole('heading', { name: 'Who this clause obliges' }).waitFor();
      await screenshot(page, 'clause-duty');
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('shows the checklist in German', async () => {
    const app = await launchApp({ language: 'de' });
    const { page } = app;
    try {
      await page.getByRole('combobox', { name: /Language|Sprache/u }).selectOption('de');
      await page.getByRole('button', { name: /AVV-Vorlage öffnen/u }).click();
      await page.getByRole('navigation', { name: 'Ansicht' }).getByRole('button', { name: 'Art.-28-Checkliste' }).click();
      const checklist = page.getByRole('main', { name: 'Art.-28-Checkliste' });
      await checklist.getByRole('heading', { name: 'Checkliste nach Art. 28 DS-GVO' }).waitFor();
      // The check runs in slices after the view opens: wait for its result.
      await checklist.getByText('Kostenpflichtig gemacht in 7.4: „Vergütungsanspruch“.').waitFor();
      await screenshot(page, 'checklist-de');
    } finally {
      await app.close();
    }
  });
});
