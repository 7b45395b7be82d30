import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import * as contractModule from '../../shared/contract';
import { largeContract } from '../bench/generate';
import { readTemplate } from '../support/files';
import { renderApp } from './renderApp';

// Reading a section's clause labels is the work of drawing it: how often the report does it is how often it draws a section.
vi.mock('../../shared/contract', async (original) => {
  const real = await original<typeof contractModule>();
  return { ...real, displayLabels: vi.fn(real.displayLabels) };
});

/** A 300-clause contract opened from the start screen, the toolbar's *More* menu open. */
async function openLongContract() {
  const app = await renderApp('en');
  const path = `${app.host.workDir}/framework.txt`;
  await writeFile(path, largeContract(readTemplate(), 300));
  app.host.dialogs.openAnswers.push(path);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Open a file…/u }));
  // Opening 300 clauses and finding a button among them took jsdom 1.2–4.7 s on a busy 2-core
  // machine: more than the default second once the first clause takes the focus on opening.
  await user.click(await screen.findByRole('button', { name: 'More' }, { timeout: 10_000 }));
  return user;
}

describe('the review report of a long contract', () => {
  it('is drawn a slice at a time, saying how far it has come, and can be saved once it is whole', async () => {
    const user = await openLongContract();
    await user.click(screen.getByRole('button', { name: 'Report…' }));

    const report = screen.getByRole('main', { name: 'Review report' });
    const save = screen.getByRole('button', { name: 'Save as PDF…' });
    // While it is drawn: busy, Save not yet to be pressed, and the toolbar says how far it has come.
    expect(report.getAttribute('aria-busy')).toBe('true');
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(report.querySelectorAll('.report-clause').length).toBeGreaterThan(0));
    const drawnEarly = report.querySelectorAll('.report-clause').length;
    expect(drawnEarly).toBeLessThan(300);
    expect(screen.getByRole('status').textContent).toMatch(/^Preparing the report: \d+ of \d+ clauses and measures …$/u);

    // Then the responsibility matrix, a slice of rows at a time (a long annex's table laid out in
    // one go held the window for seconds), still busy and saying so.
    const growing = /^Preparing the report: the responsibility matrix, (\d+) of (\d+) rows …$/u;
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(growing), { timeout: 20_000 });
    const rows = Number(growing.exec(screen.getByRole('status').textContent ?? '')![2]);
    expect(report.querySelectorAll('.report-matrix tbody tr').length).toBeLessThan(rows);
    expect(report.getAttribute('aria-busy')).toBe('true');
    expect((save as HTMLButtonElement).disabled).toBe(true);

    // Whole: every clause and measure, the checklist, Save enabled and focused.
    await waitFor(() => expect(report.getAttribute('aria-busy')).toBe('false'), { timeout: 20_000 });
    expect(report.querySelectorAll('.report-clause')).toHaveLength(300);
    expect(report.querySelectorAll('.report-toms > li').length).toBeGreaterThan(100);
    expect(report.querySelectorAll('.report-matrix tbody tr')).toHaveLength(rows);
    expect(within(report).getByRole('heading', { name: '3 Art. 28 GDPR checklist' })).toBeTruthy();
    expect((save as HTMLButtonElement).disabled).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(save));
    expect(screen.getByRole('status').textContent).toBe('');
  }, 60_000);

  it('draws each section of the contract once or twice, not again with every slice after it', async () => {
    const user = await openLongContract();
    const labels = vi.mocked(contractModule.displayLabels);
    labels.mockClear();
    await user.click(screen.getByRole('button', { name: 'Report…' }));
    const report = screen.getByRole('main', { name: 'Review report' });
    await waitFor(() => expect(report.getAttribute('aria-busy')).toBe('false'), { timeout: 20_000 });
    const sections = report.querySelectorAll('.report-contract .report-section:not(.report-annex)').length;
    expect(sections).toBeGreaterThan(30);
    // Drawn when it first shows and once more where a slice ended inside it; before, every slice drew every section before it again.
    expect(labels.mock.calls.length).toBeLessThanOrEqual(2 * sections);
  }, 60_000);
});
