import { LANGS } from '../i18n/messages';
import { PROJECTIONS } from '../geo/projection';
import type { ProjectionName } from '../geo/projection';
import { MAX_ZOOM, MIN_ZOOM } from '../store/slices/viewSlice';
import { LAYERS } from '../store/types';
import type { CutTarget, EntityRef, LayerName } from '../store/types';
import type { ExplorerOptions, OptionWarning } from './options';
import { ROV_STEPS } from '../model/trustAsk';
import { MAX_URL_LENGTH, hasSpaceOrControl, isSafeDataSrc } from './safeUrl';

/**
 * Reads ExplorerOptions from text: a page's or an embed's URL parameters, or a
 * <backbone-explorer> element's attributes. One name per option, the same in
 * both places. Nothing here throws: a bad value becomes a warning and the
 * option is left out, so the caller's defaults apply; unknown names are ignored
 * (a page may carry parameters of its own). For repeated names the last wins.
 *
 * Lists (layers, carriers, cut, allow-origins) drop a bad entry with a warning
 * and keep the good ones; when every entry is bad the option is left out, so a
 * typo never hides everything. An empty list (`layers=`) means none.
 */

/** The options in the fixed order encodeOptions writes them. */
export const OPTION_KEYS = [
  'projection', 'view', 'layers', 'carriers', 'year', 'select', 'cut', 'incident', 'bgpEvent', 'bgpHijack', 'bgpLeak', 'bgpRov', 'route',
  'concept', 'controls', 'autoplay', 'lang', 'theme', 'height', 'dataSrc', 'allowOrigins',
] as const satisfies readonly (keyof ExplorerOptions)[];

/** Each option's URL parameter and attribute name. */
export const OPTION_NAMES: Readonly<Record<keyof ExplorerOptions, string>> = {
  projection: 'projection', view: 'view', layers: 'layers', carriers: 'carriers', year: 'year', select: 'select',
  cut: 'cut', incident: 'incident', bgpEvent: 'bgp-event', bgpHijack: 'bgp-hijack', bgpLeak: 'bgp-leak', bgpRov: 'bgp-rov', route: 'route', concept: 'concept', controls: 'controls', autoplay: 'autoplay',
  lang: 'lang', theme: 'theme', height: 'height', dataSrc: 'data-src', allowOrigins: 'allow-origins',
};

import { ENTITY_KINDS } from '../kinds';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Warnings quote at most this much of a value. */
const QUOTE_LIMIT = 200;

/** "kind:id" → an EntityRef, or null when the text is not one (the id is checked for form, not existence). */
export function parseEntityRef(text: string): EntityRef | null {
  const at = text.indexOf(':');
  const kind = ENTITY_KINDS.find((k) => k === text.slice(0, at));
  const id = text.slice(at + 1);
  if (at < 0 || !kind) return null;
  return (kind === 'country' ? COUNTRY.test(id) : KEBAB.test(id)) ? { kind, id } : null;
}

/** "cable:ID", "segment:ID#N" (N counts from 0), "link:ID" or "metro:ID" → a CutTarget, or null. */
export function parseCutTarget(text: string): CutTarget | null {
  const m = /^(cable|segment|link|metro):([a-z0-9-]+)(?:#(0|[1-9]\d{0,4}))?$/.exec(text);
  if (!m || !KEBAB.test(m[2] ?? '')) return null;
  const [, kind, id = ''] = m;
  if (kind === 'segment') return m[3] === undefined ? null : { kind, id, index: Number(m[3]) };
  if (m[3] !== undefined) return null;
  return kind === 'cable' || kind === 'link' || kind === 'metro' ? { kind, id } : null;
}

/** The text parseCutTarget reads back. */
export const formatCutTarget = (t: CutTarget): string => (t.kind === 'segment' ? `segment:${t.id}#${t.index}` : `${t.kind}:${t.id}`);

/** Whether text holds white space or a control character (the URL parser drops some silently: "java\tscript:"). */

const quote = (value: string): string => (value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value);

type Warn = (value: string, message: string) => void;
type Reader<K extends keyof ExplorerOptions> = (raw: string, warn: Warn) => ExplorerOptions[K] | undefined;

/** One value from a fixed set. */
const oneOf =
  <T extends string>(choices: readonly T[], what: string): ((raw: string, warn: Warn) => T | undefined) =>
  (raw, warn) => {
    const found = choices.find((c) => c === raw);
    if (found === undefined) warn(raw, `${what} must be one of ${choices.join(', ')}`);
    return found;
  };

/** A comma list read entry by entry; see the note at the top on bad entries. */
function list<T>(raw: string, warn: Warn, read: (item: string) => T | null, message: string, key: (t: T) => string = String): T[] | undefined {
  if (raw === '') return [];
  const out: T[] = [];
  const seen = new Set<string>();
  for (const item of raw.split(',').map((s) => s.trim())) {
    const value = read(item);
    if (value === null) warn(item, message);
    else if (!seen.has(key(value))) {
      seen.add(key(value));
      out.push(value);
    }
  }
  return out.length ? out : undefined;
}

const kebabId =
  (message: string): ((raw: string, warn: Warn) => string | undefined) =>
  (raw, warn) => {
    if (KEBAB.test(raw)) return raw;
    warn(raw, message);
    return undefined;
  };

const ID_RULE = 'a kebab-case id (lower-case letters, digits and single hyphens)';

/** An origin like https://example.org: http(s), no path, query, fragment or credentials. */
function parseOrigin(text: string): string | null {
  if (hasSpaceOrControl(text) || /[?#\\]/.test(text) || !/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    const plain = (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && url.pathname === '/';
    return plain && url.host ? url.origin : null;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL or a relative path on the page's own host; never another scheme (javascript:, data:). */

const READERS: { [K in keyof ExplorerOptions]: Reader<K> } = {
  projection: oneOf<ProjectionName>(PROJECTIONS, 'projection'),
  view: (raw, warn) => {
    const parts = raw.split(',').map((s) => s.trim());
    const [lon, lat, zoom] = parts.map(Number);
    const ok =
      parts.length === 3 && parts.every((p) => DECIMAL.test(p)) && lon !== undefined && lat !== undefined && zoom !== undefined &&
      Math.abs(lon) <= 180 && Math.abs(lat) <= 90 && zoom >= MIN_ZOOM && zoom <= MAX_ZOOM;
    if (ok) return { centre: [lon + 0, lat + 0], zoom };
    warn(raw, `view must be lon,lat,zoom with longitude -180 to 180, latitude -90 to 90 and zoom ${MIN_ZOOM} to ${MAX_ZOOM}, e.g. 30.5,20,2.5`);
    return undefined;
  },
  layers: (raw, warn) => list<LayerName>(raw, warn, (item) => LAYERS.find((l) => l === item) ?? null, `layers must be a comma list of ${LAYERS.join(', ')}`),
  carriers: (raw, warn) => list(raw, warn, (item) => (KEBAB.test(item) ? item : null), `carriers must be a comma list of carrier ids, each ${ID_RULE}`),
  year: (raw, warn) => {
    const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    if (year >= 1990 && year <= 2100) return year;
    warn(raw, 'year must be a whole year from 1990 to 2100');
    return undefined;
  },
  select: (raw, warn) => {
    if (parseEntityRef(raw)) return raw;
    warn(raw, `select must be kind:id, with kind one of ${ENTITY_KINDS.join(', ')}, and id ${ID_RULE}, or a two-letter upper-case code for a country, e.g. cable:marea or country:EG`);
    return undefined;
  },
  cut: (raw, warn) =>
    list(raw, warn, (item) => {
      const t = parseCutTarget(item);
      return t ? formatCutTarget(t) : null;
    }, 'cut must be a comma list of cable:ID, segment:ID#N, link:ID or metro:ID, with ids in kebab-case and N a segment number from 0'),
  incident: kebabId(`incident must be an incident id, ${ID_RULE}`),
  bgpEvent: kebabId(`bgp-event must be a routing event id, ${ID_RULE}`),
  bgpHijack: (raw, warn) => {
    const [victim, by, how, ...rest] = raw.split(',').map((s) => s.trim());
    if (victim !== undefined && by !== undefined && !rest.length && KEBAB.test(victim) && KEBAB.test(by) && (how === undefined || how === 'more-specific')) return { victim, by, moreSpecific: how !== undefined };
    warn(raw, `bgp-hijack must be victim,attacker or victim,attacker,more-specific: the victim a recorded block or an origin network, the attacker a carrier, each ${ID_RULE}`);
    return undefined;
  },
  bgpLeak: (raw, warn) => {
    const [victim, by, from, to, ...rest] = raw.split(',').map((s) => s.trim());
    if (victim !== undefined && by !== undefined && from !== undefined && to !== undefined && !rest.length && [victim, by, from, to].every((id) => KEBAB.test(id)) && from !== to) return { victim, by, from, to };
    warn(raw, `bgp-leak must be victim,leaker,from,to: the victim a recorded block or an origin network, then the leaker and two different providers or peers of it, each ${ID_RULE}`);
    return undefined;
  },
  bgpRov: oneOf(ROV_STEPS, 'bgp-rov'),
  route: (raw, warn) => {
    const [from, to, ...rest] = raw.split(',').map((s) => s.trim());
    if (from !== undefined && to !== undefined && !rest.length && KEBAB.test(from) && KEBAB.test(to) && from !== to) return [from, to];
    warn(raw, `route must be two different metro, data-centre or cloud-region ids, from,to, each ${ID_RULE}, e.g. london,new-york`);
    return undefined;
  },
  concept: kebabId(`concept must be a concept id, ${ID_RULE}`),
  controls: oneOf(['full', 'minimal', 'none'] as const, 'controls'),
  autoplay: (raw, warn) => {
    const text = raw.toLowerCase();
    // An empty value is the bare attribute <backbone-explorer autoplay> (or ?autoplay), which means on.
    if (['', '1', 'true', 'yes', 'on'].includes(text)) return true;
    if (['0', 'false', 'no', 'off'].includes(text)) return false;
    warn(raw, 'autoplay must be 1, true, yes or on to play, or 0, false, no or off to stay still');
    return undefined;
  },
  lang: oneOf(LANGS, 'lang'),
  theme: oneOf(['dark', 'light'] as const, 'theme'),
  height: (raw, warn) => {
    const m = /^(\d{1,4})(?:px)?$/.exec(raw);
    const height = m ? Number(m[1]) : NaN;
    if (height >= 120 && height <= 4000) return height;
    warn(raw, 'height must be a whole number of pixels from 120 to 4000, e.g. 480 or 480px');
    return undefined;
  },
  dataSrc: (raw, warn) => {
    if (isSafeDataSrc(raw)) return raw;
    warn(raw, `data-src must be an http(s) URL or a relative path on this site, at most ${MAX_URL_LENGTH} characters`);
    return undefined;
  },
  allowOrigins: (raw, warn) => list(raw, warn, parseOrigin, 'allow-origins must be a comma list of origins such as https://example.org: http or https, a host, no path'),
};

/**
 * Names read as another option's: `focus=kind:id` is `select` (a selected record
 * is also brought into view when no `view` is given), `carrier=ID` is `select=carrier:ID`.
 * The canonical name wins when both are given.
 */
const ALIASES: Readonly<Record<string, keyof ExplorerOptions>> = { focus: 'select', carrier: 'select' };
/** An alias whose value is written another way: `carrier=arelion` is `select=carrier:arelion` (the carrier lens). */
const ALIAS_VALUES: Readonly<Record<string, (value: string) => string>> = { carrier: (value) => `carrier:${value}` };

/** The other names an option answers to (attributes an element observes too). */
export const ALIAS_NAMES: readonly string[] = Object.keys(ALIASES);

const KEY_BY_NAME = new Map<string, keyof ExplorerOptions>([...Object.entries(ALIASES), ...OPTION_KEYS.map((k): [string, keyof ExplorerOptions] => [OPTION_NAMES[k], k])]);

type Input = URLSearchParams | Iterable<[string, string]> | Record<string, string | null | undefined>;

/** Text from anything, or null when it cannot be turned into text. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return null;
  try {
    return String(value);
  } catch {
    return null;
  }
}

/** The last value given for each known option name. */
function lastValues(input: Input, names: Map<keyof ExplorerOptions, string>): Map<keyof ExplorerOptions, string> {
  const values = new Map<keyof ExplorerOptions, string>();
  const fromAlias = new Set<keyof ExplorerOptions>();
  const take = (name: unknown, value: unknown) => {
    const key = typeof name === 'string' ? KEY_BY_NAME.get(name) : undefined;
    const v = text(value);
    if (!key || v === null) return;
    const alias = typeof name === 'string' && name in ALIASES;
    if (alias && values.has(key) && !fromAlias.has(key)) return;
    const written = typeof name === 'string' && Object.hasOwn(ALIAS_VALUES, name) ? ALIAS_VALUES[name]!(v) : v;
    values.set(key, written);
    names.set(key, name as string);
    if (alias) fromAlias.add(key);
    else fromAlias.delete(key);
  };
  try {
    if (input === null || typeof input !== 'object') return values;
    if (typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function') {
      for (const entry of input as Iterable<unknown>) if (Array.isArray(entry)) take(entry[0], entry[1]);
    } else {
      for (const [name, value] of Object.entries(input)) take(name, value);
    }
  } catch {
    // An iterable that throws part-way: keep what was read.
  }
  return values;
}

/** The options the input sets, and a warning for each value that could not be used. Never throws. */
export function parseOptions(input: Input): { options: Partial<ExplorerOptions>; warnings: OptionWarning[] } {
  const options: Partial<ExplorerOptions> = {};
  const warnings: OptionWarning[] = [];
  // Warnings name the parameter as the page wrote it (`focus`, not `select`).
  const names = new Map<keyof ExplorerOptions, string>();
  const values = lastValues(input, names);
  for (const key of OPTION_KEYS) {
    const raw = values.get(key);
    if (raw === undefined) continue;
    const name = names.get(key) ?? OPTION_NAMES[key];
    const warn: Warn = (value, message) => warnings.push({ name, value: quote(value), message });
    const value = (READERS[key] as Reader<typeof key>)(raw.trim(), warn);
    if (value !== undefined) (options as Record<string, unknown>)[key] = value;
  }
  return { options, warnings };
}
