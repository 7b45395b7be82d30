import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };
/** „Manuelle Schließanlage“ in the Bremen office: the provider's by the annex's frame. */
const LOCK = 'Manuelle Schließanlage';

async function openTemplate() {
  app = await renderApp('en', ANNA);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
  await findWholeOutline();
  return user;
}

const reader = () => screen.getByRole('main', { name: 'Contract' });
const measure = (text: string) => within(reader()).getByText(text).closest<HTMLElement>('[data-tom-id]')!;

describe('the filters of the measures', () => {
  it('keeps the side panel’s filter to the side panel: Anlage III shows every measure under its own filter', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^3 Technisch-organisatorische/u }));
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    await user.click(within(panel).getByRole('button', { name: /^Customer 14$/u }));
    expect(within(panel).getByText('14 of 67 measures')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /^Anlage III/u }));
    expect(await within(reader()).findByText('67 of 67 measures')).toBeTruthy();
    expect(within(reader()).getByRole('button', { name: /^Customer 14$/u }).getAttribute('aria-pressed')).toBe('false');
    expect(within(reader()).queryByRole('button', { name: 'Reset filters' })).toBeNull();
  });

  it('keeps a measure edited out of the annex’s filter in view, says so, and leaves the focus on it until the filter changes', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^Anlage III/u }));
    await within(reader()).findByText('67 of 67 measures');
    await user.click(within(reader()).getByRole('button', { name: /^Provider 48$/u }));
    expect(within(reader()).getByText('48 of 67 measures')).toBeTruthy();

    await user.dblClick(measure(LOCK));
    const editor = within(reader()).getByRole('textbox');
    await user.clear(editor);
    await user.type(editor, 'Die Schließanlage stellt der Auftraggeber.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const edited = within(reader()).getByText('Auftraggeber.', { exact: false }).closest<HTMLElement>('[data-tom-id]')!;
    expect(within(edited).getByText('No longer matches the filter')).toBeTruthy();
    expect(within(edited).getByRole('button', { name: 'Customer' })).toBeTruthy();
    expect(within(reader()).getByText('47 of 67 measures, and 1 that no longer matches the filter, kept in view until the filter changes')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(edited));

    // A change of the filter is where it goes.
    await user.click(within(reader()).getByRole('button', { name: /^Customer 15$/u }));
    expect(within(reader()).getByText('62 of 67 measures')).toBeTruthy();
    expect(within(reader()).queryByText('No longer matches the filter')).toBeNull();
    await user.click(within(reader()).getByRole('button', { name: /^Customer 15$/u }));
    expect(within(reader()).getByText('47 of 67 measures')).toBeTruthy();
    expect(within(reader()).queryByText('Die Schließanlage stellt der', { exact: false })).toBeNull();
  });

  it('shows a measure selected in Anlage III in the side panel, leaving the change list for it', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^Anlage III/u }));
    await within(reader()).findByText('67 of 67 measures');
    await user.click(screen.getByRole('tab', { name: /^Changes/u }));
    expect(screen.getByRole('tab', { name: /^Changes/u }).getAttribute('aria-selected')).toBe('true');
    await user.click(within(reader()).getByText('Hochsicherheitszaun um das Gelände'));
    expect(screen.getByRole('tab', { name: /^Measures/u }).getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    expect(within(panel).getByRole('heading', { name: 'Reading, sentence by sentence' })).toBeTruthy();
    expect(within(panel).getAllByText('Hochsicherheitszaun um das Gelände').length).toBeGreaterThan(0);

    // The notes stay: they are the selected measure's own.
    await user.click(screen.getByRole('tab', { name: /^Notes/u }));
    await user.click(within(reader()).getByText('durchgehend besetzter Leitstand'));
    expect(screen.getByRole('tab', { name: /^Notes/u }).getAttribute('aria-selected')).toBe('true');
  });

  it('lets Tab rest on a measure of the side panel, and Enter open it in Anlage III with the focus on it', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: /^3 Technisch-organisatorische/u }));
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    const fence = within(panel).getByText('Hochsicherheitszaun um das Gelände').closest<HTMLElement>('[data-tom-id]')!;
    act(() => fence.focus());
    // Resting on it changes nothing: the reader still shows §3.
    expect(within(reader()).getByRole('listitem', { name: 'Clause 3.1' })).toBeTruthy();
    await user.keyboard('{Enter}');
    await within(reader()).findByText('67 of 67 measures');
    const opened = measure('Hochsicherheitszaun um das Gelände');
    expect(opened.getAttribute('aria-current')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(opened));
  });
});
