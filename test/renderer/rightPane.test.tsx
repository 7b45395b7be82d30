import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as redline from '../../shared/redline/changes';
import { listChanges } from '../../shared/redline/changes';
import { findWholeOutline, renderApp } from './renderApp';

// Counted, to see how often the right pane walks the contract for its Changes tab.
vi.mock('../../shared/redline/changes', async (original) => {
  const changes = await original<typeof redline>();
  return { ...changes, listChanges: vi.fn(changes.listChanges) };
});

describe('the right pane', () => {
  it('counts the changes once per contract, not again on every click that leaves the contract as it is', async () => {
    await renderApp('en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    const outline = await findWholeOutline();
    const tab = await screen.findByRole('tab', { name: /^Changes/u });
    expect(tab.textContent).toBe('Changes0');
    const walks = vi.mocked(listChanges).mock.calls.length;

    // Selecting sections and clauses updates the store many times; a 5000-clause contract took
    // the window tens of milliseconds for each walk.
    await user.click(within(outline).getByRole('button', { name: /^10 Löschung und Rückgabe/u }));
    await user.click(screen.getByRole('listitem', { name: 'Clause 10.2' }));
    await user.click(within(outline).getByRole('button', { name: /^3 Technisch-organisatorische/u }));
    expect(screen.getByRole('heading', { name: 'Measures for 3.1' })).toBeTruthy();
    expect(vi.mocked(listChanges).mock.calls.length).toBe(walks);
    expect(tab.textContent).toBe('Changes0');
  });
});
