/**
 * A review by keyboard alone in Chromium, where there is no native menu: the page answers
 * every key the menu shows. Each step checks where the focus went, because that is where
 * the reviewer's next key press lands.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ASSETS_DIR, testHost } from '../support/handlers';
import { describeWithTool } from '../support/tools';
import { CHROMIUM, contractWhole, launchApp, screenshot } from './harness';

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

interface Focused {
  readonly tag: string;
  readonly name: string;
  readonly changeId: string | null;
  readonly clause: string | null;
}

/** What has the focus: its tag, its name (label or text), the change and the clause it belongs to. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
      changeId: element?.getAttribute('data-change-id') ?? null,
      clause: element?.closest('[data-clause-id]')?.getAttribute('aria-label') ?? null,
    };
  });
}

/** A few frames: the app moves the focus once React has drawn what a key changed. */
function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => {
    let frames = 4;
    const next = () => (--frames === 0 ? done() : requestAnimationFrame(next));
    requestAnimationFrame(next);
  }));
}

/** Presses Tab until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await settle(page);
    if (name.test((await focused(page)).name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'the keyboard alone', () => {
  it('reviews, decides, comments, switches views, compares and exports without the mouse, the focus always where work goes on', async () => {
    const host = await testHost();
    await host.handlers.setPreferences({ author: ANNA });
    const answer = join(host.workDir, 'answer.txt');
    await writeFile(answer, (await readFile(join(ASSETS_DIR, 'avv-template.txt'), 'utf8')).replace('Bundesrepublik Deutschland', 'Republik Österreich'));
    const app = await launchApp({ host });
    const { page } = app;
    const keys = page.keyboard;
    try {
      await page.getByRole('button', { name: /Open the AVV template/u }).waitFor();
      await keys.press('Control+Shift+N');
      const outline = page.getByRole('navigation', { name: 'Outline' });
      await outline.waitFor();

      // The template opens with its first clause focused; Shift+F6 leads into the outline, Tab along it, Enter opens §11, F6 into the contract at its first clause.
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.1' });
      await keys.press('Shift+F6');
      await settle(page);
      expect((await focused(page)).name).toMatch(/^1 Gegenstand/u);
      await tabTo(page, /^11 Sonstige/u);
      await keys.press('Enter');
      await settle(page);
      await keys.press('F6');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 11.1' });

      // F2 edits the selected clause; Ctrl+Enter keeps the edit and gives the focus back to the clause.
      await keys.press('F2');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'textarea', name: 'Text of 11.1' });
      await keys.press('Control+A');
      await keys.type('Es gilt das Recht der Republik Österreich.');
      await keys.press('Control+Enter');
      await settle(page);
      await page.locator('.reader ins', { hasText: 'Republik Österreich' }).waitFor();
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 11.1' });

      // ↓ to the next clause, Enter edits it, Escape cancels and the focus stays on the clause.
      await keys.press('ArrowDown');
      await settle(page);
      expect((await focused(page)).name).toBe('Clause 11.2');
      await keys.press('Enter');
      await settle(page);
      await keys.press('Escape');
      await settle(page);
      expect((await focused(page)).name).toBe('Clause 11.2');
      await keys.press('Enter');
      await settle(page);
      await keys.press('Control+A');
      await keys.type('Gerichtsstand ist Hamburg.');
      await keys.press('Control+Enter');
      await settle(page);
      expect((await focused(page)).name).toBe('Clause 11.2');

      // Alt+3: the selected clause is disputed.
      await keys.press('Alt+3');
      await settle(page);
      const clause112 = page.getByRole('listitem', { name: 'Clause 11.2' });
      expect(await clause112.getByRole('combobox', { name: 'Review status' }).inputValue()).toBe('disputed');

      // Ctrl+Shift+M: the comment field of the selected clause; Ctrl+Enter adds the comment and goes back to the clause.
      await keys.press('Control+Shift+M');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'textarea', name: '' });
      await keys.type('Hamburg nur, wenn der Kunde darauf besteht.');
      await keys.press('Control+Enter');
      await settle(page);
      await page.getByRole('region', { name: 'Notes on 11.2' }).getByText('Hamburg nur, wenn der Kunde darauf besteht.').waitFor();
      expect((await focused(page)).name).toBe('Clause 11.2');

      // Ctrl+S in the editor keeps the edit first, so the review saved has it in.
      await keys.press('Enter');
      await settle(page);
      await keys.press('Control+End');
      await keys.type(' Erfüllungsort ist Hamburg.');
      const saved = join(host.workDir, 'review.clausemark');
      host.dialogs.saveAnswers.push(saved);
      await keys.press('Control+S');
      await expect.poll(async () => (existsSync(saved) ? await readFile(saved, 'utf8') : '')).toContain('Erfüllungsort ist Hamburg.');
      await page.locator('.reader ins', { hasText: 'Erfüllungsort ist Hamburg.' }).waitFor();
      await expect.poll(async () => (await focused(page)).name).toBe('Clause 11.2');

      // Alt+↑ from 11.2 goes to the last change before it: the insertion in 11.1, focused so its author shows.
      await keys.press('Alt+ArrowUp');
      await settle(page);
      let now = await focused(page);
      expect(now).toMatchObject({ tag: 'ins', clause: 'Clause 11.1' });
      expect(now.name).toBe('Republik Österreich');

      // Ctrl+Shift+R rejects it: the reason field takes the focus, Enter decides, and the focus moves on to the next change.
      await keys.press('Control+Shift+R');
      await settle(page);
      expect((await focused(page)).tag).toBe('input');
      await keys.type('Deutsches Recht bleibt');
      await keys.press('Enter');
      await settle(page);
      await page.locator('.reader ins', { hasText: 'Republik Österreich' }).waitFor({ state: 'detached' });
      now = await focused(page);
      expect(now).toMatchObject({ tag: 'del', clause: 'Clause 11.1', name: 'Bundesrepublik Deutschland' });
      // Rejecting the deletion too gives 11.1 back as it was; the focus goes on to 11.2.
      await keys.press('Control+Shift+R');
      await settle(page);
      await keys.press('Enter');
      await settle(page);
      now = await focused(page);
      expect(now.clause).toBe('Clause 11.2');
      expect(now.changeId).not.toBeNull();

      // Alt+↓ and Alt+↑ walk the changes of 11.2; Ctrl+Shift+A accepts the current one.
      await keys.press('Alt+ArrowDown');
      await settle(page);
      const second = await focused(page);
      expect(second.clause).toBe('Clause 11.2');
      expect(second.changeId).not.toBe(now.changeId);
      await keys.press('Alt+ArrowUp');
      await settle(page);
      expect((await focused(page)).changeId).toBe(now.changeId);
      const changes = page.getByRole('region', { name: 'Changes' });
      const before = await changes.getByRole('listitem').count();
      await keys.press('Control+Shift+A');
      await settle(page);
      await keys.press('Enter');
      await settle(page);
      await expect.poll(() => changes.getByRole('listitem').count()).toBe(before - 1);
      expect(await page.locator('.decision-record, .change-list').count()).toBeGreaterThan(0);

      // ? opens the overview of shortcuts; Escape closes it and the focus comes back.
      const beforeOverview = await focused(page);
      await keys.press('?');
      await settle(page);
      const overview = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await overview.waitFor();
      for (const group of ['Document', 'Review', 'Navigation', 'View']) await overview.getByRole('heading', { name: group, exact: true }).waitFor();
      expect(await overview.getByRole('row', { name: /Accept the current change/u }).textContent()).toContain('Ctrl+Shift+A');
      expect(await overview.getByRole('row', { name: /^Next change/u }).textContent()).toContain('Alt+↓');
      await screenshot(page, 'shortcuts');
      await keys.press('Escape');
      await settle(page);
      await overview.waitFor({ state: 'detached' });
      expect((await focused(page)).changeId).toBe(beforeOverview.changeId);

      // Ctrl+2, Ctrl+3, Ctrl+1: matrix, checklist and back to the contract, the focus in each.
      await keys.press('Control+2');
      await expect.poll(async () => (await focused(page)).name).toBe('Responsibility matrix');
      await keys.press('Control+3');
      await expect.poll(async () => (await focused(page)).name).toBe('Art. 28 checklist');
      await keys.press('Control+1');
      await expect.poll(async () => (await focused(page)).name).toMatch(/^Clause 11\./u);

      // Ctrl+Shift+D: compare with a file chosen in the dialog; Alt+↓ goes to the first difference.
      await keys.press('Control+Shift+D');
      const compare = page.getByRole('dialog', { name: 'Compare' });
      await compare.waitFor();
      host.dialogs.openAnswers.push(answer);
      await tabTo(page, /^Choose file…$/u);
      await keys.press('Enter');
      await settle(page);
      await compare.getByText('answer.txt').waitFor();
      await tabTo(page, /^Compare$/u);
      await keys.press('Enter');
      await settle(page);
      await page.getByRole('toolbar', { name: 'Compare' }).waitFor();
      await keys.press('Alt+ArrowDown');
      await settle(page);
      await page.getByText(/^Change 1 of \d+$/u).waitFor();
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-row-key'))).toBe(true);
      await tabTo(page, /^Close comparison$/u);
      await keys.press('Enter');
      await settle(page);

      // Ctrl+E: the export dialog, and Enter on Export writes the Word document where the save dialog says.
      await keys.press('Control+E');
      const exportDialog = page.getByRole('dialog', { name: 'Export as Word document' });
      await exportDialog.waitFor();
      host.dialogs.saveAnswers.push(join(host.workDir, 'redline.docx'));
      await tabTo(page, /^Export…$/u);
      await keys.press('Enter');
      await settle(page);
      await exportDialog.getByText(/Saved as “redline\.docx”/u).waitFor();
      expect(existsSync(join(host.workDir, 'redline.docx'))).toBe(true);
      await keys.press('Escape');
      await settle(page);
      await exportDialog.waitFor({ state: 'detached' });

      // Ctrl+P: the report, its Save button focused; Escape goes back to the More button that holds Report….
      await keys.press('Control+P');
      await settle(page);
      await page.getByRole('main', { name: 'Review report' }).waitFor();
      // Once the report is drawn to its end.
      await expect.poll(async () => (await focused(page)).name).toBe('Save as PDF…');
      await keys.press('Escape');
      await settle(page);
      await page.getByRole('main', { name: 'Review report' }).waitFor({ state: 'detached' });
      await expect.poll(async () => (await focused(page)).name).toBe('More');
    } finally {
      await app.close();
      await host.cleanup();
    }
  });

  it('leaves the focus on what each action produced or went to, never on the page itself', async () => {
    const host = await testHost();
    await host.handlers.setPreferences({ author: ANNA });
    const app = await launchApp({ host });
    const { page } = app;
    const keys = page.keyboard;
    const nothing = () => page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
    try {
      // Ctrl+Shift+N on the start screen, where nothing has the focus: the template's first clause takes it.
      await page.getByRole('button', { name: /Open the AVV template/u }).waitFor();
      expect(await nothing()).toBe(true);
      await keys.press('Control+Shift+N');
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.1' });
      await contractWhole(page);

      // A new clause kept with Ctrl+Enter: the new clause has the focus.
      await tabTo(page, /^Add clause/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'textarea', name: 'New paragraph' });
      await keys.type('Der Auftragnehmer benennt einen Ansprechpartner.');
      await keys.press('Control+Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.2' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Der Auftragnehmer benennt einen Ansprechpartner.');

      // Deleting it removes it outright (an insertion of one's own): the clause after it takes the focus.
      await tabTo(page, /^Delete$/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.2' });
      // Deleting 1.2 strikes it through; its Delete button goes, the focus stays on 1.2.
      await tabTo(page, /^Delete$/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.2' });

      // Rejecting that deletion from the change list: the reason field, then 1.2 as it was.
      await keys.press('F6');
      await settle(page);
      await tabTo(page, /^Changes/u);
      await keys.press('Enter');
      await tabTo(page, /Reject$/u);
      await keys.press('Enter');
      await settle(page);
      expect((await focused(page)).tag).toBe('input');
      await keys.press('Enter');
      await settle(page);
      await page.getByRole('region', { name: 'Changes' }).getByText('No pending changes.').waitFor();
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.2' });

      // "Go to 1.1" in the checklist: clause 1.1 in the reader.
      await keys.press('Control+3');
      await expect.poll(async () => (await focused(page)).name).toBe('Art. 28 checklist');
      await tabTo(page, /^Go to 1\.1$/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.1' });

      // Two comments; deleting the first gives the focus to the second, deleting that to the comment field.
      for (const text of ['Laufzeit prüfen.', 'Kündigungsfrist fehlt.']) {
        await keys.press('Control+Shift+M');
        await settle(page);
        await keys.type(text);
        await keys.press('Control+Enter');
        await settle(page);
      }
      const notes = page.getByRole('region', { name: 'Notes on 1.1' });
      await notes.getByText('Kündigungsfrist fehlt.').waitFor();
      await keys.press('F6');
      await settle(page);
      await tabTo(page, /^Delete$/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'article', name: 'Anna Schmidt: Kündigungsfrist fehlt.' });
      await tabTo(page, /^Delete$/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'textarea', name: '' });
      expect(await page.evaluate(() => document.activeElement?.closest('.comment-form') !== null)).toBe(true);

      // A dialog that closes gives the focus back, and where what had it is gone (a version opened from it), the reader takes it.
      await keys.press('Escape');
      await settle(page);
      await keys.press('Control+1');
      await expect.poll(async () => (await focused(page)).name).toBe('Clause 1.1');
      await app.command('versions');
      const versions = page.getByRole('dialog', { name: 'Versions' });
      await versions.waitFor();
      await keys.press('Enter');
      await versions.getByText(/is saved in this review, not yet on disk/u).waitFor();
      expect((await focused(page)).tag).toBe('input');
      await keys.press('Escape');
      await versions.waitFor({ state: 'detached' });
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.1' });
      await app.command('versions');
      await versions.waitFor();
      await tabTo(page, /^Open$/u);
      await keys.press('Enter');
      await versions.waitFor({ state: 'detached' });
      await settle(page);
      expect(await nothing()).toBe(false);
      await tabTo(page, /^Back to the review$/u);
      await keys.press('Enter');
      await settle(page);
      expect(await focused(page)).toMatchObject({ tag: 'li', name: 'Clause 1.1' });
    } finally {
      await app.close();
      await host.cleanup();
    }
  });
});
