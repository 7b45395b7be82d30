import { act, render, waitFor } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { focusItem } from '../../renderer/commands/navigation';
import { focusPane } from '../../renderer/commands/reviewCommands';
import { readerItemIn } from '../../renderer/components/readerItems';
import { focusTargets, useFocusTarget, type FocusTargetName } from '../../renderer/focusTargets';

/** A place registered under `name`, with markup that shares no class name with the app's components. */
function Place({ name, children, items = false }: { readonly name: FocusTargetName; readonly children: ReactNode; readonly items?: boolean }) {
  const ref = useRef<HTMLElement>(null);
  useFocusTarget(name, ref, items ? readerItemIn : undefined);
  return (
    <section ref={ref} aria-label={name}>
      {children}
    </section>
  );
}

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

describe('focus targets the components register', () => {
  it('F6 moves through the registered panes in the order they stand on screen, and a pane that goes leaves the cycle', () => {
    const view = render(
      <div>
        <Place name="pane">
          <button type="button">first</button>
        </Place>
        <Place name="pane">
          <button type="button">second</button>
        </Place>
      </div>,
    );
    unmount = view.unmount;
    const [first, second] = view.getAllByRole('button');
    first!.focus();
    act(() => void focusPane(1));
    expect(document.activeElement).toBe(second);
    act(() => void focusPane(1));
    expect(document.activeElement).toBe(first);
    act(() => void focusPane(-1));
    expect(document.activeElement).toBe(second);

    view.rerender(
      <div>
        <Place name="pane">
          <button type="button">first</button>
        </Place>
      </div>,
    );
    expect(focusTargets('pane')).toHaveLength(1);
  });

  it("a command finds a clause through the reader's registration, whatever the reader's markup", async () => {
    const view = render(
      <Place name="reader" items>
        <p data-clause-id="c1" tabIndex={-1}>
          A clause
        </p>
      </Place>,
    );
    unmount = view.unmount;
    focusItem({ kind: 'clause', id: 'c1' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-clause-id')).toBe('c1'));
  });
});
