import type { StoreApi } from 'zustand/vanilla';
import { selectNetworkDay } from './selectors';
import { toCutSet } from './slices/failureSlice';
import type { ExplorerState } from './types';

/**
 * How long the year must stay put before the engine is asked about it. A year the engine has not seen
 * costs a whole baseline (about 0.35 s on an idle 2-core machine, seconds on a busy one) that cannot be
 * interrupted once started: holding an arrow key on the year slider, or dragging it, asks once, for the
 * year it stops on, instead of starting a baseline for the first year passed and making the last wait for it.
 */
const YEAR_SETTLE_MS = 150;

/**
 * Keeps the scenario and the route inspector in step with the year and the
 * cuts: whenever those change, the engine is asked again (a new year once it
 * has settled, see YEAR_SETTLE_MS), and an answer that arrives after a newer
 * question is dropped.
 */
export function keepScenarioCurrent(store: StoreApi<ExplorerState>): () => void {
  let scenarioAsked = 0;
  let routeAsked = 0;

  const evaluate = (state: ExplorerState) => {
    const { engine, year, cuts } = state;
    if (!engine) return;
    const ask = ++scenarioAsked;
    store.setState({ scenarioStatus: 'computing' });
    engine.evaluate(year, toCutSet(cuts), selectNetworkDay(state)).then(
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
    const day = selectNetworkDay(state);
    Promise.all([engine.route(year, from, to, toCutSet(cuts), day), engine.route(year, from, to, {}, day)]).then(
      ([current, intact]) => ask === routeAsked && store.setState((s) => ({ inspector: { ...s.inspector, current, intact } })),
      (error: unknown) => ask === routeAsked && store.setState({ notice: { kind: 'failed', what: 'route', error: String(error) } }),
    );
  };

  let settling: ReturnType<typeof setTimeout> | undefined;
  const askNow = (state: ExplorerState) => {
    clearTimeout(settling);
    settling = undefined;
    evaluate(state);
    route(state);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const yearChanged = state.year !== previous.year;
    if (state.engine !== previous.engine || state.cuts !== previous.cuts || state.incident !== previous.incident) askNow(state);
    else if (yearChanged) {
      clearTimeout(settling);
      // Shown as computing at once; asked when the year stops moving (the newest state then). Meanwhile the page
      // redraws the map for each year passed: the engine holds back the work nobody asked for.
      state.engine?.hold();
      if (state.engine) store.setState({ scenarioStatus: 'computing' });
      settling = setTimeout(() => askNow(store.getState()), YEAR_SETTLE_MS);
    } else if (state.inspector.from !== previous.inspector.from || state.inspector.to !== previous.inspector.to) route(state);
    if (yearChanged && state.critical) store.setState({ critical: null });
  });
  return () => {
    clearTimeout(settling);
    unsubscribe();
  };
}
