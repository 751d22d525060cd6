import { useEffect, useState } from 'react';

/**
 * How many of a layer's `total` elements to draw. A layer's first drawing of more than `step` elements grows by
 * `step` per task, so that the page's thread is never blocked by drawing thousands at once (a large dataset's
 * first map); from then on, and for small layers always, it is everything at once, so that a new year or a new
 * filter never draws the map piecemeal.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [progress, setProgress] = useState<number | 'all'>(() => (total <= step ? 'all' : step));
  useEffect(() => {
    if (progress === 'all') return;
    const next = setTimeout(() => setProgress((p) => (p === 'all' || p + step >= total ? 'all' : p + step)), 0);
    return () => clearTimeout(next);
  }, [progress, total, step]);
  return progress === 'all' ? total : Math.min(progress, total);
}
