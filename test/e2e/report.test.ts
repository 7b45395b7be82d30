/**
 * The review report as a PDF, made the way the app makes it: Chromium prints the page (here
 * through Playwright's `page.pdf`, in the app through Electron's `printToPDF` — the same
 * engine and the same page set-up, `REPORT_PAGE`), the real handler writes the file, and
 * poppler's `pdftotext` reads it back as any PDF reader would.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { testHost } from '../support/handlers';
import { describeWithTool, findExecutable } from '../support/tools';
import { CHROMIUM, launchApp, screenshot } from './harness';

const PDFTOTEXT = findExecutable(['/usr/bin/pdftotext', 'pdftotext']);
const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

async function pdfText(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)(PDFTOTEXT!, [path, '-']);
  // Lines break where the page did; one space reads the same.
  return stdout.replace(/\s+/gu, ' ');
}

/** How the page prints: the markup of the report under print media, in the dark theme too. */
async function printedStyles(page: Page) {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const styles = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      insertion: style('.report ins').textDecorationLine,
      deletion: style('.report del').textDecorationLine,
      toolbar: style('.report-toolbar').display,
      text: style('.report').color,
      paper: style('.report').backgroundColor,
    };
  });
  // Back to what the page had (an emulated `screen` would also be what `page.pdf` prints).
  await page.emulateMedia({ media: null, colorScheme: null });
  return styles;
}

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'the review report', () => {
  describeWithTool('pdftotext', PDFTOTEXT, 'apt-get install -y poppler-utils', 'as a PDF', () => {
    it('prints the contract with its markup, the matrix, the checklist and the decision record to a PDF, in English and German', async () => {
      const host = await testHost();
      await host.handlers.setPreferences({ author: ANNA });
      const app = await launchApp({ host });
      const { page } = app;
      try {
        await page.getByRole('button', { name: /Open the AVV template/u }).click();
        await page.getByRole('navigation', { name: 'Outline' }).getByRole('button', { name: /^11 Sonstige/u }).click();
        await page.getByRole('listitem', { name: 'Clause 11.1' }).dblclick();
        await page.getByRole('textbox', { name: 'Text of 11.1' }).fill('Es gilt das Recht der Republik Österreich.');
        await page.getByRole('textbox', { name: 'Text of 11.1' }).press('Control+Enter');
        await page.getByRole('listitem', { name: 'Clause 11.2' }).dblclick();
        await page.getByRole('textbox', { name: 'Text of 11.2' }).fill('Gerichtsstand ist Hamburg.');
        await page.getByRole('textbox', { name: 'Text of 11.2' }).press('Control+Enter');
        await page.getByRole('listitem', { name: 'Clause 11.2' }).getByRole('combobox', { name: 'Review status' }).selectOption('disputed');
        await page.getByRole('tab', { name: /Notes/u }).click();
        await page.getByLabel('Add comment').fill('Hamburg nur, wenn der Kunde darauf besteht.');
        await page.getByRole('button', { name: 'Add comment' }).click();
        // One decision with a reason: reject Hamburg.
        await page.getByRole('tab', { name: /Changes/u }).click();
        const changes = page.getByRole('region', { name: 'Changes' });
        await changes.getByRole('listitem').filter({ hasText: 'Hamburg' }).getByRole('button', { name: /Reject/u }).click();
        await changes.getByLabel('Reason (optional)').fill('Gerichtsstand bleibt Bremen');
        await changes.getByLabel('Reason (optional)').press('Enter');
        await page.getByRole('button', { name: 'More' }).click();
        await page.getByRole('button', { name: 'Report…' }).click();

        const report = page.getByRole('main', { name: 'Review report' });
        // Drawn a slice at a time; busy until it is whole.
        await page.locator('main.report[aria-busy="false"]').waitFor();
        // Printed, the markup reads without colour, the paper stays white in the dark theme, and the bar above it is left out.
        const printed = await printedStyles(page);
        expect(printed.insertion).toContain('underline');
        expect(printed.deletion).toContain('line-through');
        expect(printed.toolbar).toBe('none');
        expect(printed.paper).toBe('rgb(255, 255, 255)');
        const [r, g, b] = printed.text.match(/\d+/gu)!.map(Number);
        expect(r! + g! + b!).toBeLessThan(200);
        // The screenshot shows the clauses with markup, their change notes, a status and a comment.
        await report.getByRole('heading', { name: '11 Sonstige Vereinbarungen' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
        await screenshot(page, 'report');

        // The save dialog may drop the extension: the file gets .pdf all the same.
        host.dialogs.saveAnswers.push(join(host.workDir, 'review-report'));
        await page.getByRole('button', { name: 'Save as PDF…' }).click();
        await page.getByRole('status').getByText(/^Saved as “review-report\.pdf” \(\d+(\.\d)? KB\)\.$/u).waitFor();
        expect(host.dialogs.saveRequests.at(-1)).toMatchObject({ defaultName: 'avv-template – review report.pdf', extensions: ['pdf'] });
        const bytes = await readFile(join(host.workDir, 'review-report.pdf'));
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const english = await pdfText(join(host.workDir, 'review-report.pdf'));
        expect(english).toMatch(/Review report/iu);
        expect(english).toContain('Vertrag zur Auftragsdatenverarbeitung');
        // The contract with markup: the inserted and the deleted words, each change's author, the status and the comment.
        // Each change is followed by its number: “Deutschland¹ Republik Österreich²”.
        expect(english).toMatch(/Es gilt das Recht der Bundesrepublik Deutschland ?(\d+) ?Republik Österreich ?(\d+)/u);
        expect(english).toMatch(/\d+\. Deleted by Anna Schmidt, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/u);
        expect(english).toMatch(/\d+\. Inserted by Anna Schmidt/u);
        expect(english).toContain('Review status: Disputed');
        expect(english).toContain('Internal comment by Anna Schmidt');
        expect(english).toContain('Hamburg nur, wenn der Kunde darauf besteht.');
        // The matrix, the checklist and the decision record.
        expect(english).toContain('2 Responsibility matrix');
        expect(english).toMatch(/Zutrittskontrolle.*P \d+/u);
        expect(english).toContain('3 Art. 28 GDPR checklist');
        expect(english).toContain('Documented instructions, including transfers to third countries');
        expect(english).toMatch(/Score: \d+% – \d+ covered, \d+ weak, \d+ missing/u);
        expect(english).toContain('4 Decision record');
        expect(english).toContain('Gerichtsstand bleibt Bremen');
        expect(english).toMatch(/Rejected the insertion “[^”]*Hamburg[^”]*” by Anna Schmidt/u);
        // Page numbers at the foot, and nothing of the screen's bar above the report.
        expect(english).toMatch(/\b1 \/ \d+\b/u);
        expect(english).not.toContain('Save as PDF');

        // In German: the words, the dates and the numbers of the report follow the language.
        await page.getByRole('button', { name: 'Close' }).click();
        await page.getByRole('button', { name: 'More' }).click();
        await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
        await page.getByRole('button', { name: 'Bericht …' }).click();
        const bericht = page.getByRole('main', { name: 'Prüfbericht' });
        await bericht.waitFor();
        await bericht.getByRole('heading', { name: '2 Verantwortungsmatrix' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
        await screenshot(page, 'report-de');
        host.dialogs.saveAnswers.push(join(host.workDir, 'pruefbericht.pdf'));
        await page.getByRole('button', { name: 'Als PDF speichern …' }).click();
        await page.getByRole('status').getByText(/^Gespeichert als „pruefbericht\.pdf“ \(\d+(,\d)? KB\)\.$/u).waitFor();
        const german = await pdfText(join(host.workDir, 'pruefbericht.pdf'));
        expect(german).toMatch(/Prüfbericht/iu);
        expect(german).toContain('1 Der Vertrag mit Markup');
        expect(german).toMatch(/\d+\. Eingefügt von Anna Schmidt, \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/u);
        expect(german).toContain('Prüfstatus: Strittig');
        expect(german).toContain('Interner Kommentar von Anna Schmidt');
        expect(german).toMatch(/Ergebnis: \d+ % – \d+ erfüllt/u);
        expect(german).toContain('4 Entscheidungsprotokoll');
        expect(german).toMatch(/Die Einfügung „[^“]*Hamburg[^“]*“ von Anna Schmidt abgelehnt/u);

        // The overview of keys in German, with German key names.
        await page.getByRole('button', { name: 'Schließen' }).click();
        await page.keyboard.press('?');
        const overview = page.getByRole('dialog', { name: 'Tastenkürzel' });
        expect(await overview.getByRole('row', { name: /Aktuelle Änderung ablehnen/u }).textContent()).toContain('Strg+Umschalt+R');
        await screenshot(page, 'shortcuts-de');
      } finally {
        await app.close();
        await host.cleanup();
      }
    });
  });
});
