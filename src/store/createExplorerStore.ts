import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { keepScenarioCurrent } from './recompute';
import { createDatasetSlice } from './slices/datasetSlice';
import { createFailureSlice } from './slices/failureSlice';
import { createSelectionSlice } from './slices/selectionSlice';
import { createTableSlice } from './slices/tableSlice';
import { createTrustSlice } from './slices/trustSlice';
import { createViewSlice } from './slices/viewSlice';
import type { ExplorerState } from './types';

export type ExplorerStore = StoreApi<ExplorerState>;

/** One store per explorer instance, so that two explorers on a page never share state. */
export function createExplorerStore(initial: Partial<Pick<ExplorerState, 'projection' | 'theme' | 'lang' | 'layers' | 'year' | 'packetTarget' | 'playing'>> = {}): ExplorerStore {
  const store = createStore<ExplorerState>()((...a) => ({
    ...createDatasetSlice(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createFailureSlice(...a),
    ...createTableSlice(...a),
    ...createTrustSlice(...a),
  }));
  if (Object.keys(initial).length) store.setState(initial);
  keepScenarioCurrent(store);
  // An event or simulation chosen before the engine was there (an embed's bgp-event option) is run once it is.
  store.subscribe((s, prev) => {
    if (s.engine !== prev.engine && (s.trustEvent !== null || s.trustCustom !== null)) s.refreshTrust();
    // The reader's own simulation runs on the network of the year shown, and its choices are that year's networks.
    else if (s.year !== prev.year && s.trustCustom !== null) s.refreshTrust();
    if ((s.year !== prev.year || s.engine !== prev.engine) && s.trustChoices !== null) s.loadTrustChoices();
  });
  return store;
}
