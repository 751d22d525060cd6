import { geoInterpolate } from 'd3';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { distanceToRouteKm, nearestPointOnRoute } from '../sphere';
import type { LonLat as Point } from '../sphere';

/** A place a cut was made at: a reported fault of one cable, or the centre of a region cut on the map (any cable within it). */
export interface CutPlace {
  at: Point;
  /** The cable the fault was reported on; undefined for a region, which cuts whatever passes within `radiusKm`. */
  cable?: string;
  radiusKm?: number;
}

/** The places of an incident's faults at sea (those reported with a position), by their cable. */
export function incidentCutPlaces(backbone: Backbone, incidentId: string | null): CutPlace[] {
  const incident = incidentId === null ? undefined : backbone.incidents.get(incidentId);
  return (incident?.faults ?? []).flatMap((fault) => ('cable' in fault && fault.at ? [{ at: fault.at, cable: fault.cable }] : []));
}

/**
 * Where to cross out a cut segment: on its drawn route, nearest the place it was cut at (a reported fault of that
 * cable, or a region it passes through), so that a replay marks the cut where it was reported; with no such place
 * (a segment cut from the list or by clicking it), halfway along the middle leg of its route.
 */
export function cutMarkAt(route: readonly Point[], cable: string, places: readonly CutPlace[]): LonLat {
  let best: { at: Point; km: number } | null = null;
  for (const place of places) {
    if (place.cable !== undefined && place.cable !== cable) continue;
    const km = distanceToRouteKm(place.at, route);
    if (place.cable === undefined && km > (place.radiusKm ?? 0)) continue;
    if (!best || km < best.km) best = { at: place.at, km };
  }
  if (best) {
    const [lon, lat] = nearestPointOnRoute(best.at, route);
    return [lon, lat];
  }
  const mid = Math.floor((route.length - 1) / 2);
  return geoInterpolate(route[mid]! as [number, number], route[mid + 1]! as [number, number])(0.5) as LonLat;
}
