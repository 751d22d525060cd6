import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { measureLandCrossing } from './landCrossing';

export interface RouteProblem {
  path: (string | number)[];
  message: string;
}

/** A cable may touch land this much away from its ends: the width of a strait, the error of a coastline. */
const LAND_TOLERANCE_KM = 15;

/**
 * Every cable segment's path (its route, else the great circle between its
 * landings) must stay at sea except near its ends; a segment marked `overland`
 * is a land crossing of the system and is exempt.
 */
export function checkSeaRoutes(backbone: Backbone, isLand: (lon: number, lat: number) => boolean): RouteProblem[] {
  const problems: RouteProblem[] = [];
  backbone.dataset.cables.forEach((cable, i) => {
    cable.segments.forEach((seg, j) => {
      if (seg.overland) return;
      const from = backbone.landingPoints.get(seg.from);
      const to = backbone.landingPoints.get(seg.to);
      if (!from || !to) return;
      const route: LonLat[] = seg.route ?? [
        [from.lon, from.lat],
        [to.lon, to.lat],
      ];
      const { landKm, firstOnLand } = measureLandCrossing(route, isLand);
      if (landKm > LAND_TOLERANCE_KM) {
        problems.push({
          path: ['cables', i, 'segments', j, seg.route ? 'route' : 'from'],
          message: `runs ${Math.round(landKm)} km over land (first at ${firstOnLand?.join(', ')}); route it at sea with scripts/route-cables.ts, or mark a real land crossing "overland"`,
        });
      }
    });
  });
  return problems;
}
