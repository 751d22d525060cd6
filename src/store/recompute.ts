import type { StoreApi } from 'zustand/vanilla';
import { toCutSet } from './slices/failureSlice';
import type { ExplorerState } from './types';

/**
 * Keeps the scenario and the route inspector in step with the year and the
 * cuts: whenever those change, the engine is asked again, and an answer that
 * arrives after a newer question is dropped.
 */
export function keepScenarioCurrent(store: StoreApi<ExplorerState>): () => void {
  let scenarioAsked = 0;
  let routeAsked = 0;

  const evaluate = (state: ExplorerState) => {
    const { engine, year, cuts } = state;
    if (!engine) return;
    const ask = ++scenarioAsked;
    store.setState({ scenarioStatus: 'computing' });
    engine.evaluate(year, toCutSet(cuts)).then(
      (scenario) => {
        if (ask !== scenarioAsked) return;
        const { event, year: shown } = store.getState();
        // The action that asked for it is now answered; a recomputation nobody asked for by name is the new year's.
        const answered = event?.pending ? { ...event, pending: false } : { what: { kind: 'year' as const, year: shown }, pending: false, seq: (event?.seq ?? 0) + 1 };
        store.setState({ scenario, scenarioStatus: 'ready', event: answered });
      },
      (error: unknown) => ask === scenarioAsked && store.setState({ scenarioStatus: 'error', notice: { kind: 'failed', what: 'simulation', error: error instanceof Error ? error.message : String(error) } }),
    );
  };

  const route = (state: ExplorerState) => {
    const { engine, year, cuts, inspector } = state;
    if (!engine || !inspector.from || !inspector.to) return;
    const { from, to } = inspector;
    const ask = ++routeAsked;
    Promise.all([engine.route(year, from, to, toCutSet(cuts)), engine.route(year, from, to, {})]).then(
      ([current, intact]) => ask === routeAsked && store.setState((s) => ({ inspector: { ...s.inspector, current, intact } })),
      (error: unknown) => ask === routeAsked && store.setState({ notice: { kind: 'failed', what: 'route', error: String(error) } }),
    );
  };

  return store.subscribe((state, previous) => {
    const networkChanged = state.engine !== previous.engine || state.year !== previous.year || state.cuts !== previous.cuts;
    if (networkChanged) evaluate(state);
    if (networkChanged || state.inspector.from !== previous.inspector.from || state.inspector.to !== previous.inspector.to) route(state);
    if (state.year !== previous.year && state.critical) store.setState({ critical: null });
  });
}
