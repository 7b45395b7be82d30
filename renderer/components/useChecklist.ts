import { useEffect, useState } from 'react';
import { checkedBefore, checkSteps, type ChecklistItemResult } from '../../shared/checklist';
import type { Contract } from '../../shared/contract';
import { checkInBackground } from '../compute/compareInBackground';

/** How long one slice of the check may hold the window, in milliseconds: well inside a frame's budget of 50 ms for input. */
const SLICE_MS = 12;

export interface ChecklistProgress {
  /** Every item's result, or null while the check runs. */
  readonly results: readonly ChecklistItemResult[] | null;
  /** How many items are checked so far. */
  readonly done: number;
}

/**
 * The Art. 28 check of `contract`, run in slices of a few milliseconds (`checkSteps`) with the
 * window free in between, so that a long contract (a second's work for 5000 clauses) neither
 * freezes the window nor stops the reviewer from leaving the view. A new contract (an edit,
 * an undo) starts the check over; a check no longer wanted stops. A contract the compare
 * worker holds (a side of the comparison on screen) is checked there and its results awaited.
 */
export function useChecklist(contract: Contract): ChecklistProgress {
  const [progress, setProgress] = useState<{ readonly contract: Contract; readonly done: number }>({ contract, done: 0 });

  useEffect(() => {
    // A contract checked before (by this view, the comparison or the export dialog) shows at once.
    if (checkedBefore(contract)) return;
    const steps = checkSteps(contract);
    let done = 0;
    let shown = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const deadline = performance.now() + SLICE_MS;
      for (let next = steps.next(); ; next = steps.next()) {
        if (next.done) {
          setProgress({ contract, done });
          return;
        }
        if (next.value) done++;
        if (performance.now() >= deadline) break;
      }
      // Most slices finish no item: the view has nothing new to draw then.
      if (done !== shown) setProgress({ contract, done });
      shown = done;
      timer = setTimeout(slice, 0);
    };
    let wanted = true;
    const elsewhere = checkInBackground(contract);
    if (elsewhere) {
      // Checked there, it is whole at once; not checked there (the worker failed), it is checked here.
      void elsewhere.then(() => {
        if (!wanted) return;
        const results = checkedBefore(contract);
        if (results) setProgress({ contract, done: results.length });
        else timer = setTimeout(slice, 0);
      });
    } else timer = setTimeout(slice, 0);
    return () => {
      wanted = false;
      clearTimeout(timer);
    };
  }, [contract]);

  const results = checkedBefore(contract);
  return { results, done: results ? results.length : progress.contract === contract ? progress.done : 0 };
}
