/**
 * Headers keep their words whole in a real layout: the responsibility matrix and the
 * report's matrix at 1280 px, in English and German. A word is cut where the boxes of
 * its letters (`Range.getClientRects`) sit on more than one line. This Chromium has no
 * hyphenation dictionaries (as Electron on Linux and Windows has none), so any such cut
 * would be one without a hyphen, "Kundenme|nü" or "Telehous|e".
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

/** The words of the cells `selector` finds whose letters run over two lines; a word may break after its hyphen. */
async function cutWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((cells) => {
    const cut: string[] = [];
    for (const cell of document.querySelectorAll(cells)) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const word of node.textContent!.matchAll(/[^\s\-–]+[-–]?/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)));
          if (lines.size > 1) cut.push(word[0]);
        }
      }
    }
    return cut;
  }, selector);
}

const LABELS = {
  en: { open: /Open the AVV template/u, matrix: 'Responsibility matrix', more: 'More', report: 'Report…', reportView: 'Review report' },
  de: { open: /AVV-Vorlage öffnen/u, matrix: 'Verantwortungsmatrix', more: 'Mehr', report: 'Bericht …', reportView: 'Prüfbericht' },
} as const;

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'words in the headers of the matrices', () => {
  it.each(['en', 'de'] as const)('are never cut in the matrix or the report (%s)', async (language) => {
    const labels = LABELS[language];
    const app = await launchApp({ language });
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('button', { name: labels.open }).click();
      await page.getByRole('navigation').getByRole('button', { name: labels.matrix, exact: true }).click();
      const matrix = page.getByRole('main', { name: labels.matrix });
      await matrix.getByRole('table').waitFor();
      expect(await matrix.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Kundenmenü', 'Webhosting', 'Telehouse Frankfurt, Main (Rechenzentrum)']));
      expect(await cutWords(page, 'table.matrix th')).toEqual([]);
      await screenshot(page, `matrix-words-${language}`);

      await page.getByRole('button', { name: labels.more }).click();
      await page.getByRole('button', { name: labels.report }).click();
      await page.locator('main.report[aria-busy="false"]').waitFor();
      const part = page.getByRole('main', { name: labels.reportView }).locator('.report-matrix');
      await part.getByRole('heading', { level: 2 }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      const table = part.getByRole('table');
      expect(await cutWords(page, '.report-matrix th')).toEqual([]);
      // Whole words and still within the page.
      expect(await table.evaluate((element) => element.getBoundingClientRect().width <= element.parentElement!.clientWidth)).toBe(true);
      await screenshot(page, `report-matrix-words-${language}`);
    } finally {
      await app.close();
    }
  });
});
