import type { StateCreator } from 'zustand';
import { trustAskKey } from '../../model/trustAsk';
import type { TrustView } from '../../model/trustEngine';
import type { ExplorerState, TrustSlice } from '../types';

/** What the shown answer must be for: the event's id, or the reader's own ask's key; null when nothing is asked. */
function selectTrustKey(s: Pick<ExplorerState, 'trustEvent' | 'trustCustom'>): string | null {
  return s.trustEvent ?? (s.trustCustom ? trustAskKey(s.trustCustom) : null);
}

/** The engine's answer when it is for the question asked now (an older answer stays in `trust` until the new one arrives). */
export function selectTrustShown(s: Pick<ExplorerState, 'trustEvent' | 'trustCustom' | 'trust'>): TrustView | null {
  const key = selectTrustKey(s);
  return key !== null && s.trust?.key === key ? s.trust : null;
}

/**
 * Routing trust: which BGP incident is replayed, or which hijack or leak of the reader's own is
 * simulated, and with how much origin validation; the engine answers (docs/MODEL.md §12). Only the
 * latest question's answer is kept.
 */
export const createTrustSlice: StateCreator<ExplorerState, [], [], TrustSlice> = (set, get) => {
  let asked = 0;
  const ask = () => {
    const { engine, trustEvent, trustCustom, trustRov, year } = get();
    const mine = ++asked;
    if (!engine || (trustEvent === null && trustCustom === null)) {
      set({ trust: null, trustStatus: 'idle', trustError: null });
      return;
    }
    set({ trustStatus: 'computing', trustError: null });
    const answer: Promise<TrustView> = trustEvent !== null ? engine.trust(trustEvent, trustRov) : engine.trustCustom(year, trustCustom!, trustRov);
    answer.then(
      (trust) => mine === asked && set({ trust, trustStatus: 'ready' }),
      (error: unknown) => mine === asked && set({ trustStatus: 'error', trustError: error instanceof Error ? error.message : String(error) }),
    );
  };
  let choicesAsked = 0;
  return {
    trustEvent: null,
    trustCustom: null,
    trustRov: null,
    trust: null,
    trustChoices: null,
    trustStatus: 'idle',
    trustError: null,
    setTrustEvent: (trustEvent) => {
      set({ trustEvent, trustCustom: null, trustRov: null });
      // The map follows the event: its year, as an incident replay does.
      const event = trustEvent === null ? undefined : get().backbone?.dataset.routingEvents?.find((e) => e.id === trustEvent);
      if (event) get().setYear(Number(event.date.slice(0, 4)));
      ask();
    },
    setTrustCustom: (trustCustom) => {
      // A replay's setting of its time means nothing for the reader's own: it keeps only a setting chosen.
      set((s) => ({ trustCustom, trustEvent: null, trustRov: s.trustEvent !== null ? null : s.trustRov }));
      ask();
    },
    setTrustRov: (trustRov) => {
      set({ trustRov });
      ask();
    },
    refreshTrust: ask,
    loadTrustChoices: () => {
      const { engine, year } = get();
      if (!engine) return;
      const mine = ++choicesAsked;
      engine.trustChoices(year).then(
        (trustChoices) => mine === choicesAsked && set({ trustChoices }),
        (error: unknown) => mine === choicesAsked && set({ trustStatus: 'error', trustError: error instanceof Error ? error.message : String(error) }),
      );
    },
  };
};
