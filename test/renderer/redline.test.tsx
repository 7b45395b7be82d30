import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../renderer/store/store';
import { listChanges } from '../../shared/redline/changes';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

async function openSection(title: RegExp, author = ANNA as typeof ANNA | null) {
  app = await renderApp('en', author);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
  await user.click(within(await findWholeOutline()).getByRole('button', { name: title }));
  return user;
}

const clause = (ref: string) => screen.getByRole('listitem', { name: `Clause ${ref}` });

describe('editing a clause', () => {
  it('turns an edit into tracked changes of the reviewer, shown as struck and underlined words', async () => {
    const user = await openSection(/^11 Sonstige/u);
    await user.dblClick(clause('11.1'));
    const editor = screen.getByRole('textbox', { name: 'Text of 11.1' });
    await user.clear(editor);
    await user.type(editor, 'Es gilt das Recht der Republik Österreich.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const item = clause('11.1');
    expect(within(item).getByText('Bundesrepublik Deutschland').tagName).toBe('DEL');
    expect(within(item).getByText('Republik Österreich').tagName).toBe('INS');
    expect(within(item).getByText('Republik Österreich').getAttribute('data-tip')).toMatch(/^Inserted by Anna Schmidt, /u);
    expect(screen.getByRole('status').textContent).toContain('Unsaved changes');
  });

  it('cancels with Escape and keeps nothing', async () => {
    const user = await openSection(/^11 Sonstige/u);
    clause('11.1').focus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Text of 11.1' }), ' Nichts.');
    await user.keyboard('{Escape}');
    expect(within(clause('11.1')).queryByRole('deletion')).toBeNull();
    expect(clause('11.1').textContent).toContain('Es gilt das Recht der Bundesrepublik Deutschland.');
    expect(screen.queryByText(/Unsaved changes/u)).toBeNull();
  });

  it('asks once who is reviewing before the first edit and keeps the answer', async () => {
    const user = await openSection(/^11 Sonstige/u, null);
    await user.dblClick(clause('11.2'));
    const dialog = screen.getByRole('dialog', { name: 'Who is reviewing?' });
    await user.type(within(dialog).getByLabelText('Name'), 'Ben Krüger');
    // The colours are named, not read out as hex codes.
    await user.click(within(dialog).getByRole('radio', { name: 'Green' }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('textbox', { name: 'Text of 11.2' })).toBeTruthy();
    expect((await app!.host.handlers.getPreferences()).author).toEqual({ name: 'Ben Krüger', initials: 'BK', color: '#006943' });
  });

  it('shows the four markup views', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.'));
    const view = screen.getByRole('combobox', { name: 'Markup' });
    await user.selectOptions(view, 'original');
    expect(clause('11.1').textContent).toContain('Bundesrepublik Deutschland');
    expect(clause('11.1').textContent).not.toContain('Österreich');
    await user.selectOptions(view, 'final');
    expect(clause('11.1').textContent).toContain('Republik Österreich');
    expect(clause('11.1').textContent).not.toContain('Bundesrepublik');
    await user.selectOptions(view, 'simple');
    expect(clause('11.1').className).toContain('has-changes');
    expect(within(clause('11.1')).queryByText('Republik Österreich', { selector: 'ins' })).toBeNull();
  });

  it('adds a clause after another, numbered in place, and deletes one as a tracked change', async () => {
    const user = await openSection(/^11 Sonstige/u);
    await user.click(clause('11.1'));
    await user.click(within(clause('11.1')).getByRole('button', { name: 'Add clause after' }));
    await user.type(screen.getByRole('textbox', { name: 'New paragraph' }), 'Änderungen bedürfen der Textform.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const items = within(screen.getByRole('main', { name: 'Contract' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.clause-marker')!.textContent)).toEqual(['1.', '2.', '3.']);
    expect(items[1]!.textContent).toContain('Added by Anna Schmidt');
    await user.click(items[2]!);
    await user.click(within(items[2]!).getByRole('button', { name: 'Delete' }));
    expect(items[2]!.className).toContain('whole-delete');
  });
});

describe('the change list', () => {
  it('accepts and rejects with a reason and keeps the decision for the clause', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.'));
    await user.click(screen.getByRole('tab', { name: /Changes/u }));
    const list = screen.getByRole('region', { name: 'Changes' });
    expect(within(list).getByText('2 pending changes')).toBeTruthy();
    const [deletion] = within(list).getAllByRole('listitem');
    await user.click(within(deletion!).getByRole('button', { name: /Reject/u }));
    await user.type(within(list).getByLabelText('Reason (optional)'), 'Deutsches Recht bleibt');
    await user.keyboard('{Enter}');
    await user.click(within(list).getAllByRole('button', { name: /Reject/u })[0]!);
    await user.keyboard('{Enter}');
    expect(within(list).getByText('No pending changes.')).toBeTruthy();
    expect(clause('11.1').textContent).toContain('Es gilt das Recht der Bundesrepublik Deutschland.');
    await user.click(screen.getByRole('tab', { name: /Notes/u }));
    const record = screen.getByRole('heading', { name: 'Decision record' }).parentElement!;
    expect(within(record).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Anna Schmidt rejected the deletion “Bundesrepublik Deutschland” by Anna Schmidt.*Reason: Deutsches Recht bleibt$/u),
      expect.stringMatching(/^Anna Schmidt rejected the insertion “Republik Österreich” by Anna Schmidt/u),
    ]);
  });

  it('filters by author and steps to the next change', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht Österreichs.'));
    act(() => useStore.getState().setAuthor({ name: 'Ben', initials: 'B', color: '#b23a48' }));
    act(() => useStore.getState().editText({ kind: 'clause', id: 's9-c1' }, 'Mündliche Weisungen bestätigt der Auftraggeber sofort (mind. Textform). Eine nicht bestätigte bzw. nicht dokumentierte Weisung gilt als nicht erteilt.'));
    await user.click(screen.getByRole('tab', { name: /Changes/u }));
    const list = screen.getByRole('region', { name: 'Changes' });
    await user.selectOptions(within(list).getByLabelText('Author'), 'Ben');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(list).getByRole('button', { name: /Next/u }));
    expect(within(list).getByText('Change 1 of 2')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /^9 Weisungsbefugnis/u })).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: /Accept all shown/u }));
    await user.keyboard('{Enter}');
    await user.selectOptions(within(list).getByLabelText('Author'), '');
    expect(within(list).getAllByRole('listitem').every((item) => !item.textContent!.includes('Ben'))).toBe(true);
  });
});

describe('a change inside a measure in the change list', () => {
  const tomEntries = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('tab', { name: /Changes/u }));
    return within(screen.getByRole('region', { name: 'Changes' })).getAllByRole('listitem');
  };

  it('shows the measure’s words with the change marked, and a responsibility change when the party flips', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'tom', id: 't24' }, 'Die Zugriffskontrolle liegt in der Verantwortung des Auftragnehmers.'));
    const [deletion, insertion] = await tomEntries(user);
    for (const entry of [deletion!, insertion!]) {
      expect(within(entry).getByRole('button', { name: 'Measure in Vertraulichkeit: Zugriffskontrolle' })).toBeTruthy();
      expect(entry.querySelector('.measure-excerpt')!.textContent).toBe('Die Zugriffskontrolle liegt in der Verantwortung des AuftraggebersAuftragnehmers.');
      expect(entry.querySelector('.change-shift')!.textContent).toBe('⇄ Responsibility changed CCustomer → PProvider');
      expect(within(entry).getByLabelText('Customer → Provider')).toBeTruthy();
    }
    expect(within(deletion!).getByText('Auftraggebers').tagName).toBe('DEL');
    expect(within(deletion!).getByText('Auftraggebers').className).toBe('this-change');
    expect(within(insertion!).getByText('Auftragnehmers').tagName).toBe('INS');
    expect(within(insertion!).getByText('Auftragnehmers').className).toBe('this-change');
  });

  it('shows no responsibility change when only a word changes', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'tom', id: 't30' }, 'Test- und Produktionssysteme sind physisch getrennt.'));
    const entries = await tomEntries(user);
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.querySelector('.measure-excerpt')!.textContent).toBe('Test- und Produktionssysteme sind logischphysisch getrennt.');
      expect(entry.querySelector('.change-shift')).toBeNull();
      expect(entry.textContent).not.toContain('Responsibility changed');
    }
  });
});

describe('the decision record', () => {
  it('quotes the decided words without the spaces around them', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c2' }, 'Als Gerichtsstand gilt der Sitz des für Bremen zuständigen Gerichts.'));
    const deleted = listChanges(useStore.getState().review!.contract).find((change) => change.kind === 'delete')!;
    expect(deleted.text).not.toBe(deleted.text.trim());
    act(() => useStore.getState().decide({ id: deleted.id }, 'reject', ''));
    await user.click(clause('11.2'));
    await user.click(screen.getByRole('tab', { name: /Notes/u }));
    const record = screen.getByRole('heading', { name: 'Decision record' }).parentElement!;
    expect(within(record).getByRole('listitem').textContent).toContain(`rejected the deletion “${deleted.text.replace(/\s+/gu, ' ').trim()}” by Anna Schmidt`);
  });
});

describe('comments, status, undo', () => {
  it('adds internal and external comments, replies, and resolves them', async () => {
    const user = await openSection(/^7 Kontrollrechte/u);
    await user.click(clause('7.4'));
    await user.click(screen.getByRole('tab', { name: /Notes/u }));
    await user.type(screen.getByLabelText('Add comment'), 'Vergütung streichen');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await user.type(screen.getByLabelText('Add comment'), 'Please drop the fee for audits.');
    await user.click(screen.getByRole('radio', { name: /External/u }));
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    const notes = screen.getByRole('region', { name: 'Notes on 7.4' });
    const [internal, external] = within(notes).getAllByRole('article');
    expect(internal!.className).toContain('comment-internal');
    expect(within(internal!).getByText('Internal')).toBeTruthy();
    expect(external!.className).toContain('comment-external');
    await user.type(within(external!).getByRole('textbox', { name: 'Reply' }), 'Agreed by phone.');
    await user.click(within(external!).getByRole('button', { name: 'Reply' }));
    await user.click(within(external!).getByRole('button', { name: 'Resolve' }));
    const resolved = within(notes).getAllByRole('article')[1]!;
    expect(resolved.textContent).toContain('Agreed by phone.');
    expect(within(resolved).getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('starts every new comment internal: neither the choice of External nor a draft carries over to the next comment or clause', async () => {
    const user = await openSection(/^7 Kontrollrechte/u);
    await user.click(clause('7.4'));
    await user.click(screen.getByRole('tab', { name: /Notes/u }));
    const visibility = () => (screen.getByRole('radio', { name: /External/u }) as HTMLInputElement).checked ? 'external' : 'internal';
    await user.type(screen.getByLabelText('Add comment'), 'Please drop the fee for audits.');
    await user.click(screen.getByRole('radio', { name: /External/u }));
    await user.click(screen.getByLabelText('Add comment'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(screen.getByRole('region', { name: 'Notes on 7.4' })).getByRole('article').className).toContain('comment-external');
    // The next comment on the same clause starts internal again.
    expect(visibility()).toBe('internal');

    // Another clause: a draft and a choice of External left unsent stay with 7.4.
    await user.type(screen.getByLabelText('Add comment'), 'Nur intern: Mandant akzeptiert notfalls.');
    await user.click(screen.getByRole('radio', { name: /External/u }));
    await user.click(clause('7.1'));
    expect(screen.getByRole('region', { name: 'Notes on 7.1' })).toBeTruthy();
    expect((screen.getByLabelText('Add comment') as HTMLTextAreaElement).value).toBe('');
    expect(visibility()).toBe('internal');
    await user.type(screen.getByLabelText('Add comment'), 'Nur intern: Mandant akzeptiert notfalls auch ohne Zustimmungsvorbehalt.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const note = within(screen.getByRole('region', { name: 'Notes on 7.1' })).getByRole('article');
    expect(note.className).toContain('comment-internal');
    expect(useStore.getState().review!.contract.sections.flatMap((section) => section.clauses).flatMap((item) => item.comments ?? []).map((comment) => comment.visibility)).toEqual(['internal', 'external']);
  });

  it('counts reviewed clauses, filters by status, and undoes and redoes', async () => {
    const user = await openSection(/^7 Kontrollrechte/u);
    await user.click(clause('7.1'));
    await user.selectOptions(within(clause('7.1')).getByRole('combobox', { name: 'Review status' }), 'agreed');
    await user.click(clause('7.4'));
    await user.selectOptions(within(clause('7.4')).getByRole('combobox', { name: 'Review status' }), 'disputed');
    expect(screen.getByText('2 of 39 clauses reviewed')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'disputed');
    expect(within(screen.getByRole('main', { name: 'Contract' })).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('1 of 39 clauses reviewed')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.getByText('2 of 39 clauses reviewed')).toBeTruthy();
  });
});

describe('saving', () => {
  it('saves to a .clausemark file chosen in the dialog, then to the same file without asking', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.'));
    const path = join(app!.host.workDir, 'avv-review');
    app!.host.dialogs.saveAnswers.push(path);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByText(/Unsaved changes/u)).toBeNull());
    expect(app!.host.dialogs.saveRequests[0]!.defaultName).toBe('avv-template.clausemark');
    const saved = JSON.parse(await readFile(`${path}.clausemark`, 'utf8'));
    expect(saved.contract.sections[10].clauses[0].text).toBe('Es gilt das Recht der Republik Österreich.');
    act(() => useStore.getState().setStatus({ kind: 'clause', id: 's11-c2' }, 'agreed'));
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(screen.queryByText(/Unsaved changes/u)).toBeNull());
    expect(app!.host.dialogs.saveRequests).toHaveLength(1);
    expect(JSON.parse(await readFile(`${path}.clausemark`, 'utf8')).contract.sections[10].clauses[1].status).toBe('agreed');
  });

  it('asks before leaving a document with unsaved changes', async () => {
    const user = await openSection(/^11 Sonstige/u);
    act(() => useStore.getState().setStatus({ kind: 'clause', id: 's11-c2' }, 'agreed'));
    await user.click(screen.getByRole('button', { name: /Start/u }));
    const dialog = screen.getByRole('dialog', { name: 'Unsaved changes' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('navigation', { name: 'Outline' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Start/u }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Don’t save' }));
    expect(await screen.findByRole('button', { name: /Open the AVV template/u })).toBeTruthy();
  });
});
