import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../renderer/store/store';
import { renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };
const clause = (ref: string) => screen.getByRole('listitem', { name: `Clause ${ref}` });

/** §11 open with both clauses edited by Anna: four tracked changes. */
async function redlined(language: 'de' | 'en' = 'en') {
  app = await renderApp(language, ANNA);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /AVV/u }));
  await user.click(within(await screen.findByRole('navigation', { name: /Outline|Gliederung/u })).getByRole('button', { name: /^11 Sonstige/u }));
  act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.'));
  act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c2' }, 'Gerichtsstand ist Hamburg.'));
  return user;
}

const focusedChange = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-change-id') ?? null;

describe('the Review menu and its keys', () => {
  it('moves to the next and previous change from the selected clause and shows it focused', async () => {
    const user = await redlined();
    clause('11.2').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('INS'));
    expect(document.activeElement!.textContent).toBe('Republik Österreich');
    expect(document.activeElement!.closest('[data-clause-id]')?.getAttribute('aria-label')).toBe('Clause 11.1');
    // The menu's command does the same as the key.
    const first = focusedChange();
    act(() => app!.command('next-change'));
    await waitFor(() => expect(focusedChange()).not.toBe(first));
    expect(document.activeElement!.closest('[data-clause-id]')?.getAttribute('aria-label')).toBe('Clause 11.2');
    act(() => app!.command('previous-change'));
    await waitFor(() => expect(focusedChange()).toBe(first));
  });

  it('accepts the current change after a reason (Enter), then goes on to the next one', async () => {
    const user = await redlined();
    clause('11.1').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(focusedChange()).not.toBeNull());
    const current = focusedChange();
    await user.keyboard('{Control>}{Shift>}A{/Shift}{/Control}');
    const reason = await screen.findByLabelText('Reason (optional)');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    await user.type(reason, 'Agreed on the phone{Enter}');
    await waitFor(() => expect(focusedChange()).not.toBeNull());
    expect(focusedChange()).not.toBe(current);
    expect(useStore.getState().review!.decisions).toEqual([expect.objectContaining({ action: 'accept', rationale: 'Agreed on the phone', change: expect.objectContaining({ id: current }) })]);
    // Reject from the menu; Escape in the reason field gives up and goes back to the change.
    const next = focusedChange();
    act(() => app!.command('reject-change'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Reason (optional)')));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(focusedChange()).toBe(next));
    expect(useStore.getState().review!.decisions).toHaveLength(1);
  });

  it('comments on the selected clause, edits it, and sets its status from the keyboard', async () => {
    const user = await redlined();
    clause('11.2').focus();
    await user.keyboard('{Control>}{Shift>}M{/Shift}{/Control}');
    const field = await screen.findByLabelText('Add comment');
    await waitFor(() => expect(document.activeElement).toBe(field));
    // Typing keeps its keys: ? and Alt+↓ in the comment field are text and caret, not shortcuts.
    await user.type(field, 'Warum Hamburg?');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(clause('11.2')));
    expect(within(screen.getByRole('region', { name: 'Notes on 11.2' })).getByText('Warum Hamburg?')).toBeTruthy();

    await user.keyboard('{Alt>}2{/Alt}');
    expect(within(clause('11.2')).getByRole('combobox', { name: 'Review status' })).toHaveProperty('value', 'agreed');
    act(() => app!.command('status-needs-change'));
    expect(within(clause('11.2')).getByRole('combobox', { name: 'Review status' })).toHaveProperty('value', 'needs-change');

    await user.keyboard('{F2}');
    const editor = await screen.findByRole('textbox', { name: 'Text of 11.2' });
    expect(document.activeElement).toBe(editor);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(clause('11.2')));
    act(() => app!.command('edit-clause'));
    expect(await screen.findByRole('textbox', { name: 'Text of 11.2' })).toBeTruthy();
  });

  it('switches markup and views from the menu, and views with Ctrl+1–3, the focus in the view shown', async () => {
    const user = await redlined();
    act(() => app!.command('markup-original'));
    expect(screen.getByRole('combobox', { name: 'Markup' })).toHaveProperty('value', 'original');
    expect(within(clause('11.1')).queryByText('Republik Österreich')).toBeNull();
    clause('11.1').focus();
    await user.keyboard('{Control>}2{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main', { name: 'Responsibility matrix' })));
    act(() => app!.command('view-checklist'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main', { name: 'Art. 28 checklist' })));
    await user.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(document.activeElement).toBe(clause('11.1')));
  });

  it('ignores a command it does not know', async () => {
    await redlined();
    const before = useStore.getState().review;
    act(() => app!.command('format-disk' as never));
    expect(useStore.getState().review).toBe(before);
  });
});

describe('the shortcut overview', () => {
  it('opens with ? and from Help, lists every group with the platform’s keys, and closes with Escape', async () => {
    const user = await redlined();
    clause('11.1').focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const group of ['Document', 'Review', 'Navigation', 'View']) expect(within(dialog).getByRole('heading', { name: group })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /Accept the current change/u }).textContent).toContain('Ctrl+Shift+A');
    expect(within(dialog).getByRole('row', { name: /^Redo/u }).textContent).toMatch(/Ctrl\+Y\s*or\s*Ctrl\+Shift\+Z/u);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(clause('11.1'));
    act(() => app!.command('show-shortcuts'));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });

  it('speaks German, with German key names', async () => {
    await redlined('de');
    act(() => app!.command('show-shortcuts'));
    const dialog = screen.getByRole('dialog', { name: 'Tastenkürzel' });
    for (const group of ['Dokument', 'Prüfung', 'Navigation', 'Ansicht']) expect(within(dialog).getByRole('heading', { name: group })).toBeTruthy();
    expect(within(dialog).getByRole('row', { name: /Aktuelle Änderung annehmen/u }).textContent).toContain('Strg+Umschalt+A');
    expect(within(dialog).getByRole('row', { name: /Bearbeitung übernehmen/u }).textContent).toContain('Strg+Eingabe');
  });
});

describe('the review report', () => {
  it('shows the contract with its markup and change notes, the matrix, the checklist and the decision record', async () => {
    const user = await redlined();
    act(() => useStore.getState().decide({ id: useStore.getState().review!.contract.sections[10]!.clauses[1]!.segments!.find((segment) => segment.kind === 'insert')!.id! }, 'reject', 'Bremen bleibt'));
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'Report…' }));
    const report = screen.getByRole('main', { name: 'Review report' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save as PDF…' })));
    expect(within(report).getByText('Republik Österreich').tagName).toBe('INS');
    expect(within(report).getByText('Bundesrepublik Deutschland').tagName).toBe('DEL');
    expect(within(report).getAllByText(/^Inserted by Anna Schmidt, /u).length).toBeGreaterThan(0);
    for (const part of ['1 The contract with markup', '2 Responsibility matrix', '3 Art. 28 GDPR checklist', '4 Decision record']) expect(within(report).getByRole('heading', { name: part })).toBeTruthy();
    expect(within(report).getByRole('row', { name: /Bremen bleibt/u }).textContent).toMatch(/Rejected the insertion “[^”]*Hamburg[^”]*” by Anna Schmidt/u);
    expect(within(report).getByText(/^4 pending changes$/u)).toBeTruthy();
    // Escape goes back to the workspace and the More button that holds Report….
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'More' })));
    act(() => app!.command('export-report'));
    expect(screen.getByRole('main', { name: 'Review report' })).toBeTruthy();
  });
});

describe('the decision record in German', () => {
  it('puts the verb last, as German does', async () => {
    const user = await redlined('de');
    const insertion = useStore.getState().review!.contract.sections[10]!.clauses[1]!.segments!.find((segment) => segment.kind === 'insert')!;
    act(() => useStore.getState().decide({ id: insertion.id! }, 'reject', 'Bremen bleibt'));
    await user.click(screen.getByRole('listitem', { name: 'Klausel 11.2' }));
    await user.click(screen.getByRole('tab', { name: /Notizen/u }));
    const record = screen.getByRole('heading', { name: 'Entscheidungsprotokoll' }).parentElement!;
    expect(record.textContent).toMatch(/Anna Schmidt hat die Einfügung „ist Hamburg“ von Anna Schmidt abgelehnt/u);
  });
});
