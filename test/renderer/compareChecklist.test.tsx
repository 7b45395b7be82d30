import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as checklist from '../../shared/compare/checklist';
import type { ChecklistEvaluator } from '../../shared/compare/checklist';
import { parseContract } from '../../shared/parse/parseContract';
import { readTemplate } from '../support/files';
import { providerAnswer } from '../support/negotiated';
import { renderApp, type RenderedApp } from './renderApp';

// A stand-in for the Art. 28 checklist (issue 3), plugged in where the real one will be.
vi.mock('../../shared/compare/checklist', async (original) => {
  const module = await original<typeof checklist>();
  const evaluator: ChecklistEvaluator = (contract, overrides, t) => {
    const text = contract.sections.flatMap((section) => section.clauses.map((clause) => clause.text)).join('\n');
    const instructions = /unverzüglich\s+\(mind\.\s+Textform\)/u.test(text) ? 'covered' : 'weak';
    const breach = /innerhalb\s+von\s+48\s+Stunden/u.test(text) ? 'covered' : 'missing';
    return [
      { id: 'instructions', title: `${t('compare.checklist')}: (a)`, status: overrides.find((override) => override.itemId === 'instructions')?.status ?? instructions },
      { id: 'breach', title: `${t('compare.checklist')}: (f)`, status: breach },
    ];
  };
  return { ...module, CHECKLIST: evaluator };
});

let app: RenderedApp | null = null;
afterEach(async () => {
  await app?.host.cleanup();
  app = null;
});

describe('the checklist in a comparison', () => {
  it('shows each item of both sides and which got better or worse', async () => {
    app = await renderApp('en', { name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    const path = join(app.host.workDir, 'provider-answer.txt');
    await writeFile(path, providerAnswer(parseContract(readTemplate())).text);
    app.host.dialogs.openAnswers.push(path);
    await user.click(screen.getByRole('button', { name: 'Compare…' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    await within(dialog).findByText('provider-answer.txt');
    await user.click(within(dialog).getByRole('button', { name: 'Compare' }));
    const table = screen.getByRole('region', { name: 'Art. 28 checklist' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ItemCurrent reviewprovider-answer.txtSummary',
      'Art. 28 checklist: (a)CoveredWeakWorse',
      'Art. 28 checklist: (f)MissingCoveredImproved',
    ]);
  });
});
