import { LAYERS } from '../store/types';
import { DEFAULT_OPTIONS } from './options';
import type { ExplorerOptions } from './options';
import { OPTION_KEYS, OPTION_NAMES } from './parseOptions';

/** Decimals kept in a URL's view: 4 for lon/lat (about 10 m), 3 for zoom. */
const VIEW_DECIMALS = { lonLat: 4, zoom: 3 } as const;

const round = (x: number, decimals: number): number => Number(x.toFixed(decimals)) + 0; // + 0 turns -0 into 0

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

const CUT_ORDER = ['cable', 'segment', 'link', 'metro'];
const cutRank = (cut: string): number => {
  const rank = CUT_ORDER.indexOf(cut.slice(0, cut.indexOf(':')));
  return rank < 0 ? CUT_ORDER.length : rank;
};

/**
 * The options as a URL keeps them: the view rounded to VIEW_DECIMALS, layers in
 * their canonical order (they are a set), cuts grouped by kind (the store keeps
 * them so), repeated list entries dropped. parseOptions(encodeOptions(o)) gives
 * back normalizeOptions(o) exactly, for the options that differ from the defaults.
 */
export function normalizeOptions(options: ExplorerOptions): ExplorerOptions {
  const { view } = options;
  return {
    ...options,
    view: view && {
      centre: [round(view.centre[0], VIEW_DECIMALS.lonLat), round(view.centre[1], VIEW_DECIMALS.lonLat)],
      zoom: round(view.zoom, VIEW_DECIMALS.zoom),
    },
    layers: LAYERS.filter((l) => options.layers.includes(l)),
    carriers: unique(options.carriers),
    cut: unique(options.cut).sort((a, b) => cutRank(a) - cutRank(b)),
    route: options.route && [options.route[0], options.route[1]],
    allowOrigins: unique(options.allowOrigins),
  };
}

const FORMAT: { [K in keyof ExplorerOptions]: (value: NonNullable<ExplorerOptions[K]>) => string } = {
  projection: (v) => v,
  view: (v) => `${v.centre[0]},${v.centre[1]},${v.zoom}`,
  layers: (v) => v.join(','),
  carriers: (v) => v.join(','),
  year: String,
  select: (v) => v,
  cut: (v) => v.join(','),
  incident: (v) => v,
  bgpEvent: (v) => v,
  bgpHijack: (v) => [v.victim, v.by, ...(v.moreSpecific ? ['more-specific'] : [])].join(','),
  bgpLeak: (v) => [v.victim, v.by, v.from, v.to].join(','),
  bgpRov: (v) => v,
  route: (v) => v.join(','),
  concept: (v) => v,
  controls: (v) => v,
  autoplay: (v) => (v ? '1' : '0'),
  lang: (v) => v,
  theme: (v) => v,
  height: String,
  dataSrc: (v) => v,
  allowOrigins: (v) => v.join(','),
};

/** Percent-encodes a query value, but leaves the separators the options use (, : /) readable. */
const encodeValue = (value: string): string => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');

const NORMAL_DEFAULTS = normalizeOptions(DEFAULT_OPTIONS);

/**
 * A query string (no leading "?") with only the options that differ from
 * DEFAULT_OPTIONS, always in the order of OPTION_KEYS, so the same options give
 * the same string. The view is rounded first (see VIEW_DECIMALS), so
 * state → URL → state is exact on the rounded value. The options are taken to
 * be valid, as parseOptions or resolveOptions give them.
 */
export function encodeOptions(options: ExplorerOptions): string {
  const normal = normalizeOptions(options);
  const parts: string[] = [];
  for (const key of OPTION_KEYS) {
    const value = normal[key];
    if (value === null || JSON.stringify(value) === JSON.stringify(NORMAL_DEFAULTS[key])) continue;
    const format = FORMAT[key] as (v: typeof value) => string;
    parts.push(`${OPTION_NAMES[key]}=${encodeValue(format(value))}`);
  }
  return parts.join('&');
}
