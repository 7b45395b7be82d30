import { expect, it } from 'vitest';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, pageErrors, screenshot } from './harness';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'the app in Chromium with the real handlers', () => {
  it('opens the template, shows §3 beside all of Anlage III with responsibility chips, and screenshots each screen', async () => {
    const app = await launchApp();
    const { page } = app;
    const errors = pageErrors(page);
    try {
      await page.getByRole('button', { name: /Open the AVV template/u }).waitFor();
      await screenshot(page, 'start');
      await page.getByRole('button', { name: /Open the AVV template/u }).click();

      const outline = page.getByRole('navigation', { name: 'Outline' });
      await outline.waitFor();
      expect(await outline.getByRole('button').count()).toBe(15);
      await outline.getByRole('button', { name: /^3 Technisch-organisatorische/u }).click();

      const panel = page.getByRole('complementary', { name: 'Measures' });
      await panel.getByRole('heading', { name: 'Measures for 3.1' }).waitFor();
      expect(await panel.getByText('67 of 67 measures').isVisible()).toBe(true);
      const chips = panel.getByRole('button', { name: /^(Provider|Customer|Shared|Unstated)$/u });
      expect(await chips.count()).toBe(67);

      await screenshot(page, 'workspace');
      // The deciding cue appears on hover and on focus, not before.
      const chip = panel.locator('li', { hasText: 'Die Eingabekontrolle obliegt dem Auftraggeber' }).getByRole('button');
      const tooltip = page.locator(`[id="${await chip.getAttribute('aria-describedby')}"]`);
      expect(await tooltip.isVisible()).toBe(false);
      await chip.focus();
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toBe('Read from “obliegt dem Auftraggeber”');
      await screenshot(page, 'responsibility-cue');

      await outline.getByRole('button', { name: /^Anlage III/u }).click();
      await page.getByRole('main', { name: 'Contract' }).getByText(/^Der Kunden-Zugang \(SSH\)/u).click();
      await panel.getByRole('heading', { name: 'Reading, sentence by sentence' }).waitFor();
      await screenshot(page, 'tom-annex');

      await outline.getByRole('button', { name: /^Parties/u }).click();
      await page.getByText('TrafficPlex GmbH').waitFor();
      await screenshot(page, 'parties');
      expect(errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('keeps the page under its Content-Security-Policy: no inline script runs', async () => {
    const app = await launchApp();
    try {
      const blocked = await app.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.head.append(script);
        return !(window as unknown as { __injected?: boolean }).__injected;
      });
      expect(blocked).toBe(true);
    } finally {
      await app.close();
    }
  });
});
