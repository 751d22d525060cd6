import { geoDistance, geoInterpolate } from 'd3';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { EARTH_RADIUS_KM } from './landCrossing';
import { cableGeometry, linkGeometry } from './features';

export interface NearbyElements {
  /** Cable segments passing within the radius, as cable id and segment index. */
  segments: { cable: string; index: number }[];
  /** Terrestrial links passing within the radius. */
  links: string[];
}

function passesWithin(line: readonly LonLat[], at: LonLat, radiusKm: number): boolean {
  const radius = radiusKm / EARTH_RADIUS_KM;
  for (let i = 1; i < line.length; i++) {
    const legKm = geoDistance(line[i - 1]!, line[i]!) * EARTH_RADIUS_KM;
    const along = geoInterpolate(line[i - 1]!, line[i]!);
    const steps = Math.max(1, Math.ceil(legKm / Math.max(5, radiusKm / 4)));
    for (let s = 0; s <= steps; s++) if (geoDistance(along(s / steps) as LonLat, at) <= radius) return true;
  }
  return false;
}

/** Every cable segment and terrestrial link whose path passes within `radiusKm` of a point: what a regional disaster cuts. */
export function elementsNear(backbone: Backbone, at: LonLat, radiusKm: number, cableIds?: ReadonlySet<string>): NearbyElements {
  const segments: NearbyElements['segments'] = [];
  for (const cable of backbone.dataset.cables) {
    if (cableIds && !cableIds.has(cable.id)) continue;
    (cableGeometry(cable, backbone).coordinates as LonLat[][]).forEach((line, index) => {
      if (!cable.segments[index]?.overland && passesWithin(line, at, radiusKm)) segments.push({ cable: cable.id, index });
    });
  }
  const links = backbone.dataset.terrestrialLinks.filter((link) => {
    const geometry = linkGeometry(link, backbone);
    return geometry ? passesWithin(geometry.coordinates as LonLat[], at, radiusKm) : false;
  });
  return { segments, links: links.map((l) => l.id) };
}
