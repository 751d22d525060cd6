import { useEffect } from 'react';
import type { CollectionName } from '../../data/collections';
import { detailsOf } from '../../data/details';
import type { RecordDetails } from '../../data/detailFields';
import { useExplorer, useExplorerStore } from '../../store/context';

/** A record's deferred fields as a panel shows them: there, on their way, or not to be had (and why). */
export type RecordDetailsView = { status: 'ready'; details: RecordDetails } | { status: 'loading' } | { status: 'failed'; problem: string; retry: () => void };

/**
 * The sources, notes (and an incident's report) of one record: from the record itself in a full dataset, else
 * from the details file, which the first panel to ask for it fetches.
 */
export function useRecordDetails(collection: CollectionName, record: { id: string }): RecordDetailsView {
  const details = useExplorer((s) => s.details);
  const store = useExplorerStore();
  const needed = details.status === 'waiting';
  useEffect(() => {
    if (needed) store.getState().needDetails();
  }, [needed, store]);
  if (details.status === 'included') return { status: 'ready', details: detailsOf(collection, record) };
  if (details.status === 'ready') return { status: 'ready', details: details.details[collection]?.[record.id] ?? {} };
  if (details.status === 'failed') return { status: 'failed', problem: details.problem, retry: () => store.getState().needDetails() };
  return { status: 'loading' };
}

/**
 * Once the map is drawn, fetches the details file in the page's idle time, so that the first details panel
 * opened finds its sources there. Never before: the first map does not wait for what it does not show.
 */
export function useDetailsWhenIdle(mapDrawn: boolean): void {
  const store = useExplorerStore();
  const waiting = useExplorer((s) => s.details.status === 'waiting');
  useEffect(() => {
    if (!mapDrawn || !waiting) return;
    const need = () => store.getState().needDetails();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(need, { timeout: 10_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(need, 1000);
    return () => clearTimeout(timer);
  }, [mapDrawn, waiting, store]);
}
