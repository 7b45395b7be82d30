import { expect, it } from 'vitest';
import { testHost } from '../support/handlers';
import { describeWithTool } from '../support/tools';
import { seriousViolations } from './axe';
import { CHROMIUM, launchApp } from './harness';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation on any screen (${scheme})`, async () => {
      const host = await testHost();
      await host.handlers.setPreferences({ author: { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' } });
      const app = await launchApp({ host });
      const { page } = app;
      await page.emulateMedia({ colorScheme: scheme });
      const found: Record<string, unknown> = {};
      const check = async (screen: string) => {
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[screen] = violations;
      };
      try {
        await page.getByRole('button', { name: /Open the AVV template/u }).waitFor();
        await check('start');
        await page.getByRole('button', { name: /Open the AVV template/u }).click();
        const outline = page.getByRole('navigation', { name: 'Outline' });
        await outline.getByRole('button', { name: /^3 Technisch/u }).click();
        await check('workspace: section with measures');
        await page.getByRole('listitem', { name: 'Clause 3.1' }).dblclick();
        await page.getByRole('textbox', { name: 'Text of 3.1' }).fill('Der Auftragnehmer dokumentiert die Maßnahmen.');
        await page.getByRole('textbox', { name: 'Text of 3.1' }).press('Control+Enter');
        await check('workspace: markup');
        await page.getByRole('tab', { name: /Changes/u }).click();
        await check('changes');
        await page.getByRole('tab', { name: /Notes/u }).click();
        await page.getByLabel('Add comment').fill('Zu knapp.');
        await page.getByRole('button', { name: 'Add comment' }).click();
        await check('notes');
        await outline.getByRole('button', { name: /^Anlage III/u }).click();
        await page.getByRole('main', { name: 'Contract' }).getByText(/^Der Kunden-Zugang \(SSH\)/u).click();
        await page.getByRole('tab', { name: /Measures/u }).click();
        await check('TOM annex');
        await page.getByRole('main', { name: 'Contract' }).getByText(/^Die Zugriffskontrolle liegt/u).dblclick();
        const editor = page.getByRole('main', { name: 'Contract' }).getByRole('textbox');
        await editor.fill('Die Zugriffskontrolle liegt in der Verantwortung des Auftragnehmers.');
        await editor.press('Control+Enter');
        await page.getByRole('tab', { name: /Changes/u }).click();
        await page.getByText('Responsibility changed').first().waitFor();
        await check('changes: a measure handed to the other party');
        await outline.getByRole('button', { name: /^Parties/u }).click();
        await check('parties');
        await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Responsibility matrix' }).click();
        await page.getByRole('main', { name: 'Responsibility matrix' }).waitFor();
        await check('responsibility matrix');
        await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Art. 28 checklist' }).click();
        await check('checklist');
        await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Contract' }).click();
        await page.getByRole('button', { name: /Reviewer:/u }).click();
        await page.getByRole('dialog').waitFor();
        await check('identity dialog');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await page.keyboard.press('?');
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
        await check('keyboard shortcuts');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'More' }).click();
        await check('more');
        await page.getByRole('button', { name: 'Report…' }).click();
        await page.locator('main.report[aria-busy="false"]').waitFor();
        await check('review report');
      } finally {
        await app.close();
        await host.cleanup();
      }
      expect(found).toEqual({});
    });
  }
});
