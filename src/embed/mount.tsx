import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { LoadResult } from '../data/load';
import type { Backbone } from '../data/normalize';
import type { RouteView, ScenarioView } from '../model/scenario';
import { createExplorerStore } from '../store/createExplorerStore';
import type { ExplorerStore } from '../store/createExplorerStore';
import type { CutState, EntityRef } from '../store/types';
import { Explorer } from '../views/Explorer';
import { prefersReducedMotion } from '../views/map/PacketCanvas';
import type { EngineClient } from '../worker/protocol';
import { findConcept } from './concepts';
import type { ExplorerOptions, OptionWarning } from './options';
import type { ExplorerState } from '../store/types';
import { parseCutTarget, parseEntityRef } from './parseOptions';
import { resolveOptions } from './resolveOptions';
import { applyOptions, optionsFromState } from './stateOptions';
import { encodeOptions } from './encodeOptions';
import { ShareMenu } from './ShareMenu';

/**
 * What an embedding page hears about: 'ready' once the dataset is loaded and the options are
 * applied (read the starting state from `store`), then every change of selection or cuts, and
 * every new impact.
 */
export type ExplorerEvent =
  | { type: 'ready' }
  | { type: 'select'; selected: EntityRef | null }
  | { type: 'cuts'; cuts: CutState }
  | { type: 'impact'; impact: Pick<ScenarioView, 'year' | 'rerouted' | 'stranded' | 'isolated' | 'degraded' | 'congested'> & { failovers: FailoverEvent[] } }
  | { type: 'route'; route: Pick<RouteView, 'from' | 'to' | 'rttMs' | 'floorMs' | 'cables' | 'links' | 'asPath'> | null };

/** One flow the cuts moved, as BGP failed over: the networks before and after (empty after when no route is left). */
interface FailoverEvent {
  from: string;
  to: string;
  failover: 'internal' | 'as-path' | null;
  networksBefore: string[];
  networksAfter: string[];
}

/** The impact event lists the flows with the largest RTT rise first, up to this many. */
const FAILOVERS_IN_EVENT = 50;

export interface MountOptions extends Partial<ExplorerOptions> {
  /** The dataset's URL when `dataSrc` is not set. */
  datasetUrl?: string;
  /** The world outline's URL. */
  basemapUrl?: string;
  /** Loads the dataset; by default on the page's thread (the app and the embed script load it in the engine's worker). */
  loadDataset?: (url: string) => Promise<LoadResult>;
  /** The failover engine (the app's and the embed script's entry points give theirs); without one, the explorer browses but does not simulate. */
  createEngine?: (backbone: Backbone) => EngineClient;
  /** The full explorer's address (the app's page): a compact embed links there with the same view. None: no link. */
  appUrl?: string;
  /** Where problems with options are reported; console.warn by default. */
  onWarning?: (warning: OptionWarning) => void;
}

/** The handle mountExplorer returns: methods that act on this explorer only. */
export interface MountedExplorer {
  /** Cuts `cable:ID`, `segment:ID#N`, `link:ID` or `metro:ID`. */
  cut(target: string): void;
  restore(target: string): void;
  restoreAll(): void;
  /** Selects `kind:id` (e.g. `cable:marea`), or nothing with null. */
  select(ref: string | null): void;
  /** Shows the route between two metros (ids) in the route inspector, with its AS path (a `route` event follows); null clears it. */
  route(from: string | null, to?: string | null): void;
  /** Calls `listener` on every event until the returned function is called. */
  subscribe(listener: (event: ExplorerEvent) => void): () => void;
  /** This explorer's store, for advanced use. */
  readonly store: ExplorerStore;
  /** Unmounts and releases everything: React root, engine, subscriptions. */
  destroy(): void;
}

/** The full explorer showing what this one shows now: the same options, without the concept's caption and compact controls. */
function fullExplorerHref(appUrl: string, state: ExplorerState, options: ExplorerOptions): string {
  const view = state.viewCentre ? { centre: state.viewCentre, zoom: state.zoom.k } : options.view;
  const query = encodeOptions(optionsFromState(state, view, { ...options, concept: null, controls: 'full', height: null, allowOrigins: [] }));
  const url = new URL(appUrl);
  url.search = query;
  return url.href;
}

function warnDefault(w: OptionWarning): void {
  console.warn(`Backbone Explorer: ${w.name}=${JSON.stringify(w.value)} ignored: ${w.message}`);
}

/**
 * Mounts one independent explorer in `element`. Options come from the caller
 * (already parsed from a URL or attributes, or written in code); a concept
 * preset fills in what the caller leaves unset.
 */
export function mountExplorer(element: HTMLElement, mount: MountOptions = {}): MountedExplorer {
  const { datasetUrl, basemapUrl, appUrl, loadDataset, createEngine, onWarning = warnDefault, ...given } = mount;
  const concept = findConcept(given.concept ?? null);
  if (given.concept && !concept) onWarning({ name: 'concept', value: given.concept, message: 'no such concept' });
  const options = resolveOptions(concept?.options ?? {}, given);
  const store = createExplorerStore({
    projection: options.projection,
    theme: options.theme,
    lang: options.lang,
    playing: options.autoplay && !prefersReducedMotion(),
  });
  const listeners = new Set<(event: ExplorerEvent) => void>();
  const emit = (event: ExplorerEvent) => listeners.forEach((l) => l(event));
  let applied = false;
  let applying = false;
  const unsubscribe = store.subscribe((state, previous) => {
    if (!applied && state.dataStatus === 'ready' && state.backbone) {
      // The options are the starting state, not changes: 'ready' comes first, and says they are in place.
      applied = applying = true;
      applyOptions(store, options).forEach(onWarning);
      applying = false;
      emit({ type: 'ready' });
      return;
    }
    if (applying) return;
    if (state.selected !== previous.selected) emit({ type: 'select', selected: state.selected });
    if (state.cuts !== previous.cuts) emit({ type: 'cuts', cuts: state.cuts });
    if (state.scenario !== previous.scenario && state.scenario) {
      const { year, rerouted, stranded, isolated, degraded, congested, changed } = state.scenario;
      const failovers = changed.slice(0, FAILOVERS_IN_EVENT).map(({ from, to, failover, networksBefore, networksAfter }) => ({ from, to, failover, networksBefore, networksAfter }));
      emit({ type: 'impact', impact: { year, rerouted, stranded, isolated, degraded, congested, failovers } });
    }
    if (state.inspector.current !== previous.inspector.current) {
      const current = state.inspector.current;
      emit({ type: 'route', route: current && { from: current.from, to: current.to, rttMs: current.rttMs, floorMs: current.floorMs, cables: current.cables, links: current.links, asPath: current.asPath } });
    }
  });

  const root = createRoot(element);
  root.render(
    <StrictMode>
      <Explorer
        datasetUrl={options.dataSrc ?? datasetUrl}
        basemapUrl={basemapUrl}
        store={store}
        controls={options.controls}
        caption={concept?.caption[options.lang]}
        toolbarExtra={<ShareMenu base={options} />}
        fullExplorerHref={appUrl && options.controls !== 'full' ? () => fullExplorerHref(appUrl, store.getState(), options) : undefined}
        loadDataset={loadDataset}
        createEngine={createEngine}
      />
    </StrictMode>,
  );

  const target = (text: string) => {
    const t = parseCutTarget(text);
    if (!t) onWarning({ name: 'cut', value: text, message: 'expected cable:ID, segment:ID#N, link:ID or metro:ID' });
    return t;
  };
  return {
    cut: (text) => {
      const t = target(text);
      if (t) store.getState().cut(t);
    },
    restore: (text) => {
      const t = target(text);
      if (t) store.getState().restore(t);
    },
    restoreAll: () => store.getState().restoreAll(),
    select: (text) => {
      if (text === null) return store.getState().select(null);
      const ref = parseEntityRef(text);
      if (ref) store.getState().select(ref);
      else onWarning({ name: 'select', value: text, message: 'expected kind:id, for example cable:marea' });
    },
    route: (from, to = null) => {
      const known = (id: string | null) => id === null || Boolean(store.getState().backbone?.metros.has(id));
      if (known(from) && known(to)) store.getState().setInspector(from, to);
      else onWarning({ name: 'route', value: `${from},${to}`, message: 'expected two metro ids of the dataset, for example new-york, london' });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    store,
    destroy: () => {
      unsubscribe();
      listeners.clear();
      root.unmount();
    },
  };
}
