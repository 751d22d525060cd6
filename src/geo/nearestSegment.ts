import { geoDistance, geoInterpolate } from 'd3';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { cableGeometry } from './features';

/**
 * The index of the cable's segment whose drawn path passes closest to a point:
 * a fault at sea cuts that segment, not the whole system.
 */
export function nearestSegment(backbone: Backbone, cableId: string, at: LonLat): number | null {
  const cable = backbone.cables.get(cableId);
  if (!cable) return null;
  const lines = cableGeometry(cable, backbone).coordinates as LonLat[][];
  let best: number | null = null;
  let bestDistance = Infinity;
  lines.forEach((line, index) => {
    for (let i = 1; i < line.length; i++) {
      const along = geoInterpolate(line[i - 1]!, line[i]!);
      // About every 20 km along the leg: precise enough to tell segments apart.
      const steps = Math.max(1, Math.ceil((geoDistance(line[i - 1]!, line[i]!) * 6371) / 20));
      for (let s = 0; s <= steps; s++) {
        const d = geoDistance(along(s / steps) as LonLat, at);
        if (d < bestDistance) [best, bestDistance] = [index, d];
      }
    }
  });
  return best;
}
