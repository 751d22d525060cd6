import type { StoreApi } from 'zustand/vanilla';
import { countryName } from './countryName';
import { cutCount, toCutSet } from './slices/failureSlice';
import type { ExplorerState } from './types';

/** A sentence for the aria-live region: what the change did. */
function summarise(state: ExplorerState): string {
  const s = state.scenario;
  if (!s) return '';
  if (cutCount(state.cuts) === 0) return 'Nothing is cut: every flow is on its usual route.';
  const parts = [`${s.rerouted} flow${s.rerouted === 1 ? '' : 's'} rerouted`, `${s.stranded} stranded`];
  if (s.isolated.length) parts.push(`cut off: ${s.isolated.map(countryName).join(', ')}`);
  if (s.degraded.length) parts.push(`${s.degraded.length} countr${s.degraded.length === 1 ? 'y' : 'ies'} slower`);
  if (s.congested.length) parts.push(`${s.congested.length} link${s.congested.length === 1 ? '' : 's'} congested`);
  return `${parts.join(', ')}.`;
}

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
        const next = { ...store.getState(), scenario };
        // The action's own words ("Cut MAREA.") lead; a recomputation nobody asked for by name (a new year) has none.
        const pending = next.announcement.endsWith(' Computing the impact…');
        const lead = pending ? next.announcement.replace(/ Computing the impact…$/, '') : `Year ${next.year}.`;
        store.setState({ scenario, scenarioStatus: 'ready', announcement: `${lead ? `${lead} ` : ''}${summarise(next)}`.trim() });
      },
      (error: unknown) => ask === scenarioAsked && store.setState({ scenarioStatus: 'error', notice: `The simulation failed: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  const route = (state: ExplorerState) => {
    const { engine, year, cuts, inspector } = state;
    if (!engine || !inspector.from || !inspector.to) return;
    const { from, to } = inspector;
    const ask = ++routeAsked;
    Promise.all([engine.route(year, from, to, toCutSet(cuts)), engine.route(year, from, to, {})]).then(
      ([current, intact]) => ask === routeAsked && store.setState((s) => ({ inspector: { ...s.inspector, current, intact } })),
      (error: unknown) => ask === routeAsked && store.setState({ notice: `The route could not be computed: ${String(error)}` }),
    );
  };

  return store.subscribe((state, previous) => {
    const networkChanged = state.engine !== previous.engine || state.year !== previous.year || state.cuts !== previous.cuts;
    if (networkChanged) evaluate(state);
    if (networkChanged || state.inspector.from !== previous.inspector.from || state.inspector.to !== previous.inspector.to) route(state);
    if (state.year !== previous.year && state.critical) store.setState({ critical: null });
  });
}
