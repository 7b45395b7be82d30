import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

/**
 * What does not fit at 1280 px: a title that shows fewer than its first 40 characters, and any
 * control of a title bar or toolbar that wraps its words, sits on a second row or off the screen.
 */
function crowding(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const title = document.querySelector<HTMLElement>('.doc-title h1')!;
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(title).font;
    const wanted = context.measureText((title.textContent ?? '').slice(0, 40)).width;
    const cut = title.scrollWidth > title.clientWidth ? context.measureText('…').width : 0;
    if (title.clientWidth - cut < wanted - 0.5) problems.push(`title shows ${Math.round(title.clientWidth - cut)} px of the ${Math.round(wanted)} px its first 40 characters need`);

    const lines = (element: Element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top).sort((a, b) => a - b);
      return tops.filter((top, index) => index === 0 || top - tops[index - 1]! > 8).length;
    };
    for (const bar of document.querySelectorAll<HTMLElement>('header.topbar, [role="toolbar"]')) {
      const name = bar.getAttribute('aria-label') ?? bar.className;
      const controls = [...bar.querySelectorAll<HTMLElement>('button, select, [role="status"], .progress')].filter((element) => element.getClientRects().length > 0 && !element.closest('[hidden]'));
      const boxes = controls.map((element) => ({ element, box: element.getBoundingClientRect() }));
      // A toolbar laid out in rows by design (the comparison's) is checked row by row.
      const rows = new Map<Element, DOMRect[]>();
      for (const { element, box } of boxes) {
        const row = element.closest('.compare-bar') ?? bar;
        rows.set(row, [...(rows.get(row) ?? []), box]);
      }
      for (const row of rows.values()) {
        if (Math.max(...row.map((box) => box.top)) >= Math.min(...row.map((box) => box.bottom))) problems.push(`${name}: its controls sit on more than one row`);
      }
      for (const { element, box } of boxes) {
        const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
        if (box.right > window.innerWidth + 0.5 || box.left < -0.5) problems.push(`${name}: “${label}” is off the screen`);
        if (element.matches('button') && lines(element) > 1) problems.push(`${name}: “${label}” wraps onto ${lines(element)} lines`);
      }
    }
    return problems;
  });
}

const WORDS = {
  en: { template: /Open the AVV template/u, versions: 'Versions', name: 'Name of the new version', save: 'Save version', who: 'Who is reviewing?', go: 'Continue', compare: 'Compare with current', matrix: 'Responsibility matrix', checklist: 'Art. 28 checklist' },
  de: { template: /AVV-Vorlage öffnen/u, versions: 'Versionen', name: 'Name der neuen Version', save: 'Version speichern', who: 'Wer prüft?', go: 'Weiter', compare: 'Mit aktueller vergleichen', matrix: 'Verantwortungsmatrix', checklist: 'Art.-28-Checkliste' },
} as const;

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'room for the title at 1280 px', () => {
  for (const language of ['en', 'de'] as const) {
    it(`keeps the title readable and every toolbar on one line, in every view (${language})`, async () => {
      const words = WORDS[language];
      const app = await launchApp({ language });
      try {
        const { page } = app;
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByRole('button', { name: words.template }).click();
        // A version saved: the Versions button carries its count.
        await page.getByRole('button', { name: words.versions, exact: true }).click();
        const versions = page.getByRole('dialog', { name: words.versions });
        await versions.getByLabel(words.name).fill('Vorlage 2018');
        await versions.getByRole('button', { name: words.save }).click();
        const who = page.getByRole('dialog', { name: words.who });
        await who.getByLabel('Name').fill('Anna Schmidt');
        await who.getByRole('button', { name: words.go }).click();
        await versions.getByRole('listitem').filter({ hasText: 'Vorlage 2018' }).waitFor();
        await page.keyboard.press('Escape');
        await versions.waitFor({ state: 'hidden' });
        // Unsaved, so the toolbar says so too.
        expect(await crowding(page)).toEqual([]);

        for (const view of [words.matrix, words.checklist] as const) {
          await page.getByRole('button', { name: view }).click();
          await page.getByRole('main', { name: view }).waitFor();
          expect(await crowding(page), view).toEqual([]);
        }
        await screenshot(page, `checklist-1280-${language}`);

        await page.getByRole('button', { name: words.versions, exact: false }).first().click();
        await versions.getByRole('listitem').filter({ hasText: 'Vorlage 2018' }).getByRole('button', { name: words.compare }).click();
        await page.locator('.compare-scroll').waitFor();
        await screenshot(page, `compare-1280-${language}`);
        expect(await crowding(page), 'compare').toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});
