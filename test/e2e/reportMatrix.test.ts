/**
 * The responsibility matrix of a long annex in the report: on screen a table per block of rows
 * whose columns keep the widths measured once on the header (so a block added lays out only
 * itself), lined up with the header and with every word whole; printed, one table again.
 */
import { expect, it } from 'vitest';
import { largest } from '../../shared/lists/pushAll';
import { describeWithTool } from '../support/tools';
import { CHROMIUM } from './harness';
import { openLongReport } from './longReport';

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'the report of a long annex', () => {
  it('draws the matrix in blocks of fixed columns lined up with its header, words whole, and prints it as one table', async () => {
    const { host, app } = await openLongReport();
    const { page } = app;
    try {
      await page.locator('.report-screen').evaluate((element) => element.scrollTo(0, 0));
      const screen = await page.evaluate(() => {
        const table = document.querySelector<HTMLTableElement>('.report-matrix table')!;
        const lefts = (row: Element) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left));
        const header = lefts(table.querySelector('thead tr')!);
        const bodies = [...table.tBodies];
        const rows = bodies.flatMap((body) => [...body.rows]);
        // The top of the report in sight: the last block is neither laid out nor painted.
        const lastBlockSkipped = !bodies.at(-1)!.rows[0]!.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions);
        // Every block drawn, to hold its columns to the header's.
        for (const body of bodies) body.style.contentVisibility = 'visible';
        return {
          blocks: bodies.length,
          rows: rows.length,
          layouts: [...new Set(rows.map((row) => getComputedStyle(row).tableLayout))],
          cellsInBlocks: bodies.map((body) => body.rows.length * (body.rows[0]?.cells.length ?? 0)),
          lastBlockSkipped,
          misaligned: rows.filter((row) => lefts(row).join() !== header.join()).length,
          // A word wider than its cell would stick out of it.
          overflowing: rows.flatMap((row) => [...row.children]).filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length,
        };
      });
      expect(screen.rows).toBeGreaterThan(20);
      expect(screen.blocks).toBeGreaterThan(1);
      expect(screen.layouts).toEqual(['fixed']);
      expect(largest(screen.cellsInBlocks)).toBeLessThanOrEqual(1600);
      expect(screen.lastBlockSkipped).toBe(true);
      expect(screen.misaligned).toBe(0);
      expect(screen.overflowing).toBe(0);

      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const table = document.querySelector<HTMLTableElement>('.report-matrix table')!;
        return { table: getComputedStyle(table).display, head: getComputedStyle(table.tHead!).display, body: getComputedStyle(table.tBodies[0]!).display };
      });
      expect(printed).toEqual({ table: 'table', head: 'table-header-group', body: 'table-row-group' });
    } finally {
      await app.close();
      await host.cleanup();
    }
  }, 120_000);
});
