import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../renderer/store/store';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

async function openTemplate(language: 'de' | 'en' = 'en') {
  app = await renderApp(language);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: language === 'en' ? /Open the AVV template/u : /AVV-Vorlage öffnen/u }));
  await findWholeOutline(language);
  return user;
}

describe('the view switch', () => {
  it('offers the contract, the matrix and the checklist, and is reachable by keyboard', async () => {
    const user = await openTemplate();
    const views = screen.getByRole('navigation', { name: 'View' });
    const buttons = within(views).getAllByRole('button');
    // Short on the tab, where the title bar needs the room; whole as its name and tooltip.
    expect(buttons.map((button) => [button.textContent, button.getAttribute('aria-label'), button.getAttribute('title'), button.getAttribute('aria-pressed')])).toEqual([
      ['Contract', 'Contract', 'Contract', 'true'],
      ['Matrix', 'Responsibility matrix', 'Responsibility matrix', 'false'],
      ['Checklist', 'Art. 28 checklist', 'Art. 28 checklist', 'false'],
    ]);
    buttons[1]!.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('main', { name: 'Responsibility matrix' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Outline' })).toBeNull();
    await user.click(buttons[0]!);
    expect(screen.getByRole('navigation', { name: 'Outline' })).toBeTruthy();
  });

  it('speaks German', async () => {
    await openTemplate('de');
    const views = screen.getByRole('navigation', { name: 'Ansicht' });
    expect(within(views).getAllByRole('button').map((button) => button.textContent)).toEqual(['Vertrag', 'Matrix', 'Checkliste']);
  });
});

describe('the responsibility matrix', () => {
  it('shows categories against services with counts per party, and the measures of a chosen cell', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Responsibility matrix' }));
    const matrix = screen.getByRole('main', { name: 'Responsibility matrix' });
    const table = within(matrix).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Category', 'All services', 'Telehouse Frankfurt, Main (Rechenzentrum)', 'Bremen (Büro)', 'Kundenmenü', 'Cloud-VPS', 'Webhosting', 'E-Mail', 'Total']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(11);
    const cell = within(table).getByRole('button', { name: /^Vertraulichkeit: Zugangskontrolle, Cloud-VPS:.*— 3 measures: provider 1, customer 2, shared 0, unstated 0$/u });
    // Numbers and symbols, not colour alone.
    expect(cell.querySelector('.party-counts')!.textContent).toBe('P1C2');
    await user.click(cell);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    expect(within(matrix).getByRole('heading', { name: 'Vertraulichkeit: Zugangskontrolle · Cloud-VPS' })).toBeTruthy();
    const measures = within(matrix).getAllByRole('button', { name: /^(Standardmäßige|Der Auftraggeber kann|Für die Zugangskontrolle)/u });
    expect(measures).toHaveLength(3);
  });

  it('lets a reviewer override a measure’s responsibility with a reason and a name, marks it, and resets it', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Responsibility matrix' }));
    const matrix = screen.getByRole('main', { name: 'Responsibility matrix' });
    await user.click(within(matrix).getByRole('button', { name: /^Vertraulichkeit: Zugangskontrolle, Cloud-VPS/u }));
    await user.click(within(matrix).getByRole('button', { name: /^Standardmäßige Deaktivierung/u }));
    await user.click(within(matrix).getByRole('button', { name: 'Change responsibility…' }));
    const form = within(matrix).getByRole('form', { name: 'Set the responsibility' });
    await user.click(within(form).getByRole('radio', { name: /Shared/u }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert').textContent).toBe('Give a reason: it is kept with your decision.');
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'The customer uploads its own keys.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert').textContent).toBe('Give your name: it marks your decision.');
    await user.type(within(form).getByRole('textbox', { name: 'Your name' }), 'Dana Richter');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(within(matrix).getByText(/Set by Dana Richter on .*: The customer uploads its own keys\./u)).toBeTruthy());
    expect(within(matrix).getByRole('button', { name: /^Vertraulichkeit: Zugangskontrolle, Cloud-VPS/u }).textContent).toContain('provider 0, customer 2, shared 1');
    expect(within(matrix).getAllByLabelText('reviewer').length).toBeGreaterThan(0);
    expect(await app!.host.handlers.getPreferences()).toMatchObject({ author: { name: 'Dana Richter', initials: 'DR' } });
    expect(useStore.getState().review!.decisions).toEqual([
      expect.objectContaining({ action: 'override', by: 'Dana Richter', from: 'provider', to: 'shared', rationale: 'The customer uploads its own keys.', target: { kind: 'tom', id: 't11' } }),
    ]);

    await user.click(within(matrix).getByRole('button', { name: 'Reset to the automatic reading' }));
    expect(within(matrix).getByRole('button', { name: /^Vertraulichkeit: Zugangskontrolle, Cloud-VPS/u }).textContent).toContain('provider 1, customer 2, shared 0');
    expect(useStore.getState().review!.decisions.map((decision) => decision.action)).toEqual(['override', 'reset']);
  });

  it('counts a measure whose party hangs on an unaccepted change apart, as pending, in words, until the change is decided', async () => {
    const user = await openTemplate();
    act(() => useStore.getState().setAuthor({ name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' }));
    // „Manuelle Schließanlage“ in the Bremen office, the provider's, is given to the customer by a tracked change.
    act(() => useStore.getState().editText({ kind: 'tom', id: 't8' }, 'Die Schließanlage stellt der Auftraggeber.'));
    await user.click(screen.getByRole('button', { name: 'Responsibility matrix' }));
    const matrix = screen.getByRole('main', { name: 'Responsibility matrix' });
    expect(within(matrix).getByText('1 measure is counted apart as pending: who must carry it out depends on a tracked change not yet accepted or rejected.')).toBeTruthy();
    const cell = within(matrix).getByRole('button', { name: /^Vertraulichkeit: Zutrittskontrolle, Bremen \(Büro\):/u });
    expect(cell.querySelector('.party-counts')!.textContent).toBe('P11 pending');
    expect(cell.textContent).toContain('2 measures: provider 1, customer 0, shared 0, unstated 0, 1 pending');
    await user.click(cell);
    const pendingMeasure = within(matrix).getByRole('button', { name: 'Die Schließanlage stellt der Auftraggeber.' }).closest('li')!;
    expect(within(pendingMeasure).getByText('Pending: depends on a tracked change not yet accepted or rejected')).toBeTruthy();

    act(() => useStore.getState().decide('all', 'accept', ''));
    expect(within(matrix).queryByText(/counted apart as pending/u)).toBeNull();
    expect(within(matrix).getByRole('button', { name: /^Vertraulichkeit: Zutrittskontrolle, Bremen \(Büro\):/u }).querySelector('.party-counts')!.textContent).toBe('P1C1');
  });

  it('lists who does what, for the customer by default and for the provider on request, and copies it as text', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Responsibility matrix' }));
    const side = screen.getByRole('complementary', { name: 'Who does what' });
    expect(within(side).getByRole('heading', { name: 'Our obligations under this contract' })).toBeTruthy();
    expect(within(side).getByText('Obligations of the customer (controller)')).toBeTruthy();
    expect(within(side).getByText(/6 duties, 19 measures/u)).toBeTruthy();
    expect(within(side).getAllByRole('checkbox').length).toBe(6 + 19);
    await user.click(within(side).getByRole('radio', { name: 'Provider' }));
    expect(within(side).getByText('Obligations of the provider (processor)')).toBeTruthy();
    expect(within(side).getByText(/53 measures/u)).toBeTruthy();
    await user.click(within(side).getByRole('button', { name: 'Copy as text' }));
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n').slice(0, 2)).toEqual(['Our obligations under this contract', 'Obligations of the provider (processor)']);
    expect(within(side).getByRole('status').textContent).toBe('Copied to the clipboard.');
  });

  it('leads from a duty to its clause in the reader and from a measure to its reading beside the matrix', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Responsibility matrix' }));
    const side = () => screen.getByRole('complementary', { name: 'Who does what' });
    const measure = within(side()).getAllByRole('listitem').find((item) => item.querySelector('.obligation-ref')?.textContent?.startsWith('2 Vertraulichkeit'))!;
    const measureText = measure.querySelector('.obligation-text')!.textContent!;
    await user.click(measure.querySelector<HTMLButtonElement>('.obligation-ref')!);
    const matrix = screen.getByRole('main', { name: 'Responsibility matrix' });
    expect(matrix.querySelector('.measure-detail .measure-text')?.textContent).toBe(measureText);
    const duty = within(side()).getAllByRole('button').find((button) => button.classList.contains('obligation-ref') && /^\d+\.\d+$/u.test(button.textContent ?? ''))!;
    const number = duty.textContent!;
    await user.click(duty);
    expect(screen.getByRole('listitem', { name: `Clause ${number}` }).getAttribute('aria-current')).toBe('true');
  });
});

describe('the Art. 28 checklist', () => {
  it('shows a score and every item with status, reason and clauses that lead into the contract', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Art. 28 checklist' }));
    const checklist = screen.getByRole('main', { name: 'Art. 28 checklist' });
    const score = await within(checklist).findByRole('group', { name: 'Score' });
    // The share as English writes it (German: 70 %).
    expect(score.textContent).toMatch(/^\d+%10 covered, 8 weak, 2 missing$/u);
    const items = within(checklist).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    const audits = within(checklist).getByRole('listitem', { name: /Information and audits, including inspections/u });
    expect(within(audits).getByText('Weak')).toBeTruthy();
    expect(within(audits).getByText('Art. 28(3)(h)')).toBeTruthy();
    expect(within(audits).getByText('Made chargeable in 7.4: “Vergütungsanspruch”.')).toBeTruthy();
    await user.click(within(audits).getByRole('button', { name: 'Go to 7.4' }));
    expect(screen.getByRole('listitem', { name: 'Clause 7.4' }).getAttribute('aria-current')).toBe('true');
    const panel = screen.getByRole('complementary', { name: 'Measures' });
    expect(within(panel).getByRole('heading', { name: 'Who this clause obliges' })).toBeTruthy();
    expect(within(panel).getByText('Only an option, no duty: “kann der Auftragnehmer”')).toBeTruthy();
  });

  it('says how far the check has come while it runs, keeps the window free, and shows the result when done', async () => {
    await openTemplate();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Art. 28 checklist' }));
    });
    // Nothing is checked in the click itself: the check runs in slices after it.
    const checklist = screen.getByRole('main', { name: 'Art. 28 checklist' });
    expect(within(checklist).getByRole('status').textContent).toBe('Checking the contract against the words of Art. 28 GDPR: 0 of 20 items …');
    expect(within(checklist).queryByRole('group', { name: 'Score' })).toBeNull();
    expect(await within(checklist).findByRole('group', { name: 'Score' })).toBeTruthy();
    expect(within(checklist).queryByRole('status')).toBeNull();
    expect(within(checklist).getAllByRole('listitem')).toHaveLength(20);
    // Back to the contract and to the checklist again: the result is there at once.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Contract' }));
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Art. 28 checklist' }));
    });
    expect(within(screen.getByRole('main', { name: 'Art. 28 checklist' })).getByRole('group', { name: 'Score' })).toBeTruthy();
  });

  it('lets a reviewer set an item’s status with a note, counted in the score, and reset it', async () => {
    const user = await openTemplate();
    await user.click(screen.getByRole('button', { name: 'Art. 28 checklist' }));
    const checklist = screen.getByRole('main', { name: 'Art. 28 checklist' });
    const item = await within(checklist).findByRole('listitem', { name: /Processor liable for its sub-processors/u });
    await user.click(within(item).getByRole('button', { name: 'Set status…' }));
    await user.click(within(item).getByRole('radio', { name: /Covered/u }));
    await user.type(within(item).getByRole('textbox', { name: 'Note' }), '§ 9 of the main contract');
    await user.type(within(item).getByRole('textbox', { name: 'Your name' }), 'Dana Richter');
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(item).getByText(/Set to “Covered” by Dana Richter on .*: § 9 of the main contract/u)).toBeTruthy());
    expect(within(checklist).getByRole('group', { name: 'Score' }).textContent).toContain('11 covered, 8 weak, 1 missing');
    expect(useStore.getState().review!.checklist).toEqual([expect.objectContaining({ itemId: 'art28-4-liability', status: 'covered', by: 'Dana Richter' })]);
    await user.click(within(item).getByRole('button', { name: 'Reset to the automatic result' }));
    expect(within(checklist).getByRole('group', { name: 'Score' }).textContent).toContain('10 covered, 8 weak, 2 missing');
  });

  it('speaks German', async () => {
    const user = await openTemplate('de');
    await user.click(screen.getByRole('button', { name: 'Art.-28-Checkliste' }));
    const checklist = screen.getByRole('main', { name: 'Art.-28-Checkliste' });
    const item = await within(checklist).findByRole('listitem', { name: /Haftung des Auftragsverarbeiters/u });
    expect(within(item).getByText('Fehlt')).toBeTruthy();
    expect(within(item).getByText('Art. 28 Abs. 4')).toBeTruthy();
    expect(within(item).getByText('Keine Klausel regelt Folgendes: dass der Auftragsverarbeiter für seine Unterauftragsverarbeiter haftet.')).toBeTruthy();
    expect(within(checklist).getByRole('group', { name: 'Ergebnis' }).textContent).toMatch(/^\d+\u00a0%10 erfüllt, 8 schwach, 2 fehlend$/u);
  });
});
