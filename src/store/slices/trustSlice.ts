import type { StateCreator } from 'zustand';
import type { ExplorerState, TrustSlice } from '../types';

/**
 * Routing trust: which BGP incident is replayed and with how much origin validation; the engine
 * answers (docs/MODEL.md §12). Only the latest question's answer is kept.
 */
export const createTrustSlice: StateCreator<ExplorerState, [], [], TrustSlice> = (set, get) => {
  let asked = 0;
  const ask = () => {
    const { engine, trustEvent, trustRov } = get();
    const mine = ++asked;
    if (!engine || trustEvent === null) {
      set({ trust: null, trustStatus: 'idle', trustError: null });
      return;
    }
    set({ trustStatus: 'computing', trustError: null });
    engine.trust(trustEvent, trustRov).then(
      (trust) => mine === asked && set({ trust, trustStatus: 'ready' }),
      (error: unknown) => mine === asked && set({ trustStatus: 'error', trustError: error instanceof Error ? error.message : String(error) }),
    );
  };
  return {
    trustEvent: null,
    trustRov: null,
    trust: null,
    trustStatus: 'idle',
    trustError: null,
    setTrustEvent: (trustEvent) => {
      set({ trustEvent, trustRov: null });
      ask();
    },
    setTrustRov: (trustRov) => {
      set({ trustRov });
      ask();
    },
    refreshTrust: ask,
  };
};
