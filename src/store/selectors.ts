import type { Backbone } from '../data/normalize';
import { isCableActiveIn, isIxpOpenIn, isPopPresentIn, linkSince } from '../data/normalize';
import type { Cable, Facility, Ixp, LandingPoint, Metro, TerrestrialLink } from '../data/schema';
import type { ExplorerState } from './types';

/** Whether any of a record's carriers is in the filter; an empty filter lets everything through. */
function passesCarrierFilter(carriers: readonly string[] | undefined, filter: ReadonlySet<string>): boolean {
  if (filter.size === 0) return true;
  return (carriers ?? []).some((c) => filter.has(c));
}

/**
 * The cables in service in `year` (planned ones included once the year reaches their RFS), within the carrier
 * filter; on `day` of it, during an incident's replay, without those that entered service later that year.
 */
export function selectVisibleCables(backbone: Backbone, year: number, carrierFilter: ReadonlySet<string>, day?: string): Cable[] {
  return backbone.dataset.cables.filter((c) => isCableActiveIn(c, year, day) && passesCarrierFilter(c.carriers, carrierFilter));
}

/**
 * The day the network stands as: the date of the incident being replayed, while the year shown is its year
 * (the engine and the map then leave out what entered service later that year); undefined otherwise.
 */
export function selectNetworkDay(state: Pick<ExplorerState, 'backbone' | 'incident' | 'year'>): string | undefined {
  const date = state.incident ? state.backbone?.incidents.get(state.incident)?.date : undefined;
  return date !== undefined && Number(date.slice(0, 4)) === state.year ? date : undefined;
}

/** Terrestrial links within the carrier filter that existed in `year` (see linkSince: unknown years are always shown). */
export function selectVisibleLinks(backbone: Backbone, carrierFilter: ReadonlySet<string>, year = Infinity): TerrestrialLink[] {
  return backbone.dataset.terrestrialLinks.filter((l) => passesCarrierFilter(l.carriers, carrierFilter) && (linkSince(backbone, l) ?? -Infinity) <= year);
}

export interface PopMetro {
  metro: Metro;
  /** Carriers with a PoP here, within the filter, in dataset order. */
  carriers: string[];
}

/** Metros where at least one carrier in the filter has a PoP that existed in `year` (see popSince: unknown years are always shown). */
export function selectPopMetros(backbone: Backbone, carrierFilter: ReadonlySet<string>, year = Infinity): PopMetro[] {
  const out: PopMetro[] = [];
  for (const metro of backbone.dataset.metros) {
    const carriers = (backbone.popsByMetro.get(metro.id) ?? [])
      .filter((p) => isPopPresentIn(backbone, p, year))
      .map((p) => p.carrier)
      .filter((c) => carrierFilter.size === 0 || carrierFilter.has(c));
    if (carriers.length) out.push({ metro, carriers });
  }
  return out;
}

export function selectVisibleIxps(backbone: Backbone, year: number): Ixp[] {
  return backbone.dataset.ixps.filter((x) => isIxpOpenIn(x, year));
}

/** Data centres and cloud regions open in `year`; one without a known opening year is shown in every year. */
export function selectVisibleFacilities(backbone: Backbone, year: number): Facility[] {
  return backbone.dataset.facilities.filter((f) => (f.since ?? -Infinity) <= year);
}

/** Landing points used by at least one cable in service in `year`. */
export function selectVisibleLandingPoints(backbone: Backbone, year: number, day?: string): LandingPoint[] {
  return backbone.dataset.landingPoints.filter((lp) => (backbone.cablesByLandingPoint.get(lp.id) ?? []).some((c) => isCableActiveIn(c, year, day)));
}

/**
 * The cables and links drawn now (their layer on, in service in the year, within the carrier filter), by id:
 * what packets may travel on, so that none flies over a line that is not there.
 */
export function selectDrawnElementIds(backbone: Backbone, state: Pick<ExplorerState, 'layers' | 'year' | 'carrierFilter' | 'incident'>): Set<string> {
  const ids = new Set<string>();
  if (state.layers.submarine) for (const c of selectVisibleCables(backbone, state.year, state.carrierFilter, selectNetworkDay({ ...state, backbone }))) ids.add(c.id);
  if (state.layers.terrestrial) for (const l of selectVisibleLinks(backbone, state.carrierFilter, state.year)) ids.add(l.id);
  return ids;
}
