import type { Lang } from '../i18n/messages';
import type { ProjectionName } from '../geo/projection';
import type { LayerName, Theme } from '../store/types';

/**
 * Everything that configures one explorer: the same options come from the page
 * URL, from an embed's URL, from a <backbone-explorer> element's attributes, or
 * from mountExplorer(element, options). Defaults live in DEFAULT_OPTIONS, here
 * and nowhere else.
 */
export interface ExplorerOptions {
  /** Map projection. */
  projection: ProjectionName;
  /** The map's centre [lon, lat] and zoom (1 = the whole world); null lets the map fit the world. */
  view: { centre: [number, number]; zoom: number } | null;
  /** Layers shown. */
  layers: LayerName[];
  /** Carrier ids shown; empty shows every carrier. */
  carriers: string[];
  /** The network as of this year; null is the dataset's own date. */
  year: number | null;
  /** The selected record, as "kind:id" (e.g. "cable:marea"); null for none. */
  select: string | null;
  /** What is cut: "cable:ID", "segment:ID#INDEX", "link:ID", "metro:ID". */
  cut: string[];
  /** An incident to replay, by id. */
  incident: string | null;
  /** A BGP incident (a hijack or route leak) to replay in the Routing trust tab, by id. */
  bgpEvent: string | null;
  /** A hijack of the reader's own: the victim (a prefix record or origin network id), the attacker (carrier id), and whether it announces a more-specific. */
  bgpHijack: { victim: string; by: string; moreSpecific: boolean } | null;
  /** A route leak of the reader's own: the victim, the leaker, and the two of its providers or peers the route passes from and to. */
  bgpLeak: { victim: string; by: string; from: string; to: string } | null;
  /** Which networks validate route origins (none, tier1, 25%, 50%, 75%, all); null: as at the replayed event's time, none for the reader's own. */
  bgpRov: string | null;
  /** The route inspector's two cities, by metro id. */
  route: [string, string] | null;
  /** A glossary concept preset (see concepts.ts); it sets the other options it needs unless they are given too. */
  concept: string | null;
  /** Which controls show: every panel, the map's own buttons only, or none. */
  controls: 'full' | 'minimal' | 'none';
  /** Whether packets move as soon as the explorer loads. */
  autoplay: boolean;
  /** Interface language. */
  lang: Lang;
  theme: Theme;
  /** Height of an embed in CSS pixels; the standalone app fills the window. */
  height: number | null;
  /** Where to fetch the dataset from; null is the bundled one. */
  dataSrc: string | null;
  /** Origins an iframe embed answers postMessage requests from; empty answers none. */
  allowOrigins: string[];
}

export const DEFAULT_OPTIONS: Readonly<ExplorerOptions> = Object.freeze<ExplorerOptions>({
  projection: 'natural-earth',
  view: null,
  layers: ['submarine', 'terrestrial', 'pops', 'ixps'],
  carriers: [],
  year: null,
  select: null,
  cut: [],
  incident: null,
  bgpEvent: null,
  bgpHijack: null,
  bgpLeak: null,
  bgpRov: null,
  route: null,
  concept: null,
  controls: 'full',
  autoplay: true,
  lang: 'en',
  theme: 'dark',
  height: null,
  dataSrc: null,
  allowOrigins: [],
});

/** A problem with one option: reported (console.warn) and the option ignored. */
export interface OptionWarning {
  /** The URL parameter or attribute name. */
  name: string;
  /** The value given, as text. */
  value: string;
  message: string;
}
