// The standalone app: every panel, options from the page URL, and the URL kept in step with the view.
import type { LoadResult } from '../data/load';
import basemapUrl from 'world-atlas/countries-110m.json?url';
import { encodeOptions } from '../embed/encodeOptions';
import { mountExplorer } from '../embed/mount';
import { parseOptions } from '../embed/parseOptions';
import { resolveOptions } from '../embed/resolveOptions';
import { applyOptions, optionsFromState } from '../embed/stateOptions';
import type { ExplorerOptions } from '../embed/options';
import { createEngineClient } from '../worker/appEngine';

/** `?packets=N` sets how many packets are in flight (the UI benchmark uses 5000); a bad value is reported and ignored. */
function packetTargetFrom(params: URLSearchParams): number | undefined {
  const raw = params.get('packets');
  if (raw === null) return undefined;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 0 && n <= 20000) return n;
  console.warn(`Backbone Explorer: URL parameter packets=${JSON.stringify(raw)} ignored: expected a whole number from 0 to 20000.`);
  return undefined;
}

/** Mounts the explorer on #root, with `loadDataset` (main.tsx), which is already loading the dataset the options name. */
export function startApp(datasetUrl: string, loadDataset: (url: string) => Promise<LoadResult>): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const params = new URLSearchParams(window.location.search);
  const { options, warnings } = parseOptions(params);
  for (const w of warnings) console.warn(`Backbone Explorer: URL parameter ${w.name}=${JSON.stringify(w.value)} ignored: ${w.message}`);
  const explorer = mountExplorer(root, { ...options, controls: 'full', datasetUrl, basemapUrl, createEngine: createEngineClient, loadDataset });

  const packetTarget = packetTargetFrom(params);
  if (packetTarget !== undefined) explorer.store.setState({ packetTarget });

  // Keep the address bar on the current view, so that reloading or sharing it restores exactly that view.
  // What a reader would go Back to (a selection, cuts, a replay, an inspected route) gets a history entry of its
  // own; moving the map, the year, layers or language replace the current one.
  const base = resolveOptions(options, { controls: 'full' });
  const steps = (o: ExplorerOptions) => JSON.stringify([o.select, o.cut, o.incident, o.route]);
  let shownSteps: string | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;
  explorer.store.subscribe((state) => {
    if (state.dataStatus !== 'ready') return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      const s = explorer.store.getState();
      const view = s.viewCentre ? { centre: s.viewCentre, zoom: s.zoom.k } : null;
      const now = optionsFromState(s, view, base);
      const query = encodeOptions(now);
      const kept = packetTarget !== undefined ? `${query ? '&' : ''}packets=${packetTarget}` : '';
      const next = `${window.location.pathname}${query || kept ? `?${query}${kept}` : ''}${window.location.hash}`;
      const stepsNow = steps(now);
      // The first write after loading (or after Back) describes the entry it is on: it replaces.
      const isStep = shownSteps !== null && stepsNow !== shownSteps;
      shownSteps = stepsNow;
      if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      if (isStep) window.history.pushState(null, '', next);
      else window.history.replaceState(null, '', next);
    }, 300);
  });

  // Back and Forward: the entry's URL becomes the explorer's state again.
  window.addEventListener('popstate', () => {
    const { options: entry, warnings: entryWarnings } = parseOptions(new URLSearchParams(window.location.search));
    for (const w of entryWarnings) console.warn(`Backbone Explorer: URL parameter ${w.name}=${JSON.stringify(w.value)} ignored: ${w.message}`);
    clearTimeout(pending);
    for (const w of applyOptions(explorer.store, resolveOptions(entry, { controls: 'full' }))) console.warn(`Backbone Explorer: ${w.name}=${JSON.stringify(w.value)} ignored: ${w.message}`);
    // The entry now shown is the one Back led to: writing it again replaces, and the next step pushes after it.
    shownSteps = steps(optionsFromState(explorer.store.getState(), null, base));
  });
}
