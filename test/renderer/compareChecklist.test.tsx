import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';
import { negotiate } from '../support/negotiation';
import { ANNA, renderApp } from './renderApp';

describe('the Art. 28 checklist in a comparison', () => {
  it('shows each item of both sides and which got better or worse', async () => {
    const app = await renderApp('en', ANNA);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    // The counterparty drops 9.2 (telling the customer of an unlawful instruction) and adds a
    // flow-down of the duties to sub-processors in §6; everything else stays as it was.
    const answer = negotiate(parseContract(readTemplate()), [
      { kind: 'delete-clause', section: 8, at: 1 },
      { kind: 'insert-clause', section: 5, at: 2, text: 'Der Auftragnehmer hat jedem Subunternehmer dieselben Datenschutzpflichten aufzuerlegen, die in diesem Vertrag festgelegt sind.' },
    ]);
    const path = join(app.host.workDir, 'answer.txt');
    await writeFile(path, answer.text);
    app.host.dialogs.openAnswers.push(path);
    await user.click(await screen.findByRole('button', { name: 'Compare…' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    await within(dialog).findByText('answer.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Compare' }));
    // Both sides are checked after the comparison shows, in slices: a line says so meanwhile.
    expect((await screen.findByText('Checking both sides against Art. 28 GDPR …')).getAttribute('role')).toBe('status');
    const table = await screen.findByRole('region', { name: 'Art. 28 checklist' });
    expect(screen.queryByText('Checking both sides against Art. 28 GDPR …')).toBeNull();
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows[0]).toBe('ItemCurrent reviewanswer.txtSummary');
    expect(rows).toHaveLength(21);
    expect(rows).toContain('Information when an instruction infringes the lawCoveredMissingWorse');
    expect(rows).toContain('The same obligations for sub-processorsMissingCoveredImproved');
    expect(rows.filter((row) => row?.endsWith('Same'))).toHaveLength(18);
  });
});
