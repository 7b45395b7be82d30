import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

async function openTemplate(language: 'de' | 'en' = 'en') {
  app = await renderApp(language);
  const user = userEvent.setup();
  const button = await screen.findByRole('button', { name: language === 'en' ? /Open the AVV template/u : /AVV-Vorlage öffnen/u });
  await user.click(button);
  await findWholeOutline(language);
  return user;
}

describe('the start screen', () => {
  it('offers the template, a file and the recent files', async () => {
    app = await renderApp();
    expect(await screen.findByRole('button', { name: /Open the AVV template/u })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Open a file…/u })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Recent files' })).toBeTruthy();
    expect(screen.getByText('Files you open appear here.')).toBeTruthy();
  });

  it('shows why a file could not be opened and stays on the start screen', async () => {
    app = await renderApp();
    const { writeFile } = await import('node:fs/promises');
    const path = `${app.host.workDir}/empty.txt`;
    await writeFile(path, '');
    app.host.dialogs.openAnswers.push(path);
    await userEvent.setup().click(await screen.findByRole('button', { name: /Open a file…/u }));
    expect((await screen.findByRole('alert')).textContent).toContain('“empty.txt” is empty.');
    expect(screen.getByRole('button', { name: /Open the AVV template/u })).toBeTruthy();
  });

  it('names a recent file, then its folder cut at the start with its slashes in place, the whole path on hover', async () => {
    app = await renderApp();
    const { mkdir, writeFile } = await import('node:fs/promises');
    const folder = `${app.host.workDir}/Mandate/2024/TrafficPlex GmbH/Auftragsverarbeitung/Zweite Runde`;
    await mkdir(folder, { recursive: true });
    await writeFile(`${folder}/avv-answer.txt`, '1 Gegenstand\n\nDer Auftragnehmer verarbeitet Daten.\n');
    app.host.dialogs.openAnswers.push(`${folder}/avv-answer.txt`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open a file…/u }));
    await user.click(await screen.findByRole('button', { name: /Start/u }));
    const recent = await screen.findByRole('button', { name: /^avv-answer\.txt/u });
    expect(recent.querySelector('.recent-name')!.textContent).toBe('avv-answer.txt');
    const where = recent.querySelector('.recent-path')!.textContent!;
    expect(where).toMatch(/^…\/.*\/Zweite Runde$/u);
    expect(folder.endsWith(where.slice(1))).toBe(true);
    expect(recent.getAttribute('title')).toBe(`${folder}/avv-answer.txt`);
  });
});

describe('the workspace with the template', () => {
  it('lists parties, sections 1–11 and Anlage I–III with their counts in the outline', async () => {
    await openTemplate();
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    const items = within(outline).getAllByRole('button').map((button) => button.textContent);
    expect(items).toHaveLength(1 + 11 + 3);
    expect(items[0]).toBe('Parties2');
    expect(items[3]).toBe('3 Technisch-organisatorische Maßnahmen nach Art. 32 DS-GVO (Art.28 Abs.3 Satz 2 lit.c DS-GVO)3 clauses');
    expect(items[5]).toBe('5 Qualitätssicherung und sonstige Pflichten des Auftragnehmers8 clauses');
    expect(items.slice(12)).toEqual(['Anlage I – Daten-Typen4 items', 'Anlage II – Betroffene3 items', 'Anlage III – Technische und organisatorische Maßnahmen67 measures']);
  });

  it('shows all of Anlage III beside a clause of §3, each measure with a responsibility chip', async () => {
    const user = await openTemplate();
    // How many measures the side panel held each time the DOM changed while its list was still being drawn.
    const whileBusy: number[] = [];
    const watch = new MutationObserver(() => {
      const list = document.querySelector('.right-pane .tom-list[aria-busy="true"]');
      if (list) whileBusy.push(list.querySelectorAll('.tom').length);
    });
    watch.observe(document.body, { childList: true, subtree: true, attributes: true });
    await user.click(screen.getByRole('button', { name: /^3 Technisch-organisatorische/u }));
    const reader = screen.getByRole('main', { name: 'Contract' });
    expect(within(reader).getAllByRole('listitem', { name: /^Clause 3\.\d$/u })).toHaveLength(3);
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    expect(within(panel).getByRole('heading', { name: 'Measures for 3.1' })).toBeTruthy();
    expect(within(panel).getByText(/as a whole: all of Anlage III/u)).toBeTruthy();
    expect(within(panel).getByText('67 of 67 measures')).toBeTruthy();
    const chipsIn = () => within(panel).getAllByRole('button', { name: /^(Provider|Customer|Shared|Unstated)$/u });
    // Drawn 25 measures a task, busy until whole: no one task draws all 67 with their chips.
    await waitFor(() => expect(chipsIn()).toHaveLength(67));
    watch.disconnect();
    expect(panel.querySelector('.tom-list')!.getAttribute('aria-busy')).toBe('false');
    expect(whileBusy[0]).toBe(25);
    expect(whileBusy.every((count) => count < 67)).toBe(true);
    const chips = chipsIn();
    expect(chips.filter((chip) => chip.textContent === 'CCustomer')).toHaveLength(14);
    expect(chips.filter((chip) => chip.textContent === 'P+CShared')).toHaveLength(5);
  });

  it('relates the deletion clause §10.2 to the data-carrier category only', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^10 Löschung und Rückgabe/u }));
    await user.click(screen.getByRole('listitem', { name: 'Clause 10.2' }));
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    expect(within(panel).getByText('Categories on the same topic: deletion and data carriers.')).toBeTruthy();
    expect(within(panel).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Who this clause obliges',
      'Measures for 10.2',
      '4Vertraulichkeit: Datenträgerkontrolle',
    ]);
  });

  it('tells on focus which words decided a responsibility', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^3 Technisch-organisatorische/u }));
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    const measure = within(panel).getByText(/Die Eingabekontrolle/u).closest('li')!;
    const chip = within(measure).getByRole('button');
    chip.focus();
    const tooltip = document.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.textContent).toBe('Read from “obliegt dem Auftraggeber”');
    expect(within(measure).getByText('obliegt dem Auftraggeber').tagName).toBe('MARK');
  });

  it('filters the measures by party and by service', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^3 Technisch-organisatorische/u }));
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    await user.click(within(panel).getByRole('button', { name: /^Customer 14$/u }));
    expect(within(panel).getByText('14 of 67 measures')).toBeTruthy();
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Service' }), 'Cloud-VPS');
    expect(within(panel).getByText('8 of 67 measures')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Reset filters' }));
    expect(within(panel).getByText('67 of 67 measures')).toBeTruthy();
  });

  it('browses Anlage III on its own and explains the selected measure sentence by sentence', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^Anlage III/u }));
    const reader = screen.getByRole('main', { name: 'Contract' });
    await user.click(within(reader).getByText(/^Der Auftragnehmer stellt dem Auftraggeber, sofern vereinbart/u));
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    expect(within(panel).getByRole('heading', { name: 'Reading, sentence by sentence' })).toBeTruthy();
    expect(within(panel).getAllByText(/^(duty|option|no duty)$/u).map((node) => node.textContent)).toEqual(['option', 'duty', 'option']);
  });

  it('switches the whole interface to German', async () => {
    const user = await openTemplate();
    // The language, the report and the shortcuts sit behind More, so the title keeps its room.
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Gliederung' })).toBeTruthy());
    expect(screen.getByRole('button', { name: /^Anlage III.*67 Maßnahmen$/u })).toBeTruthy();
    expect(await app!.host.handlers.getPreferences()).toMatchObject({ language: 'de' });
  });

  it('keeps the report, the shortcuts and the language behind More, which Escape and a choice close', async () => {
    const user = await openTemplate();
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Report…' })).toBeNull();
    await user.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('group', { name: 'More' });
    expect(within(panel).getAllByRole('button').map((button) => button.textContent)).toEqual(['Report…', 'Keyboard shortcuts']);
    expect(within(panel).getByRole('combobox', { name: 'Language' })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Report…' }));
    await user.keyboard('{Escape}');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
    await user.click(more);
    await user.click(within(panel).getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('goes back to the start screen from the menu', async () => {
    await openTemplate();
    app!.command('show-start');
    expect(await screen.findByRole('button', { name: /Open the AVV template/u })).toBeTruthy();
  });
});

describe('bullet clauses', () => {
  /** The markers drawn for a clause: its margin marker, if any, and one per list item of its text. */
  const markers = (clause: Element) => (clause.querySelector('.clause-marker, .report-number')?.textContent ? 1 : 0) + clause.querySelectorAll('li').length;

  it('shows one marker for each item of §5, in the reader and in the report', async () => {
    const user = await openTemplate();
    await user.click(within(screen.getByRole('navigation', { name: 'Outline' })).getByRole('button', { name: /^5 Qualitätssicherung/u }));
    const bullets = screen.getAllByRole('listitem', { name: /^Clause 5 ¶/u }).filter((clause) => clause.textContent?.includes('Datenschutzbeauftragten'));
    expect(bullets.length).toBeGreaterThan(0);
    for (const clause of bullets) expect(markers(clause)).toBe(1);

    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'Report…' }));
    const report = await screen.findByRole('main', { name: 'Review report' });
    await waitFor(() => expect([...report.querySelectorAll('.report-clause')].some((clause) => clause.textContent?.includes('Die Bestellung eines Datenschutzbeauftragten'))).toBe(true), { timeout: 20_000 });
    const inReport = [...report.querySelectorAll('.report-clause')].filter((clause) => clause.textContent?.startsWith('•'));
    expect(inReport.length).toBeGreaterThan(5);
    for (const clause of inReport) expect(markers(clause)).toBe(1);
  });
});

describe('a Word document without numbered sections', () => {
  it('opens, says it was read by its headings and paragraphs, and shows a heading’s change where it sits', async () => {
    app = await renderApp();
    const { writeFile } = await import('node:fs/promises');
    const { docxPackage, HEADING_STYLES, ins, p, run } = await import('../support/docxPackage');
    const path = `${app.host.workDir}/nda.docx`;
    const body =
      p(run('Vertraulichkeit ') + ins(1, 'Jens Krüger', 'und Datenschutz'), '<w:pStyle w:val="Heading1"/>') +
      p(run('Die Parteien behandeln alle Informationen vertraulich.')) +
      p(run('Die Pflicht gilt fünf Jahre.'));
    await writeFile(path, docxPackage({ styles: HEADING_STYLES, body }));
    app.host.dialogs.openAnswers.push(path);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open a file…/u }));
    const outline = await screen.findByRole('navigation', { name: 'Outline' });
    expect(within(outline).getByText('No numbered sections: read by its headings and paragraphs.')).toBeTruthy();
    expect(within(outline).getByRole('heading', { name: 'Vertraulichkeit und Datenschutz' })).toBeTruthy();
    await user.click(within(outline).getByRole('button', { name: /^Section 1/u }));
    const passage = (await screen.findByText(/^Outside the clauses: a heading/u)).closest('li')!;
    expect(within(passage).getByText('und Datenschutz').tagName).toBe('INS');
    expect(screen.getByText('Die Parteien behandeln alle Informationen vertraulich.')).toBeTruthy();
  });
});
