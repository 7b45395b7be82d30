import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';
import { largeContract, negotiated } from '../bench/generate';
import { providerAnswer } from '../support/negotiation';
import { describeWithTool } from '../support/tools';
import { testHost } from '../support/handlers';
import { hueDistance, hueOf, rgbOf } from '../../shared/review/color';
import { CHROMIUM, launchApp, screenshot } from './harness';

/** A computed colour (`rgb(4, 96, 165)`, or `color(srgb 0.6 0.7 0.8)` from a `color-mix`) as `#0460a5`. */
function hexOfCss(color: string): string {
  const channels = color.match(/[\d.]+/gu)!.slice(0, 3).map(Number);
  const scale = color.startsWith('color(') ? 255 : 1;
  return `#${channels.map((channel) => Math.round(channel * scale).toString(16).padStart(2, '0')).join('')}`;
}

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'versions and comparison in Chromium', () => {
  it('saves and opens versions, compares with the provider’s answer inline and side by side, and adopts it as tracked changes', async () => {
    const app = await launchApp();
    try {
      const { page, host } = app;
      const answer = join(host.workDir, 'provider-answer.txt');
      await writeFile(answer, providerAnswer(parseContract(readTemplate())).text);
      await page.getByRole('button', { name: /Open the AVV template/u }).click();

      // A version of the template as it came, then our markup, then a version of that.
      await page.getByRole('button', { name: 'Versions', exact: true }).click();
      const versions = page.getByRole('dialog', { name: 'Versions' });
      await versions.getByLabel('Name of the new version').fill('Provider template 2018-06-09');
      await versions.getByRole('button', { name: 'Save version' }).click();
      await page.getByRole('dialog', { name: 'Who is reviewing?' }).getByLabel('Name').fill('Anna Schmidt');
      await page.getByRole('button', { name: 'Continue' }).click();
      await versions.getByRole('listitem').filter({ hasText: 'Provider template 2018-06-09' }).waitFor();
      await versions.getByRole('button', { name: 'Close' }).click();

      const outline = page.getByRole('navigation', { name: 'Outline' });
      await outline.getByRole('button', { name: /^11 Sonstige/u }).click();
      await page.getByRole('listitem', { name: 'Clause 11.1' }).dblclick();
      await page.getByRole('textbox', { name: 'Text of 11.1' }).fill('Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts.');
      await page.getByRole('textbox', { name: 'Text of 11.1' }).press('Control+Enter');
      await page.getByRole('button', { name: /^Versions/u }).click();
      await versions.getByLabel('Name of the new version').fill('Our markup 1');
      await versions.getByRole('button', { name: 'Save version' }).click();
      await versions.getByRole('listitem').filter({ hasText: 'Our markup 1' }).waitFor();
      expect(await versions.getByRole('listitem').count()).toBe(2);
      await screenshot(page, 'versions');

      // The first version, read only.
      await versions.getByRole('listitem').filter({ hasText: 'Provider template' }).getByRole('button', { name: 'Open' }).click();
      const readOnly = page.getByRole('main', { name: /Version “Provider template 2018-06-09”/u });
      await readOnly.waitFor();
      expect(await readOnly.getByRole('listitem', { name: 'Clause 11.1' }).textContent()).toContain('Es gilt das Recht der Bundesrepublik Deutschland.');
      expect(await readOnly.locator('textarea, [contenteditable]').count()).toBe(0);
      await screenshot(page, 'version-read-only');
      await page.getByRole('button', { name: 'Back to the review' }).click();

      // The provider's answer, compared with the review as it is now.
      host.dialogs.openAnswers.push(answer);
      await page.getByRole('button', { name: 'Compare…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Compare' });
      await dialog.getByRole('combobox', { name: 'Old' }).selectOption('current');
      await dialog.getByRole('combobox', { name: 'New' }).selectOption('file');
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      await dialog.getByText('provider-answer.txt').waitFor();
      await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
      const toolbar = page.getByRole('toolbar', { name: 'Compare' });
      await toolbar.waitFor();
      const counts = await page.getByRole('region', { name: 'Summary' }).getByRole('list').first().getByRole('listitem').allTextContents();
      expect(counts).toEqual(['2 responsibility changed', '2 changed', '2 added', '1 removed', '1 moved', '100 unchanged']);
      await screenshot(page, 'compare-inline');

      // Next change goes to the first responsibility change and shows it.
      await toolbar.getByRole('button', { name: /Next change/u }).click();
      const current = page.locator('.compare-row[aria-current="true"]');
      expect(await current.textContent()).toMatch(/Responsibility changed.*Pseudonymisierung/u);
      await toolbar.getByRole('button', { name: /Next change/u }).click();
      await toolbar.getByRole('button', { name: /Next change/u }).click();
      await toolbar.getByText('Change 3 of 8').waitFor();
      expect(await current.isVisible()).toBe(true);

      // The heat bar has a mark per change; a mark leads to its change.
      const marks = page.getByRole('navigation', { name: 'Where the changes are' }).getByRole('button');
      expect(await marks.count()).toBe(8);
      await marks.last().click();
      await toolbar.getByText('Change 8 of 8').waitFor();
      // Scrolled there a frame after it became the current change.
      await expect
        .poll(async () => {
          const box = await current.boundingBox();
          const view = await page.locator('.compare-scroll').boundingBox();
          return box!.y >= view!.y - 1 && box!.y < view!.y + view!.height;
        })
        .toBe(true);

      // Side by side: old left, new right, each clause beside its counterpart, scrolling together.
      await toolbar.getByRole('button', { name: 'Side by side' }).click();
      await toolbar.getByRole('button', { name: /Previous change/u }).click();
      const row = page.locator('.compare-row-clause.is-change').filter({ hasText: '24 Stunden' });
      await row.scrollIntoViewIfNeeded();
      const [left, right] = [await row.locator('.compare-old').boundingBox(), await row.locator('.compare-new').boundingBox()];
      expect(Math.abs(left!.y - right!.y)).toBeLessThan(1);
      expect(left!.x + left!.width).toBeLessThan(right!.x);
      await page.locator('.compare-scroll').evaluate((element) => element.scrollBy(0, 300));
      const [leftAfter, rightAfter] = [await row.locator('.compare-old').boundingBox(), await row.locator('.compare-new').boundingBox()];
      expect(leftAfter!.y).toBeCloseTo(left!.y - 300, 0);
      expect(rightAfter!.y).toBeCloseTo(leftAfter!.y, 0);
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, 'compare-side-by-side');

      // Only the responsibility changes.
      await toolbar.getByLabel('Show').selectOption('responsibility');
      expect(await page.locator('.compare-row.is-change').count()).toBe(2);
      await toolbar.getByLabel('Show').selectOption('all');

      // Adopt as tracked changes of the provider.
      await toolbar.getByRole('button', { name: 'Adopt as tracked changes…' }).click();
      const adopt = page.getByRole('dialog', { name: 'Adopt as tracked changes' });
      // A name that once took a blue next to the reviewer's default blue.
      await adopt.getByLabel('Author of their untracked edits and decisions').fill('TrafficPlex');
      await adopt.getByRole('button', { name: 'Adopt' }).click();
      const changes = page.getByRole('region', { name: 'Changes' });
      await changes.waitFor();
      await changes.getByText(/pending changes$/u).waitFor();
      expect(await changes.getByRole('listitem').filter({ hasText: 'TrafficPlex' }).count()).toBe(await changes.getByRole('listitem').count());
      // The provider's new §2 comes in, so the sections after it take the provider's numbers.
      await outline.getByRole('button', { name: /^2 Begriffsbestimmungen/u }).waitFor();
      await outline.getByRole('button', { name: /^12 Sonstige/u }).click();
      await screenshot(page, 'adopted');

      // Our own edit beside theirs: two authors in two hues far apart, in either theme (not two blues).
      const clause = page.getByRole('listitem', { name: 'Clause 12.1' });
      await clause.dblclick();
      const editor = page.getByRole('textbox', { name: 'Text of 12.1' });
      await editor.fill(`${await editor.inputValue()} Gerichtsstand ist Berlin.`);
      await editor.press('Control+Enter');
      const ours = page.locator('main .change[data-tip*="Anna Schmidt"]').first();
      const theirs = page.locator('main .change[data-tip*="TrafficPlex"]').first();
      await ours.waitFor();
      await theirs.waitFor();
      const hueOfText = async (change: typeof ours) => hueOf(rgbOf(hexOfCss(await change.evaluate((element) => getComputedStyle(element).color))));
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(hueDistance(await hueOfText(ours), await hueOfText(theirs)), colorScheme).toBeGreaterThanOrEqual(90);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await clause.scrollIntoViewIfNeeded();
      await screenshot(page, 'two-authors');
    } finally {
      await app.close();
    }
  });

  it('renders a long comparison only near the screen, and still reaches every change by next, previous and the heat bar', async () => {
    const host = await testHost();
    const ours = join(host.workDir, 'framework.txt');
    const theirs = join(host.workDir, 'framework-answer.txt');
    const text = largeContract(readTemplate(), 300);
    await writeFile(ours, text);
    await writeFile(theirs, negotiated(text, 0.3));
    host.dialogs.openAnswers.push(theirs);
    const app = await launchApp({ host, startupFile: ours });
    try {
      const { page } = app;
      await page.getByRole('navigation', { name: 'Outline' }).waitFor();
      await page.getByRole('button', { name: 'Compare…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Compare' });
      await dialog.getByRole('button', { name: 'Choose file…' }).click();
      await dialog.getByText('framework-answer.txt').waitFor();
      await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
      const toolbar = page.getByRole('toolbar', { name: 'Compare' });
      await toolbar.waitFor();
      const total = Number(/([\d,]+) changes/u.exec((await toolbar.locator('[aria-live]').textContent()) ?? '')![1]!.replace(',', ''));
      expect(total).toBeGreaterThan(300);
      // Compared in the page's worker (its script allowed by the app's policy), not in the window.
      expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(/compareWorker-[\w-]+\.js$/u)]);
      // Only the rows near the screen are in the page.
      expect(await page.locator('.compare-row').count()).toBeLessThan(100);

      const current = page.locator('.compare-row[aria-current="true"]');
      await toolbar.getByRole('button', { name: /Previous change/u }).click();
      // From the first change backwards: the last one, far below, drawn, shown and focused.
      await expect.poll(async () => /Change ([\d,]+) of \1$/u.test((await toolbar.locator('[aria-live]').textContent()) ?? '')).toBe(true);
      await expect.poll(async () => (await current.count()) === 1 && (await current.evaluate((row) => row === document.activeElement || row.contains(document.activeElement)))).toBe(true);
      const inView = () =>
        current.evaluate((row) => {
          const pane = row.closest('.compare-scroll')!.getBoundingClientRect();
          const box = row.getBoundingClientRect();
          return box.bottom > pane.top && box.top < pane.bottom;
        });
      expect(await inView()).toBe(true);

      // A mark in the middle of the heat bar goes to its change.
      const marks = page.getByRole('navigation', { name: 'Where the changes are' }).getByRole('button');
      const middle = Math.floor((await marks.count()) / 2);
      const label = (await marks.nth(middle).getAttribute('aria-label'))!;
      // Hundreds of marks lie close together: this one is reached by the keyboard.
      await marks.nth(middle).press('Enter');
      // Its label names the place (`Changed: 21.2`, and how many more changes lie there): that row is now the current one, drawn and in view.
      const place = /: (\S+)/u.exec(label)![1]!;
      await expect.poll(async () => (await current.count()) === 1 && ((await current.textContent()) ?? '').includes(place)).toBe(true);
      await expect.poll(() => inView()).toBe(true);
      await screenshot(page, 'compare-long');
    } finally {
      await app.close();
      await host.cleanup();
    }
  });
});
