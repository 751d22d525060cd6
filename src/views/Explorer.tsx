import { useEffect, useMemo, useState } from 'react';
import type { Topology } from 'topojson-specification';
import { fetchBackbone } from '../data/load';
import type { Backbone } from '../data/normalize';
import { formatProblems } from '../data/validate';
import { ExplorerStoreProvider, useExplorer, useExplorerStore } from '../store/context';
import { createExplorerStore } from '../store/createExplorerStore';
import { cutCount } from '../store/slices/failureSlice';
import type { ExplorerStore } from '../store/createExplorerStore';
import { ErrorScreen } from './ErrorScreen';
import { WorldMap } from './map/WorldMap';
import { useBasemap } from './map/useBasemap';
import { createCarrierColours } from './palette';
import { CarrierFilter } from './panels/CarrierFilter';
import { DetailsPanel } from './panels/DetailsPanel';
import { LayerControls } from './panels/LayerControls';
import { SearchBox } from './panels/SearchBox';
import { ProjectionPicker, ThemeToggle } from './panels/Toolbar';
import { YearSlider } from './panels/YearSlider';
import { FailoverPanel } from './panels/failover/FailoverPanel';
import { LiveRegion } from './panels/failover/LiveRegion';
import { createEngineClient } from '../worker/engineClient';
import type { EngineClient } from '../worker/protocol';

export interface ExplorerProps {
  /** Where to fetch the dataset (JSON in the format of data/backbone.schema.json). */
  datasetUrl?: string;
  /** A dataset already loaded; takes precedence over `datasetUrl`. */
  backbone?: Backbone;
  /** World outline (world-atlas countries topology) given directly, as tests do. */
  basemapTopology?: Topology;
  /** Where to fetch the world outline. */
  basemapUrl?: string;
  /** The store of this instance; one is created when omitted. */
  store?: ExplorerStore;
  /** Makes the failover engine for a loaded backbone: a Web Worker by default. */
  createEngine?: (backbone: Backbone) => EngineClient;
}

/** One self-contained explorer: its own store, its own map and panels. */
export function Explorer({ store: given, ...props }: ExplorerProps) {
  const [store] = useState(() => given ?? createExplorerStore());
  return (
    <ExplorerStoreProvider store={store}>
      <ExplorerBody {...props} />
    </ExplorerStoreProvider>
  );
}

function ExplorerBody({ datasetUrl, backbone: givenBackbone, basemapTopology, basemapUrl, createEngine = createEngineClient }: Omit<ExplorerProps, 'store'>) {
  const store = useExplorerStore();
  const status = useExplorer((s) => s.dataStatus);
  const backbone = useExplorer((s) => s.backbone);
  const problems = useExplorer((s) => s.problems);
  const theme = useExplorer((s) => s.theme);
  const basemap = useBasemap({ topology: basemapTopology, url: basemapUrl });
  const [controlsOpen, setControlsOpen] = useState(false);
  const tab = useExplorer((s) => s.sideTab);
  const setTab = (next: 'map' | 'failover') => store.getState().setSideTab(next);
  // The first cut brings the impact into view.
  const anyCut = useExplorer((s) => cutCount(s.cuts) > 0);
  useEffect(() => {
    if (anyCut) store.getState().setSideTab('failover');
  }, [anyCut, store]);

  useEffect(() => {
    if (givenBackbone) {
      store.getState().setDataset({ ok: true, backbone: givenBackbone });
      return;
    }
    if (!datasetUrl) return;
    let live = true;
    fetchBackbone(datasetUrl).then((result) => {
      if (!live) return;
      if (!result.ok) console.error(`Backbone Explorer: the dataset at ${datasetUrl} is invalid:\n${formatProblems(result.problems).join('\n')}`);
      store.getState().setDataset(result);
    });
    return () => {
      live = false;
    };
  }, [store, datasetUrl, givenBackbone]);

  // One engine per loaded backbone, released with it.
  useEffect(() => {
    if (!backbone) return;
    const engine = createEngine(backbone);
    store.getState().attachEngine(engine);
    return () => {
      engine.dispose();
      store.getState().attachEngine(null);
    };
  }, [store, backbone, createEngine]);

  const colours = useMemo(() => createCarrierColours(backbone?.dataset.carriers ?? []), [backbone]);

  return (
    <div className="explorer" data-theme={theme}>
      <header className="topbar">
        <h1>
          Backbone <span>Explorer</span>
        </h1>
        {backbone && <SearchBox backbone={backbone} />}
        <div className="topbar-tools">
          <ProjectionPicker />
          <ThemeToggle />
          <button type="button" className="controls-toggle" aria-expanded={controlsOpen} aria-controls="explorer-controls" onClick={() => setControlsOpen((o) => !o)}>
            Layers
          </button>
        </div>
      </header>
      {status === 'loading' && <p className="loading" role="status">Loading the backbone…</p>}
      {status === 'error' && <ErrorScreen problems={problems} />}
      {status === 'ready' && backbone && (
        <div className="stage">
          <aside id="explorer-controls" className={`controls${controlsOpen ? ' open' : ''}`} aria-label="Controls">
            <div className="tabs" role="tablist" aria-label="Panels">
              <button type="button" role="tab" id="tab-map" aria-controls="tabpanel-map" aria-selected={tab === 'map'} onClick={() => setTab('map')}>
                Map
              </button>
              <button type="button" role="tab" id="tab-failover" aria-controls="tabpanel-failover" aria-selected={tab === 'failover'} onClick={() => setTab('failover')}>
                Failover
              </button>
            </div>
            <div role="tabpanel" id="tabpanel-map" aria-labelledby="tab-map" hidden={tab !== 'map'}>
              <LayerControls />
              <YearSlider backbone={backbone} />
              <CarrierFilter backbone={backbone} colours={colours} />
            </div>
            <div role="tabpanel" id="tabpanel-failover" aria-labelledby="tab-failover" hidden={tab !== 'failover'}>
              <YearSlider backbone={backbone} />
              <FailoverPanel backbone={backbone} />
            </div>
          </aside>
          <main className="map-area">
            <WorldMap backbone={backbone} basemap={basemap} colours={colours} />
          </main>
          <DetailsPanel backbone={backbone} />
        </div>
      )}
      <LiveRegion />
      {backbone && (
        <footer className="attribution">
          {backbone.dataset.meta.attribution} · Basemap: Natural Earth via world-atlas · Data as of {backbone.dataset.meta.asOf}
        </footer>
      )}
    </div>
  );
}
