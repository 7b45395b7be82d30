import { useEffect, useState } from 'react';

/**
 * How many of `total` things to draw: `step` at once, then `step` more in each task after,
 * until all are drawn. A long list grows a slice at a time with the window free in between,
 * instead of one task that draws it all. A new `total` starts over.
 */
export function useGrowingCount(total: number, step: number): number {
  const [grown, setGrown] = useState({ total, count: step });
  const count = grown.total === total ? grown.count : step;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setGrown({ total, count: count + step }), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
