import { geoDistance, geoInterpolate } from 'd3';
import type { LonLat } from '../data/schema';

import { EARTH_RADIUS_KM } from '../sphere';

export { EARTH_RADIUS_KM };

export interface LandCrossing {
  /** Kilometres of the route that lie over land, ends excluded. */
  landKm: number;
  /** The first sampled point over land, if any. */
  firstOnLand: LonLat | null;
}

export interface LandCrossingOptions {
  /** Distance from either end that may lie on land (landing stations sit ashore). */
  endBufferKm?: number;
  /** Sampling step along each great-circle leg. */
  stepKm?: number;
}

/** Great-circle length of a polyline of [lon, lat] points, in km. */
export function polylineLengthKm(points: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += geoDistance(points[i - 1]!, points[i]!) * EARTH_RADIUS_KM;
  return total;
}

/**
 * Samples a route leg by leg along great circles and measures how much of it
 * runs over land. A cable at sea may touch land only near its landing ends.
 */
export function measureLandCrossing(
  route: readonly LonLat[],
  isLand: (lon: number, lat: number) => boolean,
  { endBufferKm = 40, stepKm = 10 }: LandCrossingOptions = {},
): LandCrossing {
  const total = polylineLengthKm(route);
  let travelled = 0;
  let landKm = 0;
  let firstOnLand: LonLat | null = null;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const legKm = geoDistance(a, b) * EARTH_RADIUS_KM;
    const steps = Math.max(1, Math.ceil(legKm / stepKm));
    const along = geoInterpolate(a, b);
    for (let s = 0; s < steps; s++) {
      const t = (s + 0.5) / steps;
      const at = travelled + legKm * t;
      if (at < endBufferKm || total - at < endBufferKm) continue;
      const p = along(t) as LonLat;
      if (isLand(p[0], p[1])) {
        landKm += legKm / steps;
        firstOnLand ??= [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
      }
    }
    travelled += legKm;
  }
  return { landKm, firstOnLand };
}
