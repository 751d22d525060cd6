import type { StoreApi } from 'zustand/vanilla';
import type { Backbone } from '../data/normalize';
import type { Incident } from '../data/schema';
import { cutCount, incidentTargets } from '../store/slices/failureSlice';
import { LAYERS } from '../store/types';
import { KINDS } from '../kinds';
import type { CutTarget, EntityKind, ExplorerState, LayerName } from '../store/types';
import type { ExplorerOptions, OptionWarning } from './options';
import { entityExtent, entityLocation, entityZoom } from '../views/entityInfo';
import { formatCutTarget, parseCutTarget, parseEntityRef } from './parseOptions';
import { routeEndMetro } from '../model/routeEnds';
import { trustAskKey } from '../model/trustAsk';
import type { TrustAsk } from '../model/trustAsk';

/**
 * The bridge between options and one explorer's store. optionsFromState reads
 * what a URL should carry; applyOptions sets the store from options once the
 * dataset is loaded, skipping (with a warning) ids the dataset does not have.
 * optionsFromState(applyOptions(o)) gives o back for ids that exist.
 */

/** What replayIncident cuts for an incident, as cut strings. */
function incidentCuts(backbone: Backbone, incident: Incident): Set<string> {
  return new Set(incidentTargets(backbone, incident).map(formatCutTarget));
}

/** The year an explorer shows without a `year` option: a replayed BGP event's or incident's year, else the dataset's. */
function impliedYear(backbone: Backbone, incident: Incident | undefined, bgpEvent: string | null): number {
  const event = bgpEvent === null ? undefined : backbone.dataset.routingEvents?.find((e) => e.id === bgpEvent);
  const year = event ? Number(event.date.slice(0, 4)) : incident ? Number(incident.date.slice(0, 4)) : backbone.years.asOf;
  return Math.min(backbone.years.max, Math.max(backbone.years.min, year));
}

/**
 * The options that reproduce the store's state: the map's `view` comes from the
 * caller (the store holds no camera), and concept, controls, height,
 * dataSrc and allowOrigins, which the store does not hold, come from `base`.
 * `year` is null when it is the year the explorer would show anyway, and `cut`
 * leaves out what the replayed incident cuts by itself.
 */
export function optionsFromState(state: ExplorerState, view: ExplorerOptions['view'], base: ExplorerOptions): ExplorerOptions {
  const { backbone, cuts, inspector } = state;
  const incident = state.incident === null ? undefined : backbone?.incidents.get(state.incident);
  const own = backbone && incident ? incidentCuts(backbone, incident) : new Set<string>();
  const cut = [
    ...cuts.cables.map((id) => `cable:${id}`),
    ...cuts.segments.map((key) => `segment:${key}`),
    ...cuts.links.map((id) => `link:${id}`),
    ...cuts.metros.map((id) => `metro:${id}`),
  ].filter((c) => !own.has(c));
  return {
    ...base,
    projection: state.projection,
    view,
    layers: LAYERS.filter((l) => state.layers[l]),
    carriers: [...state.carrierFilter],
    year: backbone ? (state.year === impliedYear(backbone, incident, state.trustEvent) ? null : state.year) : base.year,
    select: state.selected && `${state.selected.kind}:${state.selected.id}`,
    cut,
    incident: state.incident,
    bgpEvent: state.trustEvent,
    bgpHijack: state.trustCustom?.kind === 'hijack' ? { victim: state.trustCustom.victim, by: state.trustCustom.by, moreSpecific: state.trustCustom.moreSpecific } : null,
    bgpLeak: state.trustCustom?.kind === 'leak' ? { victim: state.trustCustom.victim, by: state.trustCustom.by, from: state.trustCustom.from, to: state.trustCustom.to } : null,
    bgpRov: state.trustRov,
    route: inspector.from !== null && inspector.to !== null ? [inspector.from, inspector.to] : null,
    theme: state.theme,
    lang: state.lang,
    autoplay: state.playing,
  };
}

/**
 * The reader's own hijack or leak the options ask for, or null: one of bgp-hijack and bgp-leak,
 * not beside a bgp-event, with ids the dataset has (whether a leak's ends are the leaker's
 * neighbours is the engine's to say, in the panel).
 */
function trustAskOf(options: ExplorerOptions, backbone: Backbone | null, withEvent: boolean, warn: (name: string, value: string, message: string) => void): TrustAsk | null {
  const { bgpHijack: hijack, bgpLeak: leak } = options;
  const given = hijack ? ('bgpHijack' as const) : leak ? ('bgpLeak' as const) : null;
  if (!given) return null;
  const text = hijack ? [hijack.victim, hijack.by, ...(hijack.moreSpecific ? ['more-specific'] : [])].join(',') : [leak!.victim, leak!.by, leak!.from, leak!.to].join(',');
  if (withEvent || (hijack && leak)) {
    warn(given, text, withEvent ? 'give bgp-event or a simulation of your own (bgp-hijack, bgp-leak), not both; the event is shown' : 'give bgp-hijack or bgp-leak, not both');
    if (withEvent) return null;
  }
  if (!backbone) {
    warn(given, text, NOT_LOADED);
    return null;
  }
  const victim = (hijack ?? leak)!.victim;
  const isNetwork = (id: string) => backbone.carriers.has(id) || /^access-[a-z]{2}$/.test(id);
  const missing = [
    ...(backbone.carriers.has(victim) || backbone.dataset.prefixes?.some((p) => p.id === victim) ? [] : [`there is no address block or network “${victim}” in this dataset`]),
    ...[(hijack ?? leak)!.by, ...(hijack ? [] : [leak!.from, leak!.to])].filter((id) => !isNetwork(id)).map((id) => `there is no network “${id}” in this dataset`),
  ];
  if (missing.length) {
    warn(given, text, missing.join('; '));
    return null;
  }
  return hijack ? { kind: 'hijack', ...hijack } : { kind: 'leak', ...leak! };
}

const hasEntity = (backbone: Backbone, kind: EntityKind, id: string) => KINDS[kind].has(backbone, id);
const kindLabel = (kind: EntityKind) => KINDS[kind].label;

/** Why a cut cannot be made in this dataset, or null when it can. */
function missingTarget(backbone: Backbone, t: CutTarget): string | null {
  if (t.kind === 'segment') {
    const cable = backbone.cables.get(t.id);
    if (!cable) return `there is no cable “${t.id}” in this dataset`;
    return cable.segments[t.index] ? null : `cable “${t.id}” has no segment ${t.index} (segments count from 0 to ${cable.segments.length - 1})`;
  }
  const kind: EntityKind = t.kind;
  return hasEntity(backbone, kind, t.id) ? null : `there is no ${kindLabel(kind)} “${t.id}” in this dataset`;
}

const CUT_ORDER: CutTarget['kind'][] = ['cable', 'segment', 'link', 'metro'];

const NOT_LOADED = 'the dataset is not loaded yet';

/**
 * Sets the store from whole options, after the dataset is loaded, through the
 * store's own actions. An incident replays first (its year and cuts); explicit
 * `cut` entries add to it, and an explicit `year` overrides its year. Ids the
 * dataset lacks are skipped, each with a warning; the rest is applied. The
 * options the store does not hold (concept, controls, height, dataSrc,
 * allowOrigins) are left to the caller.
 */
export function applyOptions(store: StoreApi<ExplorerState>, options: ExplorerOptions): OptionWarning[] {
  const warnings: OptionWarning[] = [];
  const warn = (name: string, value: string, message: string) => warnings.push({ name, value, message });
  const get = store.getState;
  const { backbone } = get();

  if (get().projection !== options.projection) get().setProjection(options.projection);
  store.setState({ layers: Object.fromEntries(LAYERS.map((l) => [l, options.layers.includes(l)])) as Record<LayerName, boolean> });

  const carriers = options.carriers.filter((id) => {
    const problem = backbone ? (backbone.carriers.has(id) ? null : `there is no carrier “${id}” in this dataset`) : NOT_LOADED;
    if (problem) warn('carriers', id, problem);
    return !problem;
  });
  store.setState({ carrierFilter: new Set(carriers) });

  if (cutCount(get().cuts) > 0) get().restoreAll();
  let replaying = false;
  if (options.incident !== null) {
    const problem = backbone ? (backbone.incidents.has(options.incident) ? null : `there is no incident “${options.incident}” in this dataset`) : NOT_LOADED;
    if (problem) warn('incident', options.incident, problem);
    else {
      get().replayIncident(options.incident);
      replaying = true;
    }
  }
  const targets = options.cut.flatMap((text): CutTarget[] => {
    const target = parseCutTarget(text);
    if (!target) {
      warn('cut', text, 'not a cut: write cable:ID, segment:ID#N, link:ID or metro:ID');
      return [];
    }
    const problem = backbone ? missingTarget(backbone, target) : NOT_LOADED;
    if (problem) warn('cut', text, problem);
    return problem ? [] : [target];
  });
  // Whole cables first, so that a segment of a cable also cut whole is not cut twice.
  targets.sort((a, b) => CUT_ORDER.indexOf(a.kind) - CUT_ORDER.indexOf(b.kind));
  if (targets.length) get().cutMany(targets, { kind: 'targets', targets });

  // Routing trust before the year: a replayed event sets its own year, which an explicit `year` overrides.
  let eventYear = false;
  if (options.bgpEvent !== null) {
    const problem = backbone ? (backbone.dataset.routingEvents?.some((e) => e.id === options.bgpEvent) ? null : `there is no routing event “${options.bgpEvent}” in this dataset`) : NOT_LOADED;
    if (problem) warn('bgpEvent', options.bgpEvent, problem);
    else {
      if (get().trustEvent !== options.bgpEvent) get().setTrustEvent(options.bgpEvent);
      get().setSideTab('trust');
      eventYear = true;
    }
  }
  const own = trustAskOf(options, backbone, eventYear, warn);
  if (own && trustAskKey(own) !== (get().trustCustom && trustAskKey(get().trustCustom!))) get().setTrustCustom(own);
  if (own) get().setSideTab('trust');
  if (!eventYear && !own && (get().trustEvent !== null || get().trustCustom !== null)) get().setTrustEvent(null);
  if ((eventYear || own) && get().trustRov !== options.bgpRov) get().setTrustRov(options.bgpRov);

  if (options.year !== null) {
    get().setYear(options.year);
    const shown = get().year;
    if (shown !== options.year && backbone) warn('year', String(options.year), `the dataset covers ${backbone.years.min} to ${backbone.years.max}; showing ${shown}`);
  } else if (backbone && !replaying) get().setYear(impliedYear(backbone, undefined, eventYear ? options.bgpEvent : null));

  const ref = options.select === null ? null : parseEntityRef(options.select);
  if (options.select !== null) {
    const problem = !ref ? 'not a selection: write kind:id, e.g. cable:marea' : backbone ? (hasEntity(backbone, ref.kind, ref.id) ? null : `there is no ${kindLabel(ref.kind)} “${ref.id}” in this dataset`) : NOT_LOADED;
    if (problem) warn('select', options.select, problem);
    get().select(problem ? null : ref);
  } else get().select(null);

  // A route with an unknown city is cleared rather than kept from before.
  let route: [string, string] | null = options.route;
  if (route) {
    // An end is a metro, or a data centre or cloud region (routed as its metro).
    const missing = backbone ? route.filter((id) => routeEndMetro(backbone, id) === null) : [];
    const problem = !backbone ? NOT_LOADED : missing.length ? missing.map((id) => `there is no metro, data centre or cloud region “${id}” in this dataset`).join('; ') : null;
    if (problem) warn('route', route.join(','), problem);
    if (problem) route = null;
  }
  const { inspector } = get();
  if (inspector.from !== (route?.[0] ?? null) || inspector.to !== (route?.[1] ?? null)) get().setInspector(route?.[0] ?? null, route?.[1] ?? null);

  get().setTheme(options.theme);
  if (get().lang !== options.lang) get().setLang(options.lang);
  get().setPlaying(options.autoplay);
  if (options.view) get().focusOn([options.view.centre[0], options.view.centre[1]], options.view.zoom);
  else if (backbone && get().selected) {
    // No view given: frame the selected record, as `focus=` promises.
    const selected = get().selected!;
    const at = entityLocation(backbone, selected);
    if (at) get().focusOn(at, entityZoom(selected), entityExtent(backbone, selected));
  }
  return warnings;
}
