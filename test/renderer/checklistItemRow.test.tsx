import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistEntry, ChecklistEvidence } from '../../shared/checklist';
import { ChecklistItemRow } from '../../renderer/components/ChecklistItemRow';
import { initI18n } from '../../renderer/i18n';

/** An item said in `places` clauses, as in a framework agreement that repeats its sections. */
function entrySaidIn(places: number): ChecklistEntry {
  const evidence: ChecklistEvidence[] = Array.from({ length: places }, (_, index) => ({
    aspect: 'subject',
    ref: `${index + 1}.1`,
    cite: `${index + 1}.1`,
    target: { kind: 'clause', sectionId: `s${index + 1}`, clauseId: `s${index + 1}-c1` },
    quote: 'Gegenstand des Auftrags',
  }));
  return {
    id: 'art28-3-subject',
    article: { paragraph: 3 },
    status: 'covered',
    effective: 'covered',
    clauses: evidence.map((item) => item.ref),
    evidence,
    reason: { kind: 'covered', quote: 'Gegenstand des Auftrags', cite: '1.1' },
  };
}

beforeAll(async () => {
  await initI18n('en');
});

describe('a checklist item said in many clauses', () => {
  it('links the first twelve and shows the rest on request', async () => {
    render(
      <ol>
        <ChecklistItemRow entry={entrySaidIn(30)} />
      </ol>,
    );
    const item = screen.getByRole('listitem', { name: /Subject matter of the processing/u });
    expect(within(item).getAllByRole('button', { name: /^Go to / })).toHaveLength(12);
    await userEvent.click(within(item).getByRole('button', { name: 'Show all 30' }));
    expect(within(item).getAllByRole('button', { name: /^Go to / }).map((button) => button.textContent)).toEqual(Array.from({ length: 30 }, (_, index) => `${index + 1}.1`));
    expect(within(item).queryByRole('button', { name: /^Show all/u })).toBeNull();
  });

  it('links every clause when there are few', () => {
    render(
      <ol>
        <ChecklistItemRow entry={entrySaidIn(12)} />
      </ol>,
    );
    expect(screen.getAllByRole('button', { name: /^Go to / })).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /^Show all/u })).toBeNull();
  });
});
