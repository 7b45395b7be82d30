import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { BARS_PER_TASK, ComparisonSummary } from '../../renderer/components/compare/ComparisonSummary';
import { initI18n } from '../../renderer/i18n';
import { useStore } from '../../renderer/store/store';
import { compareContracts } from '../../shared/compare/compareContracts';
import { EXACT, type Comparison, type SectionComparison } from '../../shared/compare/model';
import { parseContract } from '../../shared/parse/parseContract';
import { providerAnswer } from '../support/negotiation';
import { findWholeOutline, renderApp } from './renderApp';

/**
 * What `read` finds on the page after each change of it from now on (a change the page makes
 * and a change in the same task are seen together): which parts came in which step.
 */
function steps<T>(read: () => T): { readonly seen: T[]; stop(): void } {
  const seen: T[] = [];
  const observer = new MutationObserver(() => {
    const now = read();
    if (seen.length === 0 || JSON.stringify(seen.at(-1)) !== JSON.stringify(now)) seen.push(now);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  return { seen, stop: () => observer.disconnect() };
}

const bars = () => document.querySelectorAll('.section-chart .chart-bar').length;
const lastBar = () => [...document.querySelectorAll('.section-chart .chart-bar')].at(-1)?.getAttribute('aria-label');

/** A comparison of `count` sections with a change each, and nothing else: what the chart draws. */
function sections(count: number, name = 'Section'): Comparison {
  const section = (index: number): SectionComparison => {
    const side = { id: `s${index}`, number: String(index + 1), label: `§${index + 1}`, title: `${name} ${index + 1}` };
    return { old: side, new: side, titleSegments: null, counts: { unchanged: 0, changed: 1, added: 0, removed: 0, moved: 0 } };
  };
  return {
    options: EXACT,
    clauses: [],
    toms: [],
    other: [],
    sections: Array.from({ length: count }, (_, index) => section(index)),
    summary: { unchanged: 0, changed: count, added: 0, removed: 0, moved: 0, responsibilityChanged: 0 },
  };
}

describe('drawing a comparison without holding the window', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('shows toolbar and counts first, then the rows, then the heat bar, then the chart, each a task later', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    await findWholeOutline();
    const review = useStore.getState().review!;
    const answer = parseContract(providerAnswer(review.contract).text);
    const result = compareContracts(review.contract, answer, EXACT);
    const drawn = steps(() => ({
      rows: document.querySelectorAll('.compare-row.is-change').length,
      heatBar: document.querySelector('nav.heat-bar') !== null,
      bars: bars(),
    }));
    act(() =>
      useStore.setState({
        comparison: {
          old: { kind: 'current' },
          new: { kind: 'file', name: 'answer.txt', review: { ...review, contract: answer } },
          oldContract: review.contract,
          newContract: answer,
          result,
          overrides: { old: [], new: [] },
        },
      }),
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Compare' });
    expect(within(toolbar).getByText('7 changes')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Summary' })).getByText('1 changed')).toBeTruthy();
    const busy = document.querySelector('.compare-scroll')!.getAttribute('aria-busy');
    await waitFor(() => expect(bars()).toBe(result.sections.length));
    drawn.stop();
    expect(drawn.seen).toEqual([
      { rows: 0, heatBar: false, bars: 0 },
      { rows: 7, heatBar: false, bars: 0 },
      { rows: 7, heatBar: true, bars: 0 },
      { rows: 7, heatBar: true, bars: result.sections.length },
    ]);
    // Busy while the rows are still to come.
    expect(busy).toBe('true');
    expect(document.querySelector('.compare-scroll')!.hasAttribute('aria-busy')).toBe(false);
  });

  it('draws the chart of a long comparison a slice of bars a task, and a new comparison’s bars again so', async () => {
    const total = 2 * BARS_PER_TASK + 50;
    const onSection = () => undefined;
    const { rerender } = render(<ComparisonSummary comparison={sections(total)} onFilter={() => undefined} onSection={onSection} chart={false} />);
    expect(bars()).toBe(0);
    const first = steps(bars);
    rerender(<ComparisonSummary comparison={sections(total)} onFilter={() => undefined} onSection={onSection} chart />);
    const chart = screen.getByRole('figure');
    const busy = chart.querySelector('ol')!.getAttribute('aria-busy');
    await waitFor(() => expect(bars()).toBe(total));
    first.stop();
    expect(first.seen).toEqual([BARS_PER_TASK, 2 * BARS_PER_TASK, total]);
    expect(busy).toBe('true');
    expect(chart.querySelector('ol')!.hasAttribute('aria-busy')).toBe(false);
    expect(within(chart).getAllByRole('button').at(-1)!.getAttribute('aria-label')).toBe(`§${total} Section ${total}: 1 change`);

    // Compared again (another option): as many sections, drawn again a slice a task.
    const again = steps(lastBar);
    rerender(<ComparisonSummary comparison={sections(total, 'Part')} onFilter={() => undefined} onSection={onSection} chart />);
    await waitFor(() => expect(lastBar()).toBe(`§${total} Part ${total}: 1 change`));
    again.stop();
    expect(again.seen).toEqual([`§${BARS_PER_TASK} Part ${BARS_PER_TASK}: 1 change`, `§${2 * BARS_PER_TASK} Part ${2 * BARS_PER_TASK}: 1 change`, `§${total} Part ${total}: 1 change`]);
  });
});
