import { geoDistance } from 'd3-geo';
import type { LonLat } from '../data/schema';
import { EARTH_RADIUS_KM } from '../sphere';

/**
 * The latency model (docs/MODEL.md explains and calibrates it):
 * one-way latency of an edge = its route length / speed of light in fibre
 * + a fixed cost for the hop; RTT = 2 × the one-way sum along a route.
 */

const SPEED_OF_LIGHT_KM_S = 299_792.458;
/** Group index of standard single-mode fibre (G.652) at 1550 nm. */
const FIBRE_REFRACTIVE_INDEX = 1.4682;
/** ≈ 204,190 km/s, written per millisecond: ≈ 204.19 km/ms. */
export const FIBRE_KM_PER_MS = SPEED_OF_LIGHT_KM_S / FIBRE_REFRACTIVE_INDEX / 1000;

export type EdgeKind = 'segment' | 'backhaul' | 'terrestrial' | 'interconnect';

export interface LatencyModel {
  /** Fibre length over drawn length for a cable segment's drawn route: drawn routes are simplified polylines. */
  seaRouteFactor: number;
  /** Fibre length over drawn length for a terrestrial link's drawn route (a corridor sketch through waypoints). */
  landRouteFactor: number;
  /** Route length over great-circle distance for a cable segment with no drawn route. */
  seaSlack: number;
  /** Same for a terrestrial link with neither a drawn route nor a published length. */
  landSlack: number;
  /** Same for the backhaul from a landing station to its metro (always estimated). */
  backhaulSlack: number;
  /** Fixed one-way cost of traversing one edge of each kind, in ms (equipment, cross-connects, routers). */
  hopMs: Readonly<Record<EdgeKind, number>>;
}

/** Calibrated against public RTTs; see docs/MODEL.md, "Calibration". */
export const DEFAULT_LATENCY: LatencyModel = {
  seaRouteFactor: 1.1,
  landRouteFactor: 1.4,
  seaSlack: 1.3,
  landSlack: 1.5,
  backhaulSlack: 1.5,
  hopMs: { segment: 0.25, backhaul: 0.25, terrestrial: 1, interconnect: 1 },
};

export function greatCircleKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** One-way propagation time over `km` of fibre, in ms. */
export function propagationMs(km: number): number {
  return km / FIBRE_KM_PER_MS;
}

/**
 * The fibre floor: the RTT of a perfectly straight fibre along the great circle
 * with no equipment at all. No modelled RTT may be below it.
 */
export function fibreFloorRttMs(a: LonLat, b: LonLat): number {
  return 2 * propagationMs(greatCircleKm(a, b));
}

/** One-way latency of an edge: propagation over its length plus its hop cost. */
export function edgeLatencyMs(kind: EdgeKind, lengthKm: number, model: LatencyModel = DEFAULT_LATENCY): number {
  return propagationMs(lengthKm) + model.hopMs[kind];
}
