import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
/**
 * A negotiation of thousands of changes: the Changes list draws only those near the screen
 * (all of them held the window for seconds), still reaches every one, and accepts them all.
 */
import { expect, it } from 'vitest';
import { parseContract } from '../../shared/parse/parseContract';
import { listChanges } from '../../shared/redline/changes';
import { editText } from '../../shared/review/operations';
import { newReview, serializeReview } from '../../shared/review/reviewFile';
import { readTemplate } from '../support/files';
import { testHost } from '../support/handlers';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp } from './harness';

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

/** The template with every third word of every clause replaced: a change apart for each, some two thousand in all. */
function heavilyEdited() {
  const template = parseContract(readTemplate());
  let review = newReview(template, { kind: 'template', name: 'avv-template.txt' }, '2026-12-01T09:00:00.000Z');
  let id = 0;
  let words = 0;
  const ben = { author: 'Ben Krüger', now: '2026-12-02T09:00:00.000Z', newId: () => `b${++id}` };
  for (const section of template.sections) {
    for (const clause of section.clauses) review = editText(review, { kind: 'clause', id: clause.id }, clause.text.replace(/\p{L}+/gu, (word) => (++words % 3 === 0 ? `${word}e` : word)), ben);
  }
  return review;
}

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'a long list of changes', () => {
  it('draws only the changes near the screen, reaches the last one, and accepts them all', async () => {
    const host = await testHost();
    await host.handlers.setPreferences({ author: ANNA });
    const review = heavilyEdited();
    const total = listChanges(review.contract).length;
    expect(total).toBeGreaterThan(1000);
    const file = join(host.workDir, 'many.clausemark');
    await writeFile(file, serializeReview(review));
    const app = await launchApp({ host, startupFile: file });
    const { page } = app;
    try {
      await page.getByRole('tab', { name: /Changes/u }).click();
      const list = page.getByRole('region', { name: 'Changes' });
      await list.getByText(`${total.toLocaleString('en-GB')} pending changes`).waitFor();
      const drawn = await list.locator('.change-entry').count();
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(100);

      // The pane scrolls to the end: the last change is drawn there.
      const last = listChanges(review.contract).at(-1)!;
      await list.evaluate((element) => {
        for (let node: Element | null = element; node; node = node.parentElement) node.scrollTop = node.scrollHeight;
      });
      await expect.poll(() => list.getByText(last.text.trim()).first().isVisible()).toBe(true);

      await list.getByRole('button', { name: /Accept all shown/u }).click();
      await page.keyboard.press('Enter');
      await list.getByText('No pending changes.').waitFor({ timeout: 20_000 });
    } finally {
      await app.close();
      await host.cleanup();
    }
  });
});
