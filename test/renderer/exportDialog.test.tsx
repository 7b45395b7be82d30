import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportDialog } from '../../renderer/components/ExportDialog';
import { initI18n } from '../../renderer/i18n';
import { importDocx } from '../../shared/docx';
import { MESSAGES } from '../../shared/i18n';
import { checklistTitles, coverLabels, coverLines, onlyIn } from '../support/coverPage';
import type { ExportOutcome } from '../../shared/host/hostApi';
import { useStore } from '../../renderer/store/store';
import { negotiatedTemplate } from '../support/negotiated';
import { THEIR_FILE } from '../support/theirDocument';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';
import type { ExportRequest } from '../../shared/documents/exportDocument';
import type { Author } from '../../shared/review/author';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

async function openTemplate(language: 'de' | 'en' = 'en', author: Author | null = null) {
  app = await renderApp(language, author);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: language === 'en' ? /Open the AVV template/u : /AVV-Vorlage öffnen/u }));
  await findWholeOutline(language);
  return user;
}

describe('exporting from the workspace', () => {
  it('writes a clean copy with the measures as a table where the save dialog says', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Export DOCX…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export as Word document' });
    expect(dialog.textContent).toContain('0 pending changes, 0 comments for the counterparty');
    await user.click(screen.getByRole('radio', { name: 'Clean copy' }));
    expect(dialog.textContent).toContain('A clean copy: no tracked changes and no comments.');
    expect((screen.getByRole('checkbox', { name: 'Include internal notes' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByRole('radio', { name: /As a table/u }));
    await user.type(screen.getByRole('textbox', { name: 'Author in the document properties' }), 'Anna Berger');
    const path = join(app!.host.workDir, 'avv-clean.docx');
    app!.host.dialogs.saveAnswers.push(path);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByRole('status', {}, { timeout: 5000 })).textContent).toBe('Saved as “avv-clean.docx”.');
    // The template is German, and so is the document unless chosen otherwise: its name too.
    expect(app!.host.dialogs.saveRequests[0]!.defaultName).toBe('avv-template-saubere-Fassung.docx');
    const files = unzipSync(new Uint8Array(await readFile(path)));
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:creator>Anna Berger</dc:creator>');
    expect(strFromU8(files['word/document.xml']!)).toContain('<w:tbl>');
    const back = importDocx(new Uint8Array(await readFile(path)));
    expect(back.ok && back.contract.toms.length).toBe(67);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('puts the checklist on the cover page even when the export is asked for before its check is done', async () => {
    await openTemplate();
    const path = join(app!.host.workDir, 'avv-cover.docx');
    app!.host.dialogs.saveAnswers.push(path);
    // All in one go, before the check that starts with the dialog has run a slice.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Export DOCX…' }));
    });
    act(() => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Cover page with a summary of changes' }));
      fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    });
    // The whole check runs before the export here: on a busy machine that takes more than a second.
    expect((await screen.findByRole('status', {}, { timeout: 5000 })).textContent).toBe('Saved as “avv-cover.docx”.');
    const document = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!);
    // The German template's cover page is German, titles of the checklist too, whatever the UI speaks.
    expect(document).toContain(MESSAGES.de.checklist.items['art28-4-liability']);
    // Once checked, the dialog says the cover page holds the checklist.
    expect(await screen.findByRole('checkbox', { name: 'Cover page with a summary of changes and the Art. 28 checklist' })).toBeTruthy();
  });

  it('writes the cover page in one language: the contract’s by default, the one chosen in the dialog otherwise, whatever the UI speaks', async () => {
    const user = await openTemplate('en', { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' });
    const clause = useStore.getState().review!.contract.sections[10]!.clauses[0]!;
    act(() => useStore.getState().editText({ kind: 'clause', id: clause.id }, `${clause.text} Erfüllungsort ist Bremen.`));
    await user.click(screen.getByRole('button', { name: 'Export DOCX…' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Cover page with a summary of changes and the Art. 28 checklist' }));
    const language = screen.getByRole('combobox', { name: 'Language of the document' }) as HTMLSelectElement;
    expect(language.value).toBe('de');
    const cover = async (name: string) => {
      const path = join(app!.host.workDir, name);
      app!.host.dialogs.saveAnswers.push(path);
      await user.click(screen.getByRole('button', { name: 'Export…' }));
      await screen.findByText(`Saved as “${name}”.`);
      return coverLines(strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!));
    };
    for (const [name, words] of [['deutsch.docx', 'de'], ['english.docx', 'en']] as const) {
      if (words === 'en') await user.selectOptions(language, 'English');
      const lines = await cover(name);
      const other = words === 'de' ? 'en' : 'de';
      for (const word of [...checklistTitles(MESSAGES[words]), ...coverLabels(MESSAGES[words])]) expect(lines).toContain(word);
      const text = lines.join('\n');
      for (const word of [...onlyIn(other, checklistTitles), ...onlyIn(other, coverLabels)]) expect(text).not.toContain(word);
      expect(text).toContain(`${MESSAGES[words].docx.cover.places}: 11.1`);
    }
  });

  it('opens from the File menu, in German, and a cancelled save dialog writes nothing', async () => {
    const user = await openTemplate('de');
    app!.command('export-docx');
    const dialog = await screen.findByRole('dialog', { name: 'Als Word-Dokument exportieren' });
    expect(dialog.textContent).toContain('Mit Änderungen und Kommentaren');
    expect(dialog.textContent).toContain('Interne Notizen mitgeben');
    app!.host.dialogs.saveAnswers.push(null);
    await user.click(screen.getByRole('button', { name: 'Exportieren …' }));
    await waitFor(() => expect(app!.host.dialogs.saveRequests).toHaveLength(1));
    expect(screen.queryByRole('status')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('the export dialog', () => {
  it('shows progress while a large contract is written, and safe choices by default', async () => {
    await initI18n('en');
    let finish: (outcome: ExportOutcome) => void = () => undefined;
    const requests: ExportRequest[] = [];
    const contract = negotiatedTemplate();
    const large = { ...contract, sections: Array.from({ length: 8 }, (_, index) => ({ ...contract.sections[4]!, id: `s${index}` })).concat(contract.sections) };
    render(
      <ExportDialog
        contract={large}
        documentName="runde-2.clausemark"
        onExport={(request) => {
          requests.push(request);
          return new Promise((resolve) => (finish = resolve));
        }}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByText(/pending changes, 4 comments for the counterparty/u)).toBeTruthy();
    expect(screen.getByText(/1 internal note would stay out\./u)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect(screen.getByRole('progressbar', { name: 'Writing the document…' })).toBeTruthy();
    expect(screen.getByText(`Writing ${40 + 8 * 8} clauses and 68 measures…`)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(requests[0]).toMatchObject({ choices: { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: contract.title, language: 'de' }, suggestedName: 'runde-2-mit-Änderungen' });
    finish({ status: 'failed', error: { code: 'write-failed', file: 'runde-2.docx', detail: 'EACCES' } });
    expect((await screen.findByRole('alert')).textContent).toBe('“runde-2.docx” could not be written (you may not write to that folder). An existing file of that name is unchanged.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('lists the comments for the counterparty with their clauses, names the internal note that stays out, and counts what the chosen kind holds', async () => {
    await initI18n('en');
    const requests: ExportRequest[] = [];
    render(
      <ExportDialog
        contract={negotiatedTemplate()}
        documentName="runde-2.clausemark"
        onExport={async (request) => {
          requests.push(request);
          return { status: 'cancelled' };
        }}
        onClose={() => undefined}
      />,
    );
    const user = userEvent.setup();
    const summary = () => document.querySelector('.export-summary')!.textContent;
    expect(summary()).toBe('14 pending changes, 4 comments for the counterparty');
    await user.click(screen.getByText('Review the 4 comments that go to the counterparty'));
    const lists = screen.getAllByRole('list');
    expect(within(lists[0]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1.2 Beendigung soll ohne Kündigung wirken. — Anna Berger',
      '2.2 Monitoring bleibt, Fehlerbehebung nur auf Auftrag. — Ben Kraus',
      '3.1 Bitte Frist für die Übergabe ergänzen. — Ben Kraus, 1 reply',
      'Measure in Vertraulichkeit: Zugangskontrolle (“Zwei-Faktor-Authentifizierung für…”) Nur für Administratoren? — Ben Kraus',
    ]);
    expect(screen.getByRole('heading', { name: 'Staying out: internal notes' })).toBeTruthy();
    expect(within(lists[1]!).getByRole('listitem').textContent).toBe('4.1Internal Intern: hier nicht nachgeben, Löschkonzept ist Kernpunkt. — Anna Berger');

    // Included, the internal note is listed among those that go, with the mark of the document's language.
    await user.click(screen.getByRole('checkbox', { name: 'Include internal notes' }));
    expect(summary()).toBe('14 pending changes, 5 comments for the counterparty');
    expect(screen.getByText('Review the 5 comments that go to the counterparty')).toBeTruthy();
    expect(screen.getByText('The internal note goes too, marked “[intern]”.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Staying out: internal notes' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the document' }), 'English');
    expect(screen.getByText('The internal note goes too, marked “[internal]”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Export…' }));

    // A clean copy holds no changes and no comments, and says so; it proposes a name of its own.
    await user.click(screen.getByRole('radio', { name: 'Clean copy' }));
    expect(summary()).toBe('A clean copy: all 14 pending changes accepted, no tracked changes and no comments.');
    expect(screen.queryByText(/comments that go to the counterparty/u)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect(requests.map((request) => [request.choices.mode, request.choices.includeInternal, request.choices.language, request.suggestedName])).toEqual([
      ['redline', true, 'en', 'runde-2-redline'],
      ['clean', false, 'en', 'runde-2-clean'],
    ]);
  });
});

describe('exporting a review of their Word document', () => {
  it('writes into that document, says so in the dialog, and offers no choice of layout or internal notes', async () => {
    app = await renderApp('en');
    const source = join(app.host.workDir, 'va-solicitation-by-word.docx');
    await writeFile(source, await readFile(THEIR_FILE));
    app.host.dialogs.openAnswers.push(source);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open a file…/u }));
    await user.click(await screen.findByRole('button', { name: 'Export DOCX…' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Export as Word document' });
    expect(dialog.textContent).toContain('Written into “va-solicitation-by-word.docx”, the Word document this review came from');
    expect(screen.queryByRole('checkbox', { name: 'Include internal notes' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /cover page/iu })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    const path = join(app.host.workDir, 'back.docx');
    app.host.dialogs.saveAnswers.push(path);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByRole('status', {}, { timeout: 10_000 })).textContent).toBe('Saved as “back.docx”.');
    const original = unzipSync(new Uint8Array(await readFile(THEIR_FILE)));
    const written = unzipSync(new Uint8Array(await readFile(path)));
    // Nothing changed in the review: their document comes back as it was, part for part.
    expect(Object.keys(written)).toEqual(Object.keys(original));
    for (const [name, data] of Object.entries(original)) expect(strFromU8(written[name]!), name).toBe(strFromU8(data));
  });
});
