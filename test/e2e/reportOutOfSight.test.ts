/**
 * The report of a long contract draws itself a slice at a time; on screen, what is out of
 * sight is neither laid out nor painted (`content-visibility: auto`), so that a slice added
 * does not lay out and paint every section drawn before it. Scrolled to, a section is drawn;
 * printed, every section is.
 */
import { expect, it } from 'vitest';
import { describeWithTool } from '../support/tools';
import { CHROMIUM } from './harness';
import { openLongReport } from './longReport';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'the report of a long contract', () => {
  it('draws on screen only the sections in sight, one scrolled to when it comes into sight, and prints them all', async () => {
    const { host, app } = await openLongReport();
    const { page } = app;
    try {
      const drawn = () =>
        page.evaluate(() => {
          const sections = [...document.querySelectorAll('.report-contract .report-section:not(.report-annex)')];
          // A section out of sight is itself laid out (its height held), what is in it is skipped.
          return sections.map((section) => section.querySelector('h3')!.checkVisibility({ contentVisibilityAuto: true }));
        });
      const atTop = await drawn();
      expect(atTop.length).toBeGreaterThan(30);
      expect(atTop[0]).toBe(true);
      // Out of sight, the last sections of clauses are left out of layout and paint.
      expect(atTop.filter((shown) => !shown).length).toBeGreaterThan(atTop.length / 2);
      expect(atTop.at(-1)).toBe(false);
      // Still there for whoever looks: in the accessibility tree and found by its words.
      expect(await page.getByRole('main', { name: 'Review report' }).getByRole('heading', { name: /^Anlage III/u }).count()).toBe(1);

      await page.locator('.report-contract .report-section:not(.report-annex)').last().scrollIntoViewIfNeeded();
      await expect.poll(async () => (await drawn()).at(-1)).toBe(true);

      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => [...new Set([...document.querySelectorAll('.report-contract .report-section:not(.report-annex)')].map((section) => getComputedStyle(section).contentVisibility))]);
      expect(printed).toEqual(['visible']);
    } finally {
      await app.close();
      await host.cleanup();
    }
  }, 120_000);
});
