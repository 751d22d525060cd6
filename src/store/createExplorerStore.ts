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
  // An event chosen before the engine was there (an embed's bgp-event option) is replayed once it is.
  store.subscribe((s, prev) => {
    if (s.engine !== prev.engine && s.trustEvent !== null) s.refreshTrust();
  });
  return store;
}
