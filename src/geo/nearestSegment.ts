import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { nearestRoute } from '../sphere';
import { cableGeometry } from './features';

/**
 * The index of the cable's segment whose drawn path passes closest to a point
 * (exact distance to each great-circle leg, as the command line and the replays
 * measure it): a fault at sea cuts that segment, not the whole system.
 */
export function nearestSegment(backbone: Backbone, cableId: string, at: LonLat): number | null {
  const cable = backbone.cables.get(cableId);
  if (!cable) return null;
  return nearestRoute(cableGeometry(cable, backbone).coordinates as LonLat[][], at);
}
