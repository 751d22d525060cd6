import type { Geometry } from 'geojson';
import type { DatasetDetails } from '../data/detailFields';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import type { Problem } from '../data/validate';
import type { ProjectionName } from '../geo/projection';
import type { Lang } from '../i18n/messages';
import type { CriticalCableView, RouteView, ScenarioView } from '../model/scenario';
import type { TrustAsk, TrustChoices, TrustView } from '../model/trustEngine';
import type { EngineClient } from '../worker/protocol';

/** The kinds of things, each registered in src/kinds. */
export type { EntityKind, EntityRef } from '../kinds';
import type { EntityRef } from '../kinds';

export const LAYERS = ['submarine', 'terrestrial', 'pops', 'ixps', 'landingPoints', 'facilities'] as const;
export type LayerName = (typeof LAYERS)[number];

export type Theme = 'dark' | 'light';

interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

/**
 * The records' deferred fields (sources, notes…): `included` in a full dataset's records; for a first map,
 * in the details file, `waiting` until first needed, then `loading`, `ready` or `failed` (asking again retries).
 */
type DetailsState =
  | { status: 'included' }
  | { status: 'waiting' | 'loading'; url: string }
  | { status: 'ready'; details: DatasetDetails }
  | { status: 'failed'; url: string; problem: string };

export interface DatasetSlice {
  dataStatus: 'loading' | 'ready' | 'error';
  backbone: Backbone | null;
  problems: readonly Problem[];
  details: DetailsState;
  /** Takes the outcome of loading: either a whole valid backbone (with where its details are, for a first map) or its problems, never a half. */
  setDataset: (result: { ok: true; backbone: Backbone; detailsUrl?: string } | { ok: false; problems: Problem[] }) => void;
  /** Fetches the details file if it is not there yet (a panel that shows sources asks; so does the idle time after the first map). */
  needDetails: () => void;
}

export interface ViewSlice {
  projection: ProjectionName;
  theme: Theme;
  /** Interface language: the panels' text, the store's announcements and notices, numbers and dates. */
  lang: Lang;
  layers: Readonly<Record<LayerName, boolean>>;
  /** Carriers shown; empty means every carrier. */
  carrierFilter: ReadonlySet<string>;
  /** The network as of this year. */
  year: number;
  zoom: ZoomTransform;
  /** The [lon, lat] at the middle of the map, set by the map when a zoom or pan ends; null until then. */
  viewCentre: LonLat | null;
  /** The globe's rotation [λ, φ]; flat maps use λ as their central meridian. */
  rotate: [number, number];
  /** A request to the map to bring a place into view; `seq` makes repeated requests distinct. */
  focus: { at: LonLat; scale: number; extent: Geometry | null; seq: number } | null;
  setProjection: (projection: ProjectionName) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang) => void;
  toggleLayer: (layer: LayerName) => void;
  toggleCarrier: (carrierId: string) => void;
  clearCarrierFilter: () => void;
  setYear: (year: number) => void;
  setZoom: (zoom: ZoomTransform) => void;
  setRotate: (rotate: [number, number]) => void;
  /** Brings `at` into view at `scale`, or, given an `extent`, frames it (never closer than `scale`). */
  focusOn: (at: LonLat, scale?: number, extent?: Geometry | null) => void;
  /** Whether packets move. */
  playing: boolean;
  /** Animation speed relative to the base time scale (packets 100× slower than light in fibre). */
  speed: number;
  /** About how many packets are in flight. */
  packetTarget: number;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: number) => void;
  /** What a packet's colour says: which route (flow) it is on, or which network carries it at that moment. */
  packetColour: 'flow' | 'network';
  setPacketColour: (by: 'flow' | 'network') => void;
  /** Which panel the side bar shows. */
  sideTab: SideTab;
  setSideTab: (tab: SideTab) => void;
  /** Whether the side bar is open where it is a drawer (phones); wider screens always show it. */
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  /** Asks the Failover tab to bring the impact into view; `seq` makes repeated requests distinct. */
  impactFocus: number;
  showImpact: () => void;
}

/** The side bar's panels: the map's layers, the failover simulator, routing trust (hijacks and leaks). */
export type SideTab = 'map' | 'failover' | 'trust';

/**
 * Routing trust: a BGP incident replayed on the AS graph, or a hijack or leak of the reader's own
 * (one at a time), with more or less route origin validation.
 */
export interface TrustSlice {
  /** The routing event shown, by id; null for none. */
  trustEvent: string | null;
  /** The reader's own hijack or leak, simulated on the network of the year shown; null for none. */
  trustCustom: TrustAsk | null;
  /** Which networks validate origins: none, tier1, all, or a share such as `40%`; null for the setting of the event's time (none for the reader's own). */
  trustRov: string | null;
  /** The engine's last answer (see selectTrustShown for whether it is the one asked for); null until it arrives. */
  trust: TrustView | null;
  /** The networks the reader's own simulation can name in the year shown; null until asked for and answered. */
  trustChoices: TrustChoices | null;
  trustStatus: 'idle' | 'computing' | 'ready' | 'error';
  /** Why the last replay failed, in the engine's words. */
  trustError: string | null;
  /** Shows an event (null: none), with the ROV of its time, on the map of its year. */
  setTrustEvent: (event: string | null) => void;
  /** Simulates the reader's own hijack or leak (null: none), in place of any event. */
  setTrustCustom: (ask: TrustAsk | null) => void;
  /** Asks the engine for the networks of the year shown, for the reader's own simulation. */
  loadTrustChoices: () => void;
  setTrustRov: (rov: string | null) => void;
  /** Asks the engine again for the event shown (when an engine attaches after it was chosen). */
  refreshTrust: () => void;
}

export interface SelectionSlice {
  selected: EntityRef | null;
  hovered: (EntityRef & { x: number; y: number }) | null;
  select: (entity: EntityRef | null) => void;
  hover: (entity: (EntityRef & { x: number; y: number }) | null) => void;
}

/** Something that can be cut: a whole cable, one segment of it, a terrestrial link, or a metro. */
export type CutTarget =
  | { kind: 'cable'; id: string }
  | { kind: 'segment'; id: string; index: number }
  | { kind: 'link'; id: string }
  | { kind: 'metro'; id: string };

/** What is cut, by id; segments are written `cable#index`. Arrays are replaced, never mutated. */
export interface CutState {
  cables: readonly string[];
  segments: readonly string[];
  links: readonly string[];
  metros: readonly string[];
}

interface InspectorState {
  from: string | null;
  to: string | null;
  /** The route with the current cuts, and the intact one to compare with. */
  current: RouteView | null;
  intact: RouteView | null;
}

/** What a cut of several things at once stands for: named in words, in the reader's language, by the views. */
export type CutSubject =
  | { kind: 'targets'; targets: readonly CutTarget[] }
  | { kind: 'region'; km: number; at: LonLat; segments: number; links: number }
  | { kind: 'corridor'; id: string; segments: number; links: number };

/** What happened to the network: recorded by the store as data, put into words by the views (src/views/announce.ts). */
export type StoreEvent =
  | { kind: 'cut'; subject: CutSubject }
  | { kind: 'restore'; target: CutTarget }
  | { kind: 'restoreAll' }
  | { kind: 'replay'; incident: string }
  | { kind: 'year'; year: number };

/** Why a target could not be cut. */
export type TargetProblem =
  | { kind: 'notLoaded' }
  | { kind: 'noCable'; id: string }
  | { kind: 'noSegment'; id: string; index: number }
  | { kind: 'noLink'; id: string }
  | { kind: 'noCity'; id: string };

/** A request that was not carried out, or failed, as data. */
export type Notice =
  | { kind: 'nothingWithin'; km: number }
  | { kind: 'nothingWasCut'; problem: TargetProblem }
  | { kind: 'alreadyCut'; target: CutTarget }
  | { kind: 'notCut'; target: CutTarget }
  | { kind: 'someNotCut'; subject: CutSubject; problems: readonly TargetProblem[] }
  | { kind: 'nothingIsCut' }
  | { kind: 'noIncident'; id: string }
  | { kind: 'noCorridorCable'; corridor: string }
  | { kind: 'failed'; what: 'simulation' | 'route' | 'critical'; error: string };

export interface FailureSlice {
  engine: EngineClient | null;
  cuts: CutState;
  /** The network as it is with the current cuts; null until the engine has answered. */
  scenario: ScenarioView | null;
  scenarioStatus: 'idle' | 'computing' | 'ready' | 'error';
  /**
   * What last happened (a cut, a restore, a replay, a new year) and whether its impact is still being
   * computed; `seq` tells two equal events apart. The aria-live region says it with the impact, in words.
   */
  event: { what: StoreEvent; pending: boolean; seq: number } | null;
  /** A request that could not be carried out (already cut, unknown id) or failed. */
  notice: Notice | null;
  inspector: InspectorState;
  critical: CriticalCableView[] | null;
  /** The incident being replayed, if any. */
  incident: string | null;
  /** While set, the next click on the map cuts everything within this many km of the point clicked. */
  regionPick: number | null;
  /** The regions cut so far, drawn as circles. */
  regions: readonly { at: LonLat; radiusKm: number }[];
  startRegionPick: (radiusKm: number | null) => void;
  cutRegion: (at: LonLat, radiusKm: number) => void;
  attachEngine: (engine: EngineClient | null) => void;
  cut: (target: CutTarget) => void;
  /** Cuts several things at once, as a region or a corridor does; `subject` is what they stand for. */
  cutMany: (targets: readonly CutTarget[], subject: CutSubject) => void;
  /** Reports a request the views could not carry out (a corridor with no cable in this dataset). */
  setNotice: (notice: Notice | null) => void;
  restore: (target: CutTarget) => void;
  restoreAll: () => void;
  replayIncident: (incidentId: string) => void;
  setInspector: (from: string | null, to: string | null) => void;
  loadCritical: () => void;
  dismissNotice: () => void;
}

/** The lists the table view offers, in the order its picker shows them. */
export const TABLE_LISTS = ['cables', 'ixps', 'carriers', 'countries'] as const;
export type TableList = (typeof TABLE_LISTS)[number];

/** A table's order: a column's key and its direction. */
export interface TableSort {
  column: string;
  descending: boolean;
}

/** The map area's other face: the dataset as sortable, filterable tables, the map's accessible alternative. */
export interface TableSlice {
  /** What the map area shows: the map, or the same records as a table. */
  areaView: 'map' | 'table';
  /** Which list the table shows. */
  tableList: TableList;
  /** Each list's order; each list keeps its own, so switching lists loses nothing. */
  tableSort: Readonly<Record<TableList, TableSort>>;
  /** Each list's text filter, as typed. */
  tableFilter: Readonly<Record<TableList, string>>;
  setAreaView: (view: 'map' | 'table') => void;
  setTableList: (list: TableList) => void;
  /** Sorts a list by a column: ascending first, and a second time on the same column the other way. */
  sortTable: (list: TableList, column: string) => void;
  setTableFilter: (list: TableList, text: string) => void;
}

export type ExplorerState = DatasetSlice & ViewSlice & SelectionSlice & FailureSlice & TableSlice & TrustSlice;
