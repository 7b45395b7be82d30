import { expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
const overlaps = (first: Box, second: Box) => first.x < second.x + second.width && second.x < first.x + first.width && first.y < second.y + second.height && second.y < first.y + first.height;

/** Each line box of an inline element (a change that wraps has several). */
function lineBoxes(element: Locator): Promise<Box[]> {
  return element.evaluate((node) => [...node.getClientRects()].filter((rect) => rect.width > 0).map(({ x, y, width, height }) => ({ x, y, width, height })));
}

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'tooltips beside what they explain', () => {
  it('shows who made a change, and which words decided a responsibility, inside the pane and never over those words', async () => {
    const app = await launchApp();
    try {
      const { page, host } = app;
      await host.handlers.setPreferences({ author: { name: 'Anna Schmidt', initials: 'AS', color: '#0460a5' } });
      await page.reload();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('button', { name: /Open the AVV template/u }).click();
      const outline = page.getByRole('navigation', { name: 'Outline' });

      // An insertion that runs to the pane's right edge and over the line.
      await outline.getByRole('button', { name: /^11 Sonstige/u }).click();
      await page.getByRole('listitem', { name: 'Clause 11.1' }).dblclick();
      const editor = page.getByRole('textbox', { name: 'Text of 11.1' });
      await editor.fill(`${await editor.inputValue()} Gerichtsstand ist Berlin; Erfüllungsort ist der Sitz des Auftragnehmers.`);
      await editor.press('Control+Enter');
      const change = page.locator('.reader ins.change').first();
      await change.waitFor();
      const pane = (await page.locator('.reader').boundingBox())!;
      const lines = await lineBoxes(change);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of [lines[0]!, lines[lines.length - 1]!]) {
        // Hovered near the line's right end, where a tooltip drawn from the change's start ran out of the pane.
        await page.mouse.move(line.x + line.width - 4, line.y + line.height / 2);
        const tip = page.getByRole('tooltip').filter({ hasText: /^Inserted by Anna Schmidt, / });
        await tip.waitFor();
        const box = (await tip.boundingBox())!;
        expect(inside(box, pane), 'inside the reader').toBe(true);
        expect(lines.some((other) => overlaps(box, other)), 'over the inserted words').toBe(false);
      }
      await screenshot(page, 'markup-tooltip');
      // From the keyboard too, and read out with the change.
      await page.mouse.move(0, 0);
      await change.focus();
      const described = await change.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/^Inserted by Anna Schmidt, /u);

      // The cue of a measure's responsibility, beside the chip, not over the measure's words.
      await outline.getByRole('button', { name: /^3 Technisch-organisatorische/u }).click();
      const panel = page.getByRole('complementary', { name: 'Measures' });
      await page.getByRole('tab', { name: /Measures/u }).click();
      await panel.getByRole('heading', { name: 'Measures for 3.1' }).waitFor();
      const measure = panel.locator('li.tom', { hasText: 'Die Eingabekontrolle obliegt dem Auftraggeber' });
      const chip = measure.getByRole('button');
      await chip.scrollIntoViewIfNeeded();
      await chip.focus();
      const cue = page.locator(`[id="${await chip.getAttribute('aria-describedby')}"]`);
      await expect.poll(() => cue.isVisible()).toBe(true);
      const cueBox = (await cue.boundingBox())!;
      expect(overlaps(cueBox, (await measure.locator('.tom-text').boundingBox())!), 'over the measure’s words').toBe(false);
      expect(inside(cueBox, (await page.locator('.right-pane').boundingBox())!), 'inside the right pane').toBe(true);
      await screenshot(page, 'cue-tooltip');
    } finally {
      await app.close();
    }
  });
});
