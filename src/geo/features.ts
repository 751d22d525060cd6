import type { LineString, MultiLineString } from 'geojson';
import type { Backbone } from '../data/normalize';
import { isCableActiveIn, isSegmentActiveIn } from '../data/normalize';
import type { Cable, LonLat, TerrestrialLink } from '../data/schema';

/**
 * The cable as drawable geometry: one line per segment, along its route at sea
 * where the dataset has one, else along the great circle between its landings
 * (d3-geo draws a LineString's edges as great-circle arcs).
 */
export function cableGeometry(cable: Cable, backbone: Backbone): MultiLineString {
  const lines: LonLat[][] = [];
  for (const seg of cable.segments) {
    if (seg.route) {
      lines.push(seg.route);
      continue;
    }
    const from = backbone.landingPoints.get(seg.from);
    const to = backbone.landingPoints.get(seg.to);
    if (from && to) lines.push([[from.lon, from.lat], [to.lon, to.lat]]);
  }
  return { type: 'MultiLineString', coordinates: lines };
}

/**
 * The cable's lines in a given year (on `day` of it, for an incident replayed), split into the segments in
 * service and those finished later (drawn as planned).
 */
export function cableGeometryIn(cable: Cable, backbone: Backbone, year: number, day?: string): { inService: MultiLineString; later: MultiLineString | null } {
  const all = cableGeometry(cable, backbone).coordinates;
  // A cable not in service at all is drawn whole (as planned or retired): only a cable in service is split.
  const inServiceAtAll = isCableActiveIn(cable, year, day);
  const active = cable.segments.map((_, i) => !inServiceAtAll || isSegmentActiveIn(cable, i, year, day));
  if (active.every(Boolean)) return { inService: { type: 'MultiLineString', coordinates: all }, later: null };
  const inService: LonLat[][] = [];
  const later: LonLat[][] = [];
  cable.segments.forEach((_, i) => {
    const line = all[i];
    if (line) (active[i] ? inService : later).push(line as LonLat[]);
  });
  return { inService: { type: 'MultiLineString', coordinates: inService }, later: { type: 'MultiLineString', coordinates: later } };
}

export function linkGeometry(link: TerrestrialLink, backbone: Backbone): LineString | null {
  if (link.route) return { type: 'LineString', coordinates: link.route };
  const from = backbone.metros.get(link.from);
  const to = backbone.metros.get(link.to);
  return from && to ? { type: 'LineString', coordinates: [[from.lon, from.lat], [to.lon, to.lat]] } : null;
}
