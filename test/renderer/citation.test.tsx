import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
const BEN = { name: 'Ben Krüger', initials: 'BK', color: '#b23a48' };

describe('a clause added after 6.2', () => {
  it('is 6.3 in the reader, the Changes tab, the report and the comparison, as its number shows', async () => {
    app = await renderApp('en', ANNA);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    await user.click(within(await findWholeOutline()).getByRole('button', { name: /^6 Unterauftrags/u }));
    act(() => useStore.getState().saveVersion('Before'));
    let id: string | null = null;
    act(() => {
      id = useStore.getState().insertAfter({ kind: 'clause', id: 's6-c2' }, 'Der Auftragnehmer informiert den Auftraggeber vorab über jeden neuen Subunternehmer.');
    });
    // Ben words it differently; Anna rejects his change, which is then decided on the added clause.
    act(() => useStore.getState().setAuthor(BEN));
    act(() => useStore.getState().editText({ kind: 'clause', id: id! }, 'Der Auftragnehmer informiert den Auftraggeber rechtzeitig vorab über jeden neuen Subunternehmer.'));
    act(() => useStore.getState().setAuthor(ANNA));
    const bens = listChanges(useStore.getState().review!.contract).find((change) => change.author === BEN.name)!;
    act(() => useStore.getState().decide({ id: bens.id }, 'reject', 'Vorab genügt'));

    // The reader: its number and its name.
    const added = screen.getByRole('listitem', { name: 'Clause 6.3' });
    expect(added.querySelector('.clause-marker')!.textContent).toBe('3.');
    expect(added.textContent).toContain('jeden neuen Subunternehmer');

    // The Changes tab.
    await user.click(screen.getByRole('tab', { name: /Changes/u }));
    const list = screen.getByRole('region', { name: 'Changes' });
    expect(within(list).getAllByRole('button', { name: 'Clause 6.3' })).toHaveLength(1);

    // The report: the number in the contract, the place of the decision.
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'Report…' }));
    const report = screen.getByRole('main', { name: 'Review report' });
    await waitFor(() => expect(report.getAttribute('aria-busy')).toBe('false'), { timeout: 20_000 });
    const decisions = within(report).getByRole('heading', { name: /Decision record/u }).closest('section')!;
    expect(within(decisions).getAllByRole('row')[1]!.textContent).toContain('Clause 6.3');
    const reportClause = [...report.querySelectorAll('.report-clause')].find((clause) => clause.textContent!.includes('jeden neuen Subunternehmer'))!;
    expect(reportClause.textContent).toMatch(/^3\./u);
    await user.click(screen.getByRole('button', { name: /Back|Close/u }));

    // The comparison of the version before with the review now.
    await user.click(screen.getByRole('button', { name: 'Compare…' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Old' }), 'Version “Before”');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'New' }), 'current');
    await user.click(within(dialog).getByRole('button', { name: 'Compare' }));
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('1 added')).toBeTruthy();
    const row = [...document.querySelectorAll('.clause-change')].find((change) => change.querySelector('.compare-badge-added'))!;
    expect(row.querySelector('.compare-number')!.textContent).toBe('6.3');
  }, 60_000);
});
