import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComparisonRow } from '../../shared/compare/rows';
import { HeatBar, NAMED_PER_TASK } from '../../renderer/components/compare/HeatBar';
import { initI18n } from '../../renderer/i18n';

/** `count` changed clauses in a row, as a long comparison has them. */
function changedClauses(count: number): ComparisonRow[] {
  return Array.from({ length: count }, (_, index) => ({ kind: 'clause', key: `c${index}`, change: true, entry: { status: 'changed' } }) as unknown as ComparisonRow);
}

/**
 * The heat bar of `count` changed clauses, each named `Changed: <key>`: `named` collects the
 * keys as they are named, `jumps` where a click went. Returns the bar.
 */
function renderHeatBar(count: number, { named, jumps }: { readonly named?: string[]; readonly jumps?: string[] } = {}): HTMLElement {
  const scroller = createRef<HTMLDivElement>();
  render(
    <div>
      <div ref={scroller} />
      <HeatBar rows={changedClauses(count)} scroller={scroller} labelOf={(row) => (named?.push(row.key), `Changed: ${row.key}`)} onJump={(key) => jumps?.push(key)} />
    </div>,
  );
  return screen.getByRole('navigation', { name: 'Where the changes are' });
}

beforeAll(async () => {
  await initI18n('en');
});

describe('the heat bar of a long comparison', () => {
  it('draws changes too close to tell apart as one mark that names how many more lie there, and goes to the first', async () => {
    const jumps: string[] = [];
    const marks = within(renderHeatBar(1000, { jumps })).getAllByRole('button');
    // 1000 changes one after the other: at most one mark per 1/400 of the bar.
    expect(marks.length).toBeLessThanOrEqual(400);
    expect(marks.length).toBeGreaterThan(300);
    expect(marks[0]!.getAttribute('aria-label')).toBe('Changed: c0 and 2 more changes close to it');
    await userEvent.click(marks[1]!);
    expect(jumps).toEqual(['c3']);
  });

  it('names the marks of a long comparison a hundred a task, each once, saying meanwhile only their kind', async () => {
    const named: string[] = [];
    const bar = renderHeatBar(1000, { named });
    const labels = () => within(bar).getAllByRole('button').map((mark) => mark.getAttribute('aria-label')!);
    const marks = labels().length;
    expect(marks).toBeGreaterThan(3 * NAMED_PER_TASK);
    expect(named).toHaveLength(NAMED_PER_TASK);
    expect(labels().filter((label) => label === 'Changed')).toHaveLength(marks - NAMED_PER_TASK);
    expect(bar.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(bar.hasAttribute('aria-busy')).toBe(false));
    expect(labels().filter((label) => label === 'Changed')).toEqual([]);
    expect(labels().at(-1)).toBe('Changed: c999');
    expect(named).toHaveLength(marks);
  });

  it('gives each change its own mark where there is room', () => {
    const marks = within(renderHeatBar(50)).getAllByRole('button');
    expect(marks.map((mark) => mark.getAttribute('aria-label'))).toEqual(Array.from({ length: 50 }, (_, index) => `Changed: c${index}`));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names each change once while the rows settle, not again at every placing of the marks', () => {
    // Where a layout engine runs, the marks are placed again each time the rows' heights change.
    const resized: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resized.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
    const named: string[] = [];
    const bar = renderHeatBar(50, { named });
    act(() => {
      for (let settle = 0; settle < 3; settle++) for (const callback of resized) callback();
    });
    expect(named).toHaveLength(50);
    const marks = within(bar).getAllByRole('button');
    expect(marks.at(-1)!.getAttribute('aria-label')).toBe('Changed: c49');
  });
});
