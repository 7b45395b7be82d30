import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportDialog } from '../../renderer/components/ExportDialog';
import { initI18n } from '../../renderer/i18n';
import { importDocx } from '../../shared/docx';
import type { ExportOutcome, ExportRequest } from '../../shared/host/hostApi';
import { negotiatedTemplate } from '../support/negotiated';
import { renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

async function openTemplate(language: 'de' | 'en' = 'en') {
  app = await renderApp(language);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: language === 'en' ? /Open the AVV template/u : /AVV-Vorlage öffnen/u }));
  await screen.findByRole('navigation', { name: language === 'en' ? 'Outline' : 'Gliederung' });
  return user;
}

describe('exporting from the workspace', () => {
  it('writes a clean copy with the measures as a table where the save dialog says', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Export DOCX…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export as Word document' });
    expect(dialog.textContent).toContain('0 pending changes, 0 comments for the counterparty');
    await user.click(screen.getByRole('radio', { name: 'Clean copy' }));
    expect((screen.getByRole('checkbox', { name: 'Include internal notes' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByRole('radio', { name: /As a table/u }));
    await user.type(screen.getByRole('textbox', { name: 'Author in the document properties' }), 'Anna Berger');
    const path = join(app!.host.workDir, 'avv-clean.docx');
    app!.host.dialogs.saveAnswers.push(path);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved as “avv-clean.docx”.');
    expect(app!.host.dialogs.saveRequests[0]!.defaultName).toBe('avv-template.docx');
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
    expect((await screen.findByRole('status')).textContent).toBe('Saved as “avv-cover.docx”.');
    const document = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!);
    expect(document).toContain('Processor liable for its sub-processors');
    // Once checked, the dialog says the cover page holds the checklist.
    expect(await screen.findByRole('checkbox', { name: 'Cover page with a summary of changes and the Art. 28 checklist' })).toBeTruthy();
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
    expect(requests[0]).toMatchObject({ choices: { mode: 'redline', includeInternal: false, tomLayout: 'text', coverPage: false, author: '', title: contract.title }, suggestedName: 'runde-2' });
    finish({ status: 'failed', error: { code: 'write-failed', file: 'runde-2.docx', detail: 'EACCES' } });
    expect((await screen.findByRole('alert')).textContent).toBe('“runde-2.docx” could not be written (EACCES). An existing file of that name is unchanged.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
