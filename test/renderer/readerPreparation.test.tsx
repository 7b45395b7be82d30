import userEvent from '@testing-library/user-event';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contract } from '../../shared/contract';
import type * as responsibility from '../../shared/responsibility';
import { useStore } from '../../renderer/store/store';
import { ANNA, findWholeOutline, renderApp } from './renderApp';

/** Each preparation the window starts: on which contract, and how many of its texts it has read. */
const started: { contract: Contract; read: number }[] = [];

vi.mock('../../shared/responsibility', async (original) => {
  const actual = await original<typeof responsibility>();
  return {
    ...actual,
    readerPreparation: (contract: Contract) => {
      const step = actual.readerPreparation(contract);
      const entry = { contract, read: 0 };
      started.push(entry);
      return () => {
        entry.read++;
        return step();
      };
    },
  };
});

/** The window's idle callbacks, run when the test says, with as much idle time as it says. */
const idle: IdleRequestCallback[] = [];
function runIdle(remainingMs: number): void {
  const waiting = idle.splice(0);
  for (const callback of waiting) callback({ didTimeout: false, timeRemaining: () => remainingMs });
}

afterEach(() => {
  started.length = 0;
  idle.length = 0;
  delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
});

describe('the reader readied while the window is idle', () => {
  it('reads the whole contract’s texts, only in idle periods with room for one, and then stops asking', async () => {
    window.requestIdleCallback = (callback: IdleRequestCallback) => idle.push(callback);
    await renderApp('en', ANNA);
    await userEvent.setup().click(await screen.findByRole('button', { name: /Open the AVV template/u }));
    await findWholeOutline();

    // Asked for once the contract is whole, not on its first part.
    expect(started).toHaveLength(1);
    expect(started[0]!.contract).toBe(useStore.getState().review!.contract);
    expect(idle).toHaveLength(1);

    // A short idle period (a window that scrolls or draws) reads nothing and waits for the next.
    runIdle(10);
    expect(started[0]!.read).toBe(0);
    expect(idle).toHaveLength(1);

    // A long one reads the texts, and once all are read nothing more is asked for.
    runIdle(50);
    expect(started[0]!.read).toBeGreaterThan(1);
    expect(idle).toHaveLength(0);
  });
});
