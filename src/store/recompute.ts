import type { StoreApi } from 'zustand/vanilla';
import { createFormatters } from '../i18n/format';
import { MESSAGES, messagesFor } from '../i18n/messages';
import { cutCount, toCutSet } from './slices/failureSlice';
import type { ExplorerState } from './types';

/** A sentence for the aria-live region: what the change did. */
function summarise(state: ExplorerState): string {
  const s = state.scenario;
  if (!s) return '';
  const m = messagesFor(state.lang).store;
  const f = createFormatters(state.lang);
  if (cutCount(state.cuts) === 0) return m.nothingCutSummary;
  const parts = [m.rerouted(s.rerouted, f.count(s.rerouted)), m.stranded(s.stranded, f.count(s.stranded))];
  if (s.isolated.length) parts.push(m.cutOff(s.isolated.map((c) => f.countryName(c)).join(', ')));
  const serious = s.degraded.filter((d) => d.severity !== 'minor').length;
  const minor = s.degraded.length - serious;
  if (serious) parts.push(m.affected(serious, f.count(serious)));
  if (minor) parts.push(m.minorAffected(minor, f.count(minor)));
  if (s.congested.length) parts.push(m.congested(s.congested.length, f.count(s.congested.length)));
  return `${parts.join(', ')}.`;
}

/** The action's own words with " Computing the impact…" still on them, in whichever language they were said; null when none are pending. */
function pendingLead(announcement: string): string | null {
  for (const { store } of Object.values(MESSAGES)) {
    const suffix = ` ${store.computing}`;
    if (announcement.endsWith(suffix)) return announcement.slice(0, -suffix.length);
  }
  return null;
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
        const lead = pendingLead(next.announcement) ?? messagesFor(next.lang).store.year(next.year);
        store.setState({ scenario, scenarioStatus: 'ready', announcement: `${lead ? `${lead} ` : ''}${summarise(next)}`.trim() });
      },
      (error: unknown) => ask === scenarioAsked && store.setState({ scenarioStatus: 'error', notice: messagesFor(store.getState().lang).store.simulationFailed(error instanceof Error ? error.message : String(error)) }),
    );
  };

  const route = (state: ExplorerState) => {
    const { engine, year, cuts, inspector } = state;
    if (!engine || !inspector.from || !inspector.to) return;
    const { from, to } = inspector;
    const ask = ++routeAsked;
    Promise.all([engine.route(year, from, to, toCutSet(cuts)), engine.route(year, from, to, {})]).then(
      ([current, intact]) => ask === routeAsked && store.setState((s) => ({ inspector: { ...s.inspector, current, intact } })),
      (error: unknown) => ask === routeAsked && store.setState({ notice: messagesFor(store.getState().lang).store.routeFailed(String(error)) }),
    );
  };

  return store.subscribe((state, previous) => {
    const networkChanged = state.engine !== previous.engine || state.year !== previous.year || state.cuts !== previous.cuts;
    if (networkChanged) evaluate(state);
    if (networkChanged || state.inspector.from !== previous.inspector.from || state.inspector.to !== previous.inspector.to) route(state);
    if (state.year !== previous.year && state.critical) store.setState({ critical: null });
  });
}
