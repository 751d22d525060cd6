import { useEffect, useState } from 'react';

/**
 * Whether a part of the page (a tab's panel) has been shown at least once: its content is rendered from the first
 * time it is shown and kept after, so that a tab the reader never opens costs nothing while the page loads (the
 * failover tab's two lists of every city and data centre, the routing-trust tab's choices), and one opened
 * keeps its state when the reader switches away and back.
 */
export function useShownOnce(shown: boolean): boolean {
  const [once, setOnce] = useState(shown);
  useEffect(() => {
    if (shown) setOnce(true);
  }, [shown]);
  return once || shown;
}
