import { useEffect, useState } from 'react';

/**
 * False in the first render, true from the task after: what is not needed for the first
 * screen is drawn one task later, so a large contract's first screen is not one long task.
 */
export function useNextTask(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return ready;
}
