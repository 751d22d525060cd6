import { useEffect, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Topology } from 'topojson-specification';
import type { LoadResult } from '../data/load';
import type { Backbone } from '../data/normalize';
import { formatProblems } from '../data/problems';
import { warmFormatters } from '../i18n/format';
import { ExplorerStoreProvider, useExplorer, useExplorerStore } from '../store/context';
import { createExplorerStore } from '../store/createExplorerStore';
import { cutCount } from '../store/slices/failureSlice';
import type { ExplorerStore } from '../store/createExplorerStore';
import type { SideTab } from '../store/types';
import { ErrorScreen } from './ErrorScreen';
import { useStaged } from './useStaged';
import { useShownOnce } from './useShownOnce';
import { WorldMap } from './map/WorldMap';
import { useBasemap } from './map/useBasemap';
import { createCarrierColours } from './palette';
import { CarrierFilter } from './panels/CarrierFilter';
import { DetailsPanel } from './panels/DetailsPanel';
import { LayerControls } from './panels/LayerControls';
import { MapOrTable } from './panels/lists/MapOrTable';
import { SearchBox } from './panels/SearchBox';
import { LanguagePicker, ProjectionPicker, ThemeToggle } from './panels/Toolbar';
import { useFormatters, useLang, useMessages } from './i18n/useMessages';
import { CaptionText } from './CaptionText';
import { YearSlider } from './panels/YearSlider';
import { FailoverPanel } from './panels/failover/FailoverPanel';
import { TrustPanel } from './panels/trust/TrustPanel';
import { LiveRegion } from './panels/failover/LiveRegion';
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
  /** Loads the dataset at `datasetUrl`, chosen by the entry point (in the engine's Web Worker in the app and the embeds); on this thread by default. */
  loadDataset?: (url: string) => Promise<LoadResult>;
  /** Makes the failover engine for a loaded backbone, chosen by the entry point (a Web Worker's in the app and the embeds); without it the explorer browses but simulates nothing. */
  createEngine?: (backbone: Backbone) => EngineClient;
  /** Which controls show: every panel, the map with its own buttons and a caption, or the map alone. */
  controls?: 'full' | 'minimal' | 'none';
  /** A sentence shown under the map, as glossary embeds do. Text only. */
  caption?: string;
  /** More tools for the top bar, from the entry point that mounts the explorer (sharing and export). */
  toolbarExtra?: ReactNode;
  /** For compact embeds: the address of the full explorer showing the same view, asked for when the link is used. */
  fullExplorerHref?: () => string;
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

function ExplorerBody({ datasetUrl, backbone: givenBackbone, basemapTopology, basemapUrl, loadDataset, createEngine, controls = 'full', caption, toolbarExtra, fullExplorerHref }: Omit<ExplorerProps, 'store'>) {
  // Ids of their own, so that two explorers on one page never share one.
  const ids = useId();
  const store = useExplorerStore();
  const status = useExplorer((s) => s.dataStatus);
  const backbone = useExplorer((s) => s.backbone);
  const problems = useExplorer((s) => s.problems);
  const theme = useExplorer((s) => s.theme);
  const lang = useLang();
  const m = useMessages();
  const f = useFormatters();
  const basemap = useBasemap({ topology: basemapTopology, url: basemapUrl });
  useEffect(() => warmFormatters(lang), [lang]);
  const controlsOpen = useExplorer((s) => s.panelOpen);
  const tab = useExplorer((s) => s.sideTab);
  const setTab = (next: SideTab) => store.getState().setSideTab(next);
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
    // The loader comes from the entry point (a worker where one can run): the component does not carry the validator.
    if (!loadDataset) {
      store.getState().setDataset({ ok: false, problems: [{ path: [], where: '(dataset)', message: `no loader was given for the dataset at ${datasetUrl}` }] });
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadDataset(datasetUrl).then((result) => {
      if (!live) return;
      if (!result.ok) console.error(`Backbone Explorer: the dataset at ${datasetUrl} is invalid:\n${formatProblems(result.problems).join('\n')}`);
      // In a task of its own: the loader indexed the records in this one (some 40 ms and a collection of garbage with
      // ten times the data), and the explorer's first render with them takes about as long again.
      timer = setTimeout(() => live && store.getState().setDataset(result), 0);
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store, datasetUrl, givenBackbone, loadDataset]);

  // One engine per loaded backbone, released with it.
  useEffect(() => {
    if (!backbone || !createEngine) return;
    const engine = createEngine(backbone);
    store.getState().attachEngine(engine);
    return () => {
      engine.dispose();
      store.getState().attachEngine(null);
    };
  }, [store, backbone, createEngine]);

  // When a dataset arrives the map's frame comes first; the panels around it (thousands of options, lists and
  // rows) follow, each group in a task of its own, instead of one task that blocks the page for a fifth of a second.
  const searchBackbone = useStaged(backbone);
  const mapTabBackbone = useStaged(backbone);
  const failoverBackbone = useStaged(backbone);
  const trustBackbone = useStaged(backbone);
  const detailsBackbone = useStaged(backbone);
  const mapTabShown = useShownOnce(tab === 'map');
  const failoverTabShown = useShownOnce(tab === 'failover');
  const trustTabShown = useShownOnce(tab === 'trust');

  const carrierFilter = useExplorer((s) => s.carrierFilter);
  const colours = useMemo(() => createCarrierColours(backbone?.dataset.carriers ?? [], carrierFilter, theme), [backbone, carrierFilter, theme]);

  return (
    <div className={`explorer controls-${controls}`} data-theme={theme} lang={lang}>
      {controls === 'full' && status === 'ready' && (
        // A button, not a #fragment link: an embed's map sits in a shadow root that fragments do not reach,
        // and the table view replaces the map; focus goes to whichever is shown.
        <button
          type="button"
          className="skip-link"
          onClick={(e) => e.currentTarget.closest('.explorer')?.querySelector<HTMLElement | SVGSVGElement>('svg.map-svg, .lists .lists-filter')?.focus()}
        >
          {m.app.skipToMap}
        </button>
      )}
      {controls === 'full' && (
      <header className="topbar">
        <h1>
          Backbone <span>Explorer</span>
        </h1>
        {/* Right after the title, so that on a phone it stays on the first row, in view. */}
        <button type="button" className="controls-toggle" aria-expanded={controlsOpen} aria-controls={`${ids}-controls`} onClick={() => store.getState().setPanelOpen(!controlsOpen)}>
          {m.app.layersButton}
        </button>
        {searchBackbone && <SearchBox backbone={searchBackbone} />}
        <div className="topbar-tools">
          <ProjectionPicker />
          <ThemeToggle />
          <LanguagePicker />
          {toolbarExtra}
        </div>
      </header>
      )}
      {status === 'loading' && <p className="loading" role="status">{m.app.loading}</p>}
      {status === 'error' && <ErrorScreen problems={problems} />}
      {status === 'ready' && backbone && (
        <div className="stage">
          {controls === 'full' && (
          <aside id={`${ids}-controls`} className={`controls${controlsOpen ? ' open' : ''}`} aria-label={m.app.controls}>
            <div className="tabs" role="tablist" aria-label={m.app.panels}>
              <button type="button" role="tab" id={`${ids}-tab-map`} aria-controls={`${ids}-tabpanel-map`} aria-selected={tab === 'map'} onClick={() => setTab('map')}>
                {m.app.tabMap}
              </button>
              <button type="button" role="tab" id={`${ids}-tab-failover`} aria-controls={`${ids}-tabpanel-failover`} aria-selected={tab === 'failover'} onClick={() => setTab('failover')}>
                {m.app.tabFailover}
              </button>
              <button type="button" role="tab" id={`${ids}-tab-trust`} aria-controls={`${ids}-tabpanel-trust`} aria-selected={tab === 'trust'} onClick={() => setTab('trust')}>
                {m.trust.tab}
              </button>
            </div>
            <div role="tabpanel" id={`${ids}-tabpanel-map`} aria-labelledby={`${ids}-tab-map`} hidden={tab !== 'map'}>
              <LayerControls />
              {mapTabBackbone && mapTabShown && (
                <>
                  <YearSlider backbone={mapTabBackbone} />
                  <CarrierFilter backbone={mapTabBackbone} colours={colours} />
                </>
              )}
            </div>
            <div role="tabpanel" id={`${ids}-tabpanel-failover`} aria-labelledby={`${ids}-tab-failover`} hidden={tab !== 'failover'}>
              {failoverBackbone && failoverTabShown && (
                <>
                  <YearSlider backbone={failoverBackbone} />
                  <FailoverPanel backbone={failoverBackbone} colours={colours} />
                </>
              )}
            </div>
            <div role="tabpanel" id={`${ids}-tabpanel-trust`} aria-labelledby={`${ids}-tab-trust`} hidden={tab !== 'trust'}>
              {/* The reader's own simulation runs on the year shown, and a replay moves it to the event's. */}
              {trustBackbone && trustTabShown && (
                <>
                  <YearSlider backbone={trustBackbone} />
                  <TrustPanel backbone={trustBackbone} />
                </>
              )}
            </div>
          </aside>
          )}
          <div className="map-area">
            <MapOrTable backbone={backbone} withTable={controls === 'full'}>
              <WorldMap backbone={backbone} basemap={basemap} colours={colours} />
            </MapOrTable>
          </div>
          {controls === 'full' && detailsBackbone && <DetailsPanel backbone={detailsBackbone} />}
        </div>
      )}
      {(caption || fullExplorerHref) && (
        <div className="caption-bar">
          {caption && <CaptionText text={caption} />}
          {fullExplorerHref && (
            <a
              className="open-full"
              href={fullExplorerHref()}
              target="_blank"
              rel="noopener"
              // The view moves on after the first render: the address is taken again when the link is used.
              onPointerDown={(e) => (e.currentTarget.href = fullExplorerHref())}
              onFocus={(e) => (e.currentTarget.href = fullExplorerHref())}
            >
              {m.app.openFull}
            </a>
          )}
        </div>
      )}
      <LiveRegion />
      {backbone && controls === 'full' && (
        <footer className="attribution">
          {backbone.dataset.meta.attribution} · {m.app.basemapCredit} · {m.app.dataAsOf(f.date(backbone.dataset.meta.asOf))}
        </footer>
      )}
    </div>
  );
}
