import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Backbone } from '../data/normalize';
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

/** One segment's line, for drawing it on its own (a cut segment, a highlighted path). */
export function segmentGeometry(cable: Cable, index: number, backbone: Backbone): LineString | null {
  const geometry = cableGeometry(cable, backbone);
  const line = geometry.coordinates[index];
  return line ? { type: 'LineString', coordinates: line } : null;
}

export function linkGeometry(link: TerrestrialLink, backbone: Backbone): LineString | null {
  if (link.route) return { type: 'LineString', coordinates: link.route };
  const from = backbone.metros.get(link.from);
  const to = backbone.metros.get(link.to);
  return from && to ? { type: 'LineString', coordinates: [[from.lon, from.lat], [to.lon, to.lat]] } : null;
}

export function asFeature<G extends LineString | MultiLineString>(geometry: G, id: string): Feature<G> {
  return { type: 'Feature', id, properties: {}, geometry };
}
