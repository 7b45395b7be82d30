import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

/** An AVV whose TOM annex names no party: § 3 (1) of the body gives its measures to the processor. */
const FIXTURE = resolve(import.meta.dirname, '../fixtures/written/avv-frame-contract-de.txt');

async function openAnnex(language: 'de' | 'en') {
  app = await renderApp(language);
  app.host.dialogs.openAnswers.push(FIXTURE);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: language === 'en' ? /Open a file…/u : /Datei öffnen …/u }));
  // Opening reads the file through the host first: on a loaded machine that takes longer than a query's default second.
  const outline = await findWholeOutline(language);
  await user.click(within(outline).getByRole('button', { name: /^Anlage 2/u }));
  const reader = screen.getByRole('main', { name: language === 'en' ? 'Contract' : 'Vertrag' });
  return { user, reader };
}

/** The measure whose text starts with `text` (its cue is marked inside it, so the text may span several elements). */
const measure = (reader: HTMLElement, text: string) => [...reader.querySelectorAll<HTMLElement>('[data-tom-id]')].find((item) => item.querySelector('.tom-text')?.textContent?.startsWith(text))!;

describe('unsure readings of who carries out a measure', () => {
  it('marks a measure read only from the contract, says why and where in its tooltip and detail, and finds the unsure ones first', async () => {
    const { user, reader } = await openAnnex('en');
    const video = measure(reader, 'Videoüberwachung der Eingänge');
    const chip = within(video).getByRole('button', { name: 'Provider Unsure reading' });
    const tip = document.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).toContain('Unsure: the party comes only from the contract, far from the measure.');
    expect(tip.textContent).toContain('Read from 3.1 of the contract: “Der Auftragsverarbeiter ergreift');
    // A measure's own words are sure.
    expect(within(measure(reader, 'Die Vergabe der Benutzerkonten')).getByRole('button', { name: 'Customer' })).toBeTruthy();

    await user.click(video);
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    expect(within(panel).getByRole('note').textContent).toBe('Unsure: the party comes only from the contract, far from the measure.');

    await user.click(within(reader).getByRole('button', { name: /^Unsure 6$/u }));
    expect(within(reader).getByText('6 of 10 measures')).toBeTruthy();
    expect(measure(reader, 'Die Vergabe der Benutzerkonten')).toBeUndefined();
    expect(measure(reader, 'Tägliche verschlüsselte Datensicherung')).toBeDefined();
  });

  it('says the same in German', async () => {
    const { reader } = await openAnnex('de');
    const chip = within(measure(reader, 'Videoüberwachung der Eingänge')).getByRole('button', { name: 'Auftragnehmer Unsichere Lesart' });
    expect(document.getElementById(chip.getAttribute('aria-describedby')!)!.textContent).toContain('Gelesen aus 3.1 des Vertrags: „Der Auftragsverarbeiter ergreift');
    expect(within(reader).getByRole('button', { name: /^Unsicher 6$/u })).toBeTruthy();
  });
});
