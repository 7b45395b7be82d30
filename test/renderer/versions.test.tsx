import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

/** The note under *Save version* (a polite live region: the toolbar's status is the page's one `status`). */
const savedNote = (dialog: HTMLElement) => dialog.querySelector<HTMLElement>('.version-saved')!;

async function saveVersion(language: 'de' | 'en') {
  app = await renderApp(language, ANNA);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: language === 'en' ? /Open the AVV template/u : /AVV-Vorlage öffnen/u }));
  await user.click(await screen.findByRole('button', { name: language === 'en' ? 'Versions' : 'Versionen' }));
  const dialog = screen.getByRole('dialog', { name: language === 'en' ? 'Versions' : 'Versionen' });
  await user.click(within(dialog).getByRole('button', { name: language === 'en' ? 'Save version' : 'Version speichern' }));
  return { user, dialog };
}

describe('saving a version', () => {
  it('says that the version is kept on disk only once the review is saved, and offers to save it', async () => {
    const { user, dialog } = await saveVersion('en');
    expect(savedNote(dialog).textContent).toBe(
      'Version “Version 1” is saved in this review, not yet on disk: save the review (Ctrl+S) to keep it. Save the review',
    );
    const path = join(app!.host.workDir, 'review.clausemark');
    app!.host.dialogs.saveAnswers.push(path);
    await user.click(within(dialog).getByRole('button', { name: 'Save the review' }));
    await waitFor(() => expect(savedNote(dialog).textContent).toBe('Version “Version 1” is saved with the review.'));
    expect(JSON.parse(await readFile(path, 'utf8')).versions.map((version: { name: string }) => version.name)).toEqual(['Version 1']);
  });

  it('says it in German', async () => {
    const { dialog } = await saveVersion('de');
    expect(savedNote(dialog).textContent).toBe(
      'Die Version „Version 1“ ist in dieser Prüfung gespeichert, aber noch nicht auf dem Datenträger: Speichern Sie die Prüfung (Strg+S), um sie zu behalten. Prüfung speichern',
    );
  });
});
