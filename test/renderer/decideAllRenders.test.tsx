import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from '../../renderer/store/store';
import type { MarkupText as Original } from '../../renderer/components/markup/MarkupText';
import { ANNA, findWholeOutline, renderApp } from './renderApp';

/** The words of every clause text drawn, in the order drawn. */
const drawn = vi.hoisted(() => [] as string[]);
vi.mock('../../renderer/components/markup/MarkupText', async (importOriginal) => {
  const original = await importOriginal<{ MarkupText: typeof Original }>();
  return {
    ...original,
    MarkupText(props: Parameters<typeof Original>[0]) {
      drawn.push(props.segments.map((segment) => segment.text).join(''));
      return original.MarkupText(props);
    },
  };
});

describe('accepting all changes', () => {
  it('draws again only the clauses it changed, not the others of the section shown', async () => {
    await renderApp('en', ANNA);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    await user.click(within(await findWholeOutline()).getByRole('button', { name: /^3 Technisch/u }));
    const section = useStore.getState().review!.contract.sections.find((candidate) => candidate.number === '3')!;
    expect(section.clauses.length).toBeGreaterThanOrEqual(3);
    const first = section.clauses[0]!;
    act(() => useStore.getState().editText({ kind: 'clause', id: first.id }, `${first.text} Geändert.`));
    expect(within(screen.getByRole('listitem', { name: 'Clause 3.1' })).getByText(/Geändert/u).tagName).toBe('INS');

    drawn.length = 0;
    act(() => useStore.getState().decide('all', 'accept', ''));
    expect(within(screen.getByRole('listitem', { name: 'Clause 3.1' })).queryByRole('insertion')).toBeNull();
    expect(drawn).toEqual([`${first.text} Geändert.`]);
  });

  it('moves between the clauses with the arrow keys as before', async () => {
    await renderApp('en', ANNA);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    await user.click(within(await findWholeOutline()).getByRole('button', { name: /^3 Technisch/u }));
    screen.getByRole('listitem', { name: 'Clause 3.1' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Clause 3.2' }));
    expect(screen.getByRole('listitem', { name: 'Clause 3.2' }).getAttribute('aria-current')).toBe('true');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Clause 3.1' }));
  });
});
