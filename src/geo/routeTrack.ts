import { geoDistance } from 'd3';
import type { LonLat } from '../data/schema';
import { EARTH_RADIUS_KM } from './landCrossing';

/** Positions along a route drawn as a polyline of great-circle legs. */
export interface RouteTrack {
  /** Great-circle length of the whole route, in km (the same figure as `polylineLengthKm(path)`). */
  readonly lengthKm: number;
  /** Distance from the start to each point of the path, in km: one entry per input point, repeats included. */
  readonly vertexKm: Float64Array;
  /** The point `km` from the start along the route; distances outside [0, lengthKm] (and NaN) clamp to the ends. */
  pointAt(km: number): LonLat;
  /** Same as pointAt, written to out[offset] (lon) and out[offset + 1] (lat) instead of a new array: for per-frame loops. */
  writePointAt(km: number, out: Float64Array, offset: number): void;
  /** Compass heading of travel at `km` from the start, in degrees clockwise from north (0 on a route of no length). */
  headingAt(km: number): number;
}

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;
/** Per leg: unit vectors of its two ends (x, y, z each), its angle d and sin d. */
const LEG_STRIDE = 8;

/**
 * A route track over `path`: cumulative leg lengths, a binary search for the
 * leg under a distance, and spherical interpolation along that leg. The
 * interpolation is d3's `geoInterpolate` formula with each leg's constants
 * computed once, so a point costs two sines and two arctangents and no
 * allocation (`writePointAt`); the tests hold it to geoInterpolate's output.
 * Legs are great circles, so a path that crosses the antimeridian
 * ([170, 0] → [-170, 0]) runs the short way across it; repeated points make legs
 * of no length, which are never chosen. Throws on an empty path.
 */
export function createRouteTrack(path: readonly LonLat[]): RouteTrack {
  if (path.length === 0) throw new RangeError('createRouteTrack needs at least one point');
  const vertexKm = new Float64Array(path.length);
  const legEndKm: number[] = []; // distance at the end of each leg of positive length
  const legs: number[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const d = geoDistance(a, b);
    vertexKm[i] = vertexKm[i - 1]! + d * EARTH_RADIUS_KM;
    if (d > 0) {
      legEndKm.push(vertexKm[i]!);
      legs.push(...unitVector(a), ...unitVector(b), d, Math.sin(d));
    }
  }
  const lengthKm = vertexKm[path.length - 1]!;
  const legEnd = Float64Array.from(legEndKm);
  const leg = Float64Array.from(legs);
  const n = legEnd.length;
  const first = path[0]!;
  const last = path[path.length - 1]!;

  /** Index of the leg that holds `km`, for 0 < km < lengthKm: the first leg that ends at or after it. */
  function legAt(km: number): number {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (legEnd[mid]! < km) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Fraction of leg `j` covered at `km` (may fall outside [0, 1] when km is off the leg). */
  function fraction(j: number, km: number): number {
    const endKm = legEnd[j]!;
    const legKm = leg[j * LEG_STRIDE + 6]! * EARTH_RADIUS_KM;
    return 1 - (endKm - km) / legKm;
  }

  /** geoInterpolate(start, end)(t) for leg j, written to out. */
  function interpolate(j: number, t: number, out: Float64Array | number[], offset: number): void {
    const o = j * LEG_STRIDE;
    const d = leg[o + 6]!;
    const k = leg[o + 7]!;
    const B = Math.sin(t * d) / k;
    const A = Math.sin(d - t * d) / k;
    const x = A * leg[o]! + B * leg[o + 3]!;
    const y = A * leg[o + 1]! + B * leg[o + 4]!;
    const z = A * leg[o + 2]! + B * leg[o + 5]!;
    out[offset] = Math.atan2(y, x) * DEG;
    out[offset + 1] = Math.atan2(z, Math.sqrt(x * x + y * y)) * DEG;
  }

  function writePointAt(km: number, out: Float64Array | number[], offset: number): void {
    if (!(km > 0) || n === 0) {
      out[offset] = first[0];
      out[offset + 1] = first[1];
    } else if (km >= lengthKm) {
      out[offset] = last[0];
      out[offset + 1] = last[1];
    } else {
      const j = legAt(km);
      interpolate(j, fraction(j, km), out, offset);
    }
  }

  function pointAt(km: number): LonLat {
    const out: LonLat = [0, 0];
    writePointAt(km, out, 0);
    return out;
  }

  function headingAt(km: number): number {
    if (n === 0) return 0;
    const j = km <= 0 ? 0 : km >= lengthKm ? n - 1 : legAt(km);
    const t = Math.min(Math.max(fraction(j, km), 0), 1);
    // Bearing from a point a hair behind towards one a hair ahead, so that both ends of a leg have a heading.
    const behind: LonLat = [0, 0];
    const ahead: LonLat = [0, 0];
    interpolate(j, Math.max(0, t - 1e-6), behind, 0);
    interpolate(j, Math.min(1, t + 1e-6), ahead, 0);
    return bearingDeg(behind, ahead);
  }

  return { lengthKm, vertexKm, pointAt, writePointAt, headingAt };
}

/** The point on the unit sphere of a [lon, lat] in degrees. */
function unitVector([lon, lat]: LonLat): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

/** Initial great-circle bearing from a to b, in degrees clockwise from north, in [0, 360). */
function bearingDeg(a: LonLat, b: LonLat): number {
  const φ1 = a[1] * RAD;
  const φ2 = b[1] * RAD;
  const Δλ = (b[0] - a[0]) * RAD;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return ((Math.atan2(y, x) * DEG) % 360 + 360) % 360;
}
