import { startTransition, useEffect, useState } from 'react';

/**
 * A value that reaches this part of the page one task after it first arrives: when a dataset arrives, the map
 * is drawn first and each part that uses this (a tab's panels, the details, the search) renders in a task of
 * its own, so that no single task blocks the page for long. In React the render is also a transition, which
 * React does in slices that yield to the page; preact/compat (the embed script) has no slicing, so the
 * separate tasks are what keeps its tasks short. Later changes (another year, a new dataset) pass at once.
 * Where nothing is laid out (jsdom), the value passes at once too, as the map's first drawing does.
 */
export function useStaged<T>(value: T | null): T | null {
  const [arrived, setArrived] = useState(false);
  const waiting = value !== null && !arrived;
  useEffect(() => {
    if (!waiting) return;
    if (!isLaidOut()) {
      setArrived(true);
      return;
    }
    const timer = setTimeout(() => startTransition(() => setArrived(true)), 0);
    return () => clearTimeout(timer);
  }, [waiting]);
  return arrived ? value : null;
}

function isLaidOut(): boolean {
  return typeof document !== 'undefined' && document.documentElement.getBoundingClientRect().width > 0;
}
