import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ExplorerStore } from './createExplorerStore';
import type { ExplorerState } from './types';

const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

export function ExplorerStoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  return <ExplorerStoreContext.Provider value={store}>{children}</ExplorerStoreContext.Provider>;
}

export function useExplorerStore(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error('useExplorer must be used inside an <ExplorerStoreProvider>');
  return store;
}

/** Reads one narrow slice of this explorer's state; re-renders only when it changes. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}
