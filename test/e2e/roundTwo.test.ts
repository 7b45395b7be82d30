import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { writeDocx } from '../../electron/handlers/exportDocx';
import { serializeReview } from '../../shared/review/reviewFile';
import { testHost } from '../support/handlers';
import { describeWithTool } from '../support/tools';
import { JENS, OURS, roundOne, wordAnswer } from '../support/wordAnswer';
import { CHROMIUM, launchApp, screenshot } from './harness';

/** Our review of round one on disk, and their answer as Word writes it on the DOCX we sent. */
async function roundTwoFiles(workDir: string): Promise<{ review: string; answer: string }> {
  const round1 = roundOne();
  const review = join(workDir, 'round1.clausemark');
  await writeFile(review, serializeReview(round1));
  const sent = join(workDir, 'round1.docx');
  const choices = { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: OURS.author, title: '' } as const;
  const written = await writeDocx(sent, { contract: round1.contract, choices }, OURS.date);
  if (written.status !== 'saved') throw new Error(JSON.stringify(written));
  const answer = join(workDir, 'trafficplex-answer.docx');
  await writeFile(answer, wordAnswer(await readFile(sent)));
  return { review, answer };
}

const WORDS = {
  en: { compare: 'Compare…', dialog: 'Compare', old: 'Old', new: 'New', choose: 'Choose file…', go: 'Compare', toolbar: 'Compare', summary: 'Summary', comments: '1 new comment', adopt: 'Adopt as tracked changes…', adoptDialog: 'Adopt as tracked changes', author: 'Author of their untracked edits and decisions', confirm: 'Adopt', changes: 'Changes', byThem: 'Accepted by them', exportButton: 'Export DOCX…', exportDialog: 'Export as Word document', into: 'Written into “trafficplex-answer.docx”', exportConfirm: 'Export…', saved: 'Saved as “round2.docx”.' },
  de: { compare: 'Vergleichen …', dialog: 'Vergleichen', old: 'Alt', new: 'Neu', choose: 'Datei wählen …', go: 'Vergleichen', toolbar: 'Vergleichen', summary: 'Übersicht', comments: '1 neuer Kommentar', adopt: 'Als Änderungen übernehmen …', adoptDialog: 'Als Änderungen übernehmen', author: 'Urheber ihrer nicht nachverfolgten Änderungen und Entscheidungen', confirm: 'Übernehmen', changes: 'Änderungen', byThem: 'Von der Gegenseite angenommen', exportButton: 'DOCX exportieren …', exportDialog: 'Als Word-Dokument exportieren', into: 'Wird in „trafficplex-answer.docx“ geschrieben', exportConfirm: 'Exportieren …', saved: 'Gespeichert als „round2.docx“.' },
} as const;

describeWithTool('Chromium', CHROMIUM, 'apt-get install -y chromium', 'round two in Chromium', () => {
  for (const language of ['en', 'de'] as const) {
    it(`shows their comment beside their changes and adopts their answer as theirs (${language})`, async () => {
      const words = WORDS[language];
      const host = await testHost();
      const files = await roundTwoFiles(host.workDir);
      const app = await launchApp({ host, language, startupFile: files.review });
      try {
        const { page } = app;
        host.dialogs.openAnswers.push(files.answer);
        await page.getByRole('button', { name: words.compare }).click();
        const dialog = page.getByRole('dialog', { name: words.dialog });
        await dialog.getByRole('combobox', { name: words.old }).selectOption('current');
        await dialog.getByRole('combobox', { name: words.new }).selectOption('file');
        await dialog.getByRole('button', { name: words.choose }).click();
        await dialog.getByText('trafficplex-answer.docx').waitFor();
        await dialog.getByRole('button', { name: words.go, exact: true }).click();
        const toolbar = page.getByRole('toolbar', { name: words.toolbar });
        await toolbar.waitFor();
        await page.getByRole('region', { name: words.summary }).getByText(words.comments).waitFor();

        // Their comment beside the responsibility they shifted: by them, when, on the words they marked.
        const row = page.locator('.compare-row.is-change').filter({ has: page.locator('.compare-comments', { hasText: 'Übernehmen wir, gegen Aufpreis.' }) }).first();
        const comment = row.locator('.compare-comments');
        await comment.scrollIntoViewIfNeeded();
        expect(await comment.textContent()).toContain(JENS.author);
        expect(await comment.textContent()).toContain('Pseudonymisierung der Daten');
        expect(await row.locator('ins').allTextContents()).toContain('Auftragnehmer');
        await screenshot(page, language === 'en' ? 'compare-their-comment' : 'compare-their-comment-de');

        // Adopt: their untracked edits and decisions are the document's last author's.
        await toolbar.getByRole('button', { name: words.adopt }).click();
        const adopt = page.getByRole('dialog', { name: words.adoptDialog });
        expect(await adopt.getByLabel(words.author).inputValue()).toBe(JENS.author);
        await screenshot(page, language === 'en' ? 'adopt-answer' : 'adopt-answer-de');
        await adopt.getByRole('button', { name: words.confirm }).click();
        const who = page.getByRole('dialog', { name: language === 'en' ? 'Who is reviewing?' : 'Wer prüft?' });
        if (await who.isVisible().catch(() => false)) {
          await who.getByLabel('Name').fill(OURS.author);
          await who.getByRole('button').last().click();
        }
        const changes = page.getByRole('region', { name: words.changes });
        await changes.waitFor();
        await expect.poll(async () => changes.getByRole('listitem').filter({ hasText: JENS.author }).count()).toBe(3);
        expect(await changes.getByRole('listitem').filter({ hasText: OURS.author }).count()).toBe(1);
        await screenshot(page, language === 'en' ? 'adopted-answer' : 'adopted-answer-de');

        // What they accepted of ours reads so in the decision record of the clause.
        await page.getByRole('navigation', { name: language === 'en' ? 'Outline' : 'Gliederung' }).getByRole('button', { name: /^11 Sonstige/u }).click();
        await page.getByRole('listitem', { name: language === 'en' ? 'Clause 11.1' : 'Klausel 11.1' }).click();
        await page.getByRole('tab', { name: language === 'en' ? /^Notes/u : /^Notizen/u }).click();
        await page.getByText(words.byThem).first().waitFor();
        await screenshot(page, language === 'en' ? 'accepted-by-them' : 'accepted-by-them-de');

        // Round two goes out on the document they sent back: their package, their revisions once.
        await page.getByRole('button', { name: words.exportButton }).click();
        const exportDialog = page.getByRole('dialog', { name: words.exportDialog });
        await exportDialog.getByText(words.into).waitFor();
        await screenshot(page, language === 'en' ? 'export-round-two' : 'export-round-two-de');
        const exported = join(host.workDir, 'round2.docx');
        host.dialogs.saveAnswers.push(exported);
        await exportDialog.getByRole('button', { name: words.exportConfirm }).click();
        await exportDialog.getByText(words.saved).waitFor();
        const sent = unzipSync(new Uint8Array(await readFile(files.answer)));
        const back = unzipSync(new Uint8Array(await readFile(exported)));
        expect(Object.keys(back)).toEqual(Object.keys(sent));
        for (const name of Object.keys(sent)) if (name !== 'word/document.xml') expect(Buffer.compare(Buffer.from(back[name]!), Buffer.from(sent[name]!)), name).toBe(0);
        const revisionsBy = (xml: string, author: string) => xml.split(`w:author="${author}"`).length - 1;
        const [answerXml, exportedXml] = [strFromU8(sent['word/document.xml']!), strFromU8(back['word/document.xml']!)];
        expect(revisionsBy(exportedXml, JENS.author)).toBe(revisionsBy(answerXml, JENS.author));
        expect(revisionsBy(exportedXml, OURS.author)).toBe(revisionsBy(answerXml, OURS.author));
      } finally {
        await app.close();
        await host.cleanup();
      }
    }, 120_000);
  }
});
