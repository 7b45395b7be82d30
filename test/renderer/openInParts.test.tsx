import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HOST_GLOBAL, type HostApi } from '../../shared/host/hostApi';
import { useStore } from '../../renderer/store/store';
import { ANNA, findWholeOutline, renderApp } from './renderApp';

/** Holds back every part of an opened contract after the first until `release` is called. */
function holdRest(): { release: () => void; asked: () => number } {
  const api = (window as unknown as Record<string, HostApi>)[HOST_GLOBAL]!;
  const take = api.takeDocumentPart.bind(api);
  let release = () => undefined as void;
  const held = new Promise<void>((done) => (release = done));
  let asked = 0;
  api.takeDocumentPart = async (opening, index) => {
    asked++;
    if (index > 0) await held;
    return take(opening, index);
  };
  return { release: () => release(), asked: () => asked };
}

describe('opening a document whose contract comes in parts', () => {
  it('shows the first section from the first part, read only and saying the rest is loading, and all of it once the rest is in', async () => {
    await renderApp('en', ANNA);
    const parts = holdRest();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));

    const reader = await screen.findByRole('main', { name: 'Contract' });
    const clause = await waitFor(() => {
      const first = reader.querySelector<HTMLElement>('[data-clause-id]');
      expect(first).not.toBeNull();
      return first!;
    });
    const outline = screen.getByRole('navigation', { name: 'Outline' });
    expect(outline.getAttribute('aria-busy')).toBe('true');
    expect(within(outline).queryByRole('button', { name: /^Anlage/u })).toBeNull();
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Loading the rest of the document…');
    // Nothing that counts or reads the whole contract is shown from a part of it.
    expect(screen.queryByRole('tab', { name: /^Changes/u })).toBeNull();
    expect(screen.queryByText(/reviewed/u)).toBeNull();
    expect(screen.getByRole('button', { name: 'Export DOCX…' }).matches(':disabled')).toBe(true);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    // Read only meanwhile: an edit begun now would be lost when the rest comes.
    await user.dblClick(clause);
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(useStore.getState().saving).toBe(false);

    parts.release();
    await findWholeOutline();
    expect(within(outline).getByRole('button', { name: /^Anlage III/u })).toBeTruthy();
    expect(screen.queryByText('Loading the rest of the document…')).toBeNull();
    expect(await screen.findByRole('tab', { name: /^Changes/u })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export DOCX…' }).matches(':disabled')).toBe(false);
    const { review, savedReview } = useStore.getState();
    expect(review?.contract.toms.length).toBeGreaterThan(0);
    // Receiving the rest is neither an edit nor a step to undo.
    expect(review).toBe(savedReview);
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    expect(parts.asked()).toBeGreaterThan(1);

    await user.dblClick(reader.querySelector<HTMLElement>('[data-clause-id]')!);
    expect(await screen.findByRole('textbox')).toBeTruthy();
  });
});
