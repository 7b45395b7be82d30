import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistComparison } from '../../renderer/components/compare/ChecklistComparison';
import { initI18n } from '../../renderer/i18n';
import { undo, useStore } from '../../renderer/store/store';
import { compareChecklists } from '../../shared/compare/checklist';
import { parseContract } from '../../shared/parse/parseContract';
import { listChanges } from '../../shared/redline/changes';
import { readTemplate } from '../support/files';
import { providerAnswer } from '../support/negotiation';
import { findWholeOutline, renderApp, type RenderedApp } from './renderApp';

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

const ANNA = { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' };

async function openTemplate() {
  app = await renderApp('en', ANNA);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
  await findWholeOutline();
  return user;
}

async function answerFile(): Promise<string> {
  const path = join(app!.host.workDir, 'provider-answer.txt');
  await writeFile(path, providerAnswer(parseContract(readTemplate())).text);
  return path;
}

async function compareWithAnswer(user: ReturnType<typeof userEvent.setup>) {
  app!.host.dialogs.openAnswers.push(await answerFile());
  await user.click(screen.getByRole('button', { name: 'Compare…' }));
  const dialog = screen.getByRole('dialog', { name: 'Compare' });
  expect((within(dialog).getByRole('combobox', { name: 'Old' }) as HTMLSelectElement).value).toBe('current');
  expect((within(dialog).getByRole('combobox', { name: 'New' }) as HTMLSelectElement).value).toBe('file');
  await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
  await within(dialog).findByText('provider-answer.txt');
  await user.click(within(dialog).getByRole('button', { name: 'Compare' }));
  const toolbar = await screen.findByRole('toolbar', { name: 'Compare' });
  // The rows come a task after toolbar and counts.
  await waitFor(() => expect(document.querySelector('.compare-row')).not.toBeNull());
  return toolbar;
}

describe('versions', () => {
  it('saves a version with the reviewer’s name, lists it, and opens it read only', async () => {
    const user = await openTemplate();
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.'));
    await user.click(screen.getByRole('button', { name: 'Versions' }));
    const dialog = screen.getByRole('dialog', { name: 'Versions' });
    const name = within(dialog).getByLabelText('Name of the new version');
    expect((name as HTMLInputElement).value).toBe('Version 1');
    await user.clear(name);
    await user.type(name, 'Our markup 1');
    await user.click(within(dialog).getByRole('button', { name: 'Save version' }));
    const listed = within(dialog).getByRole('listitem');
    expect(listed.textContent).toContain('Our markup 1');
    expect(listed.textContent).toContain('Anna Schmidt');
    expect(screen.getByRole('status').textContent).toContain('Unsaved changes');

    await user.click(within(listed).getByRole('button', { name: 'Open' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const banner = screen.getByText(/Version “Our markup 1” · Anna Schmidt/u);
    expect(banner).toBeTruthy();
    const clause = screen.getByRole('listitem', { name: 'Clause 11.1' });
    expect(within(clause).getByText('Republik Österreich').tagName).toBe('INS');
    expect(within(clause).queryByRole('button', { name: /Edit/u })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    expect(screen.getByRole('navigation', { name: 'Outline' })).toBeTruthy();
  });

  it('restores a version as tracked changes after saying what will happen, and undo takes it back', async () => {
    const user = await openTemplate();
    act(() => useStore.getState().saveVersion('Provider template 2018-06-09'));
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c2' }, 'Gerichtsstand ist Hamburg.'));
    act(() => useStore.getState().decide('all', 'accept', ''));
    await user.click(screen.getByRole('button', { name: /^Versions/u }));
    const dialog = screen.getByRole('dialog', { name: 'Versions' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore…' }));
    expect(within(dialog).getByText(/tracked changes of Anna Schmidt/u)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Restore as tracked changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const review = useStore.getState().review!;
    expect(new Set(listChanges(review.contract).map((change) => change.author))).toEqual(new Set(['Anna Schmidt']));
    expect(review.contract.sections[10]!.clauses[1]!.text).toBe('Die Parteien vereinbaren als Gerichtsstand den Sitz des für Bremen zuständigen Gerichts.');
    expect(screen.getByRole('tab', { name: /Changes/u }).getAttribute('aria-selected')).toBe('true');
    act(() => undo());
    expect(listChanges(useStore.getState().review!.contract)).toEqual([]);
  });
});

describe('comparing', () => {
  it('compares the review with a file: counts, responsibility changes first, next and previous, filters', async () => {
    const user = await openTemplate();
    const toolbar = await compareWithAnswer(user);
    expect(within(toolbar).getByRole('heading').textContent).toBe('Current review → provider-answer.txt');
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(within(summary).getAllByRole('list')[0]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '2 responsibility changed',
      '1 changed',
      '2 added',
      '1 removed',
      '1 moved',
      '101 unchanged',
    ]);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(1, 3)).toEqual(['Who carries which measure', 'Clauses']);

    await user.click(within(toolbar).getByRole('button', { name: /Next change/u }));
    expect(within(toolbar).getByText('Change 1 of 7')).toBeTruthy();
    const current = () => document.querySelector('[aria-current="true"]')!;
    expect(current().textContent).toMatch(/Responsibility changed.*Pseudonymisierung/u);
    await user.click(within(toolbar).getByRole('button', { name: /Previous change/u }));
    expect(within(toolbar).getByText('Change 7 of 7')).toBeTruthy();
    expect(current().textContent).toMatch(/^Moved/u);

    await user.selectOptions(within(toolbar).getByLabelText('Show'), 'responsibility');
    expect(screen.queryByRole('heading', { name: 'Clauses' })).toBeNull();
    expect(document.querySelectorAll('.compare-row.is-change')).toHaveLength(2);

    await user.selectOptions(within(toolbar).getByLabelText('Show'), 'changes');
    const moved = screen.getByText(/· moved from 2.3 to 12.3, and reworded$/u);
    expect(moved).toBeTruthy();
    expect(screen.getByRole('button', { name: /↓ moved from 2.3 to 12.3/u })).toBeTruthy();
    expect(screen.getAllByText('10.1', { exact: false }).length).toBeGreaterThan(0);
  });

  it('says it is comparing while it compares, and a comparison cancelled meanwhile never shows', async () => {
    const user = await openTemplate();
    app!.host.dialogs.openAnswers.push(await answerFile());
    await user.click(screen.getByRole('button', { name: 'Compare…' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    await within(dialog).findByText('provider-answer.txt');
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Compare' }));
    });
    // Nothing is compared in the click itself (here a task later; in the app, in a worker).
    const busy = within(dialog).getByRole('button', { name: 'Comparing …' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    expect(busy.getAttribute('aria-busy')).toBe('true');
    act(() => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('toolbar', { name: 'Compare' })).toBeNull();
    expect(useStore.getState().comparing).toBe(false);
    // Asked for again, it shows.
    expect(await compareWithAnswer(user)).toBeTruthy();
  });

  it('puts one mark of the heat bar in the tab order and moves between marks by the arrow keys', async () => {
    const user = await openTemplate();
    const toolbar = await compareWithAnswer(user);
    // Drawn a task after the rows.
    const heat = await screen.findByRole('navigation', { name: 'Where the changes are' });
    const marks = () => within(heat).getAllByRole('button');
    const tabbable = () => marks().filter((mark) => mark.tabIndex === 0);
    await waitFor(() => expect(marks()).toHaveLength(7));
    expect(tabbable()).toEqual([marks()[0]]);
    marks()[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(marks()[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(marks()[6]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(marks()[6]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(marks()[0]);
    await user.keyboard('{End}');
    // Enter goes to the change (the focus with it); its mark is then the one Tab reaches.
    await user.keyboard('{Enter}');
    expect(within(toolbar).getByText('Change 7 of 7')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-current')).toBe('true'));
    expect(tabbable()).toEqual([marks()[6]]);
  });

  it('shows the comparison side by side, old left and new right, row by row', async () => {
    const user = await openTemplate();
    const toolbar = await compareWithAnswer(user);
    await user.click(within(toolbar).getByRole('button', { name: 'Side by side' }));
    expect(within(toolbar).getByRole('button', { name: 'Side by side' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Old: Current review')).toBeTruthy();
    expect(screen.getByText('New: provider-answer.txt')).toBeTruthy();
    const row = document.querySelector<HTMLElement>('.compare-row-clause.is-change .compare-old del')!.closest('.compare-row')!;
    const [left, right] = [row.querySelector('.compare-old')!, row.querySelector('.compare-new')!];
    expect(left.querySelector('ins')).toBeNull();
    expect(right.querySelector('del')).toBeNull();
  });

  it('folds long runs of unchanged clauses and opens them on request', async () => {
    const user = await openTemplate();
    await compareWithAnswer(user);
    const folds = screen.getAllByText(/unchanged clauses$/u);
    expect(folds.length).toBeGreaterThan(3);
    const before = document.querySelectorAll('.compare-row-clause').length;
    await user.click(within(folds[0]!.parentElement!).getByRole('button', { name: 'Show' }));
    expect(document.querySelectorAll('.compare-row-clause').length).toBeGreaterThan(before);
  });

  it('adopts the comparison as tracked changes of the chosen author, and undo takes them back', async () => {
    const user = await openTemplate();
    const toolbar = await compareWithAnswer(user);
    await user.click(within(toolbar).getByRole('button', { name: 'Adopt as tracked changes…' }));
    const dialog = screen.getByRole('dialog', { name: 'Adopt as tracked changes' });
    // A text file names nobody: its file name is no author, so the user names one.
    const author = within(dialog).getByLabelText('Author of their untracked edits and decisions') as HTMLInputElement;
    expect(author.value).toBe('');
    await user.type(author, 'TrafficPlex GmbH');
    await user.click(within(dialog).getByRole('button', { name: 'Adopt' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Changes' })).toBeTruthy());
    const list = screen.getByRole('region', { name: 'Changes' });
    expect(within(list).getByText('12 pending changes')).toBeTruthy();
    expect(within(list).getAllByRole('listitem').every((item) => item.textContent!.includes('TrafficPlex GmbH'))).toBe(true);
    act(() => undo());
    expect(listChanges(useStore.getState().review!.contract)).toEqual([]);
  });

  it('keeps the adopt dialog open with its button busy until the adoption is done', async () => {
    const user = await openTemplate();
    const toolbar = await compareWithAnswer(user);
    await user.click(within(toolbar).getByRole('button', { name: 'Adopt as tracked changes…' }));
    const dialog = screen.getByRole('dialog', { name: 'Adopt as tracked changes' });
    await user.type(within(dialog).getByLabelText('Author of their untracked edits and decisions'), 'TrafficPlex GmbH');
    await user.click(within(dialog).getByRole('button', { name: 'Adopt' }));
    const busy = within(dialog).getByRole('button', { name: 'Adopting …' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Adopt as tracked changes' })).toBeNull());
    expect(listChanges(useStore.getState().review!.contract)).toHaveLength(12);
  });

  it('drops an adoption cancelled while it runs: the review keeps no change of it', async () => {
    const user = await openTemplate();
    await compareWithAnswer(user);
    const adopted = useStore.getState().adoptComparison('TrafficPlex GmbH');
    expect(useStore.getState().adopting).toBe(true);
    act(() => useStore.getState().cancelAdoption());
    expect(await adopted).toBe(false);
    expect(listChanges(useStore.getState().review!.contract)).toEqual([]);
    expect(useStore.getState().comparison).not.toBeNull();
  });

  it('compares two versions with each other, and offers no adoption for them', async () => {
    const user = await openTemplate();
    act(() => useStore.getState().saveVersion('Round 1'));
    act(() => useStore.getState().editText({ kind: 'clause', id: 's11-c1' }, 'Es gilt das Recht der Republik Österreich.'));
    act(() => useStore.getState().saveVersion('Round 2'));
    await user.click(screen.getByRole('button', { name: /^Versions/u }));
    await user.click(within(screen.getByRole('dialog', { name: 'Versions' })).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Compare…' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Old' }), 'Version “Round 1”');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'New' }), 'Version “Round 2”');
    await user.click(within(dialog).getByRole('button', { name: 'Compare' }));
    const toolbar = screen.getByRole('toolbar', { name: 'Compare' });
    expect(within(toolbar).getByRole('heading').textContent).toBe('Version “Round 1” → Version “Round 2”');
    expect(within(toolbar).queryByRole('button', { name: /Adopt/u })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Summary' })).getByText('1 changed')).toBeTruthy();
    await user.click(within(toolbar).getByRole('button', { name: 'Close comparison' }));
    expect(screen.getByRole('navigation', { name: 'Outline' })).toBeTruthy();
  });

  it('opens the compare and versions dialogs from the menu', async () => {
    await openTemplate();
    act(() => app!.command('compare'));
    expect(screen.getByRole('dialog', { name: 'Compare' })).toBeTruthy();
    act(() => app!.command('versions'));
    expect(screen.getByRole('dialog', { name: 'Versions' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Compare' })).toBeNull();
  });

  it('says so when two sides read the same', async () => {
    const user = await openTemplate();
    act(() => useStore.getState().saveVersion('Unchanged'));
    await user.click(screen.getByRole('button', { name: 'Compare…' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Compare' })).getByRole('button', { name: 'Compare' }));
    expect(screen.getByText('No differences: both read the same.')).toBeTruthy();
  });
});

describe('the Art. 28 checklist side by side', () => {
  it('shows each item on both sides and whether it improved or got worse', async () => {
    await initI18n('en');
    const items = compareChecklists(
      [
        { id: 'a', title: 'Processing only on documented instructions', status: 'covered' },
        { id: 'c', title: 'Security of processing (Art. 32)', status: 'weak' },
      ],
      [
        { id: 'a', title: 'Processing only on documented instructions', status: 'weak' },
        { id: 'c', title: 'Security of processing (Art. 32)', status: 'covered' },
      ],
    );
    render(<ChecklistComparison items={items} names={{ old: 'Template', new: 'Provider' }} />);
    const rows = within(screen.getByRole('region', { name: 'Art. 28 checklist' })).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'ItemTemplateProviderSummary',
      'Processing only on documented instructionsCoveredWeakWorse',
      'Security of processing (Art. 32)WeakCoveredImproved',
    ]);
  });
});
