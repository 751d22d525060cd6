import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { passesWithinKm } from '../sphere';
import { cableGeometry, linkGeometry } from './features';

export interface NearbyElements {
  /** Cable segments passing within the radius, as cable id and segment index. */
  segments: { cable: string; index: number }[];
  /** Terrestrial links passing within the radius. */
  links: string[];
}

/**
 * Every cable segment and terrestrial link whose path passes within `radiusKm` of a point (exact distance):
 * what a regional disaster cuts. Overland crossings of a system count like any segment: a disaster on land cuts them too.
 */
export function elementsNear(backbone: Backbone, at: LonLat, radiusKm: number, cableIds?: ReadonlySet<string>): NearbyElements {
  const segments: NearbyElements['segments'] = [];
  for (const cable of backbone.dataset.cables) {
    if (cableIds && !cableIds.has(cable.id)) continue;
    (cableGeometry(cable, backbone).coordinates as LonLat[][]).forEach((line, index) => {
      if (passesWithinKm(line, at, radiusKm)) segments.push({ cable: cable.id, index });
    });
  }
  const links = backbone.dataset.terrestrialLinks.filter((link) => {
    const geometry = linkGeometry(link, backbone);
    return geometry ? passesWithinKm(geometry.coordinates as LonLat[], at, radiusKm) : false;
  });
  return { segments, links: links.map((l) => l.id) };
}
