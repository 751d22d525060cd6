
/**
 * The sphere both the engine (model/) and the drawing (geo/) measure on: one
 * Earth radius and one way to measure how far a point lies from a route, so
 * that a cut at a point or in a region takes out the same segments everywhere
 * (the explorer, the command line, the incident replays). It imports nothing: it
 * lies below every other folder.
 */

/** [longitude, latitude] in degrees, the order GeoJSON and d3-geo use. */
export type LonLat = readonly [number, number];

/** The mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;


type Vec = [number, number, number];
const RAD = Math.PI / 180;

function vec([lon, lat]: LonLat): Vec {
  const l = lon * RAD;
  const p = lat * RAD;
  return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
}
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const angle = (a: Vec, b: Vec) => Math.atan2(Math.hypot(...cross(a, b)), dot(a, b));

/**
 * The great-circle distance in km between two points (haversine). Validation measures thousands of pairs (every
 * exchange member's PoPs, every route's ends); d3's geoDistance streams each pair through a line's length with
 * exact summation, several times slower, and that was a tenth of validating the dataset when the page loads.
 */
export function greatCircleKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far `p` lies from the great-circle arc from `a` to `b`, in km, and where: the foot of the perpendicular from
 * `p` when it falls between the ends and is nearer than both, else the nearer end.
 */
function toArc(p: LonLat, a: LonLat, b: LonLat): { km: number; foot: Vec | null; nearA: boolean } {
  const P = vec(p);
  const A = vec(a);
  const B = vec(b);
  const toA = angle(P, A);
  const toB = angle(P, B);
  const end = { km: Math.min(toA, toB) * EARTH_RADIUS_KM, foot: null, nearA: toA <= toB };
  const n = cross(A, B);
  const norm = Math.hypot(...n);
  if (norm < 1e-12) return end;
  const N: Vec = [n[0] / norm, n[1] / norm, n[2] / norm];
  const s = dot(P, N);
  // The foot of the perpendicular from P on the great circle; it counts only if it lies between A and B.
  const foot: Vec = [P[0] - s * N[0], P[1] - s * N[1], P[2] - s * N[2]];
  const within = dot(cross(A, foot), N) >= 0 && dot(cross(foot, B), N) >= 0 && Math.hypot(...foot) > 1e-12;
  const km = Math.asin(Math.min(1, Math.abs(s))) * EARTH_RADIUS_KM;
  return within && km < end.km ? { km, foot, nearA: end.nearA } : end;
}

/** Shortest distance in km from `p` to the great-circle arc from `a` to `b`. */
function distanceToArcKm(p: LonLat, a: LonLat, b: LonLat): number {
  return toArc(p, a, b).km;
}

function lonLat([x, y, z]: Vec): LonLat {
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/**
 * The point of a polyline of great-circle legs nearest to `p` (the first on a tie): where a fault reported at `p`
 * lies on the cable drawn there.
 */
export function nearestPointOnRoute(p: LonLat, route: readonly LonLat[]): LonLat {
  if (route.length === 1) return route[0]!;
  let best = { ...toArc(p, route[0]!, route[1]!), leg: 1 };
  for (let i = 2; i < route.length; i++) {
    const next = toArc(p, route[i - 1]!, route[i]!);
    if (next.km < best.km) best = { ...next, leg: i };
  }
  if (best.foot) return lonLat(best.foot);
  return best.nearA ? route[best.leg - 1]! : route[best.leg]!;
}

/** Shortest distance in km from `p` to a polyline of great-circle legs. */
export function distanceToRouteKm(p: LonLat, route: readonly LonLat[]): number {
  if (route.length === 1) return distanceToArcKm(p, route[0]!, route[0]!);
  let best = Infinity;
  for (let i = 1; i < route.length; i++) best = Math.min(best, distanceToArcKm(p, route[i - 1]!, route[i]!));
  return best;
}

/** Whether a polyline passes within `km` of a point (exact, not sampled). */
export function passesWithinKm(route: readonly LonLat[], at: LonLat, km: number): boolean {
  return distanceToRouteKm(at, route) <= km;
}

/** The index of the route that passes closest to a point (the first on a tie), or null for none. */
export function nearestRoute(routes: readonly (readonly LonLat[])[], at: LonLat): number | null {
  let best: number | null = null;
  let bestKm = Infinity;
  routes.forEach((route, i) => {
    const km = distanceToRouteKm(at, route);
    if (km < bestKm) [best, bestKm] = [i, km];
  });
  return best;
}
