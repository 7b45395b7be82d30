import { useEffect, useState } from 'react';

/**
 * False in the first render, true from the task after: what is not needed for the first
 * screen is drawn one task later, so a large contract's first screen is not one long task.
 */
export function useNextTask(): boolean {
  return useTasksAfter(1) >= 1;
}

/**
 * 0 in the first render, then one more in each task after, up to `last`: a view drawn in
 * stages (or a list in slices), each in a task of its own, with the window free and painting
 * in between. A new `of` starts over at 0.
 */
export function useTasksAfter(last: number, of?: unknown): number {
  const [reached, setReached] = useState({ of, stage: 0 });
  const stage = reached.of === of ? reached.stage : 0;
  useEffect(() => {
    if (stage >= last) return;
    const timer = setTimeout(() => setReached({ of, stage: stage + 1 }), 0);
    return () => clearTimeout(timer);
  }, [of, stage, last]);
  return Math.min(stage, last);
}
