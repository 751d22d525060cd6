import { geoDistance, geoInterpolate } from 'd3';
import type { LonLat } from '../data/schema';
import { MinHeap } from '../model/heap';
import { EARTH_RADIUS_KM } from './landCrossing';
import type { LandMask } from './landMask';

/**
 * Routes a cable at sea between two landing stations: the shortest path over a
 * grid of sea cells (A*, eight neighbours, lengths on the sphere), then pulled
 * taut to the fewest waypoints whose great-circle legs stay at sea. Used by
 * scripts/route-cables.ts to draw cable routes reproducibly.
 */
export interface SeaRouter {
  route(from: LonLat, to: LonLat): LonLat[] | null;
}

export interface SeaRouterOptions {
  /** Grid spacing of the path search. */
  gridDeg?: number;
  /** Sampling step used to check that a straight leg stays at sea. */
  checkStepKm?: number;
  /** How far from a landing a leg may still cross land (landing stations sit ashore). */
  shoreKm?: number;
}

export function createSeaRouter(mask: LandMask, { gridDeg = 0.25, checkStepKm = 4, shoreKm = 15 }: SeaRouterOptions = {}): SeaRouter {
  const cols = Math.round(360 / gridDeg);
  const rows = Math.round(180 / gridDeg);
  const lonOf = (c: number) => -180 + (c + 0.5) * gridDeg;
  const latOf = (r: number) => 90 - (r + 0.5) * gridDeg;
  // A cell is navigable when any of a few points inside it is sea, so that narrow
  // straits (Gibraltar, the Bosporus) stay open; but a cell whose centre is land
  // costs LAND_PENALTY times its length, so that paths never cut an isthmus
  // (Suez, Panama, Chignecto) to save a detour, and cells beside land cost a
  // little more, so that routes keep offshore as cables do.
  const LAND_PENALTY = 200;
  const SHORE_PENALTY = 1.3;
  const sea = new Uint8Array(cols * rows);
  const centreOnLand = new Uint8Array(cols * rows);
  const probes = [0.5, 0.15, 0.85];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let open = 0;
      for (const a of probes) for (const b of probes) if (!mask.isLand(-180 + (c + a) * gridDeg, 90 - (r + b) * gridDeg)) open = 1;
      sea[r * cols + c] = open;
      centreOnLand[r * cols + c] = mask.isLand(lonOf(c), latOf(r)) ? 1 : 0;
    }
  }
  const penalty = new Float32Array(cols * rows).fill(1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = r * cols + c;
      if (centreOnLand[cell]) {
        penalty[cell] = LAND_PENALTY;
        continue;
      }
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const nr = r + dr;
          if (nr >= 0 && nr < rows && centreOnLand[nr * cols + (((c + dc) % cols) + cols) % cols]) penalty[cell] = SHORE_PENALTY;
        }
      }
    }
  }
  const cellOf = ([lon, lat]: LonLat) => {
    const c = Math.min(cols - 1, Math.max(0, Math.floor((lon + 180) / gridDeg)));
    const r = Math.min(rows - 1, Math.max(0, Math.floor((90 - lat) / gridDeg)));
    return r * cols + c;
  };
  const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;

  /** The nearest sea cell to a point ashore, searched ring by ring. */
  function nearestSea(p: LonLat): number | null {
    const start = cellOf(p);
    const r0 = Math.floor(start / cols);
    const c0 = start % cols;
    for (let d = 0; d <= 12; d++) {
      let best: number | null = null;
      let bestKm = Infinity;
      for (let dr = -d; dr <= d; dr++) {
        for (let dc = -d; dc <= d; dc++) {
          if (Math.max(Math.abs(dr), Math.abs(dc)) !== d) continue;
          const r = r0 + dr;
          if (r < 0 || r >= rows) continue;
          const cell = r * cols + (((c0 + dc) % cols) + cols) % cols;
          if (!sea[cell]) continue;
          const dist = km(p, [lonOf(cell % cols), latOf(r)]);
          if (dist < bestKm) [best, bestKm] = [cell, dist];
        }
      }
      if (best !== null) return best;
    }
    return null;
  }

  function search(from: number, to: number): number[] | null {
    const goal: LonLat = [lonOf(to % cols), latOf(Math.floor(to / cols))];
    const cost = new Float64Array(cols * rows).fill(Infinity);
    const previous = new Int32Array(cols * rows).fill(-1);
    const heap = new MinHeap(4096);
    cost[from] = 0;
    heap.push(0, from);
    while (heap.size) {
      const cell = heap.pop();
      if (cell === to) break;
      const r = Math.floor(cell / cols);
      const c = cell % cols;
      const here: LonLat = [lonOf(c), latOf(r)];
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if (!dr && !dc) continue;
          const nr = r + dr;
          if (nr < 0 || nr >= rows) continue;
          const next = nr * cols + (((c + dc) % cols) + cols) % cols;
          if (!sea[next]) continue;
          // A step between two sea cells can still jump a small island: look at its midpoint too.
          const hopsLand = mask.isLand(here[0] + (dc * gridDeg) / 2, here[1] - (dr * gridDeg) / 2);
          const g = cost[cell]! + km(here, [lonOf(next % cols), latOf(nr)]) * (hopsLand ? LAND_PENALTY : penalty[next]!);
          if (g >= cost[next]!) continue;
          cost[next] = g;
          previous[next] = cell;
          heap.push(g + km([lonOf(next % cols), latOf(nr)], goal), next);
        }
      }
    }
    if (previous[to] === -1 && from !== to) return null;
    const path = [to];
    while (path[path.length - 1] !== from) path.push(previous[path[path.length - 1]!]!);
    return path.reverse();
  }

  /** Whether the great-circle leg a→b stays at sea, away from the route's two ends. */
  function legAtSea(a: LonLat, b: LonLat, ends: [LonLat, LonLat]): boolean {
    const along = geoInterpolate(a, b);
    const steps = Math.max(1, Math.ceil(km(a, b) / checkStepKm));
    for (let s = 1; s < steps; s++) {
      const p = along(s / steps) as LonLat;
      if (!mask.isLand(p[0], p[1])) continue;
      if (km(p, ends[0]) > shoreKm && km(p, ends[1]) > shoreKm) return false;
    }
    return true;
  }

  return {
    route(from, to) {
      const ends: [LonLat, LonLat] = [from, to];
      if (legAtSea(from, to, ends)) return [from, to];
      const a = nearestSea(from);
      const b = nearestSea(to);
      if (a === null || b === null) return null;
      const cells = search(a, b);
      if (!cells) return null;
      const points: LonLat[] = [from, ...cells.map((cell): LonLat => [lonOf(cell % cols), latOf(Math.floor(cell / cols))]), to];
      // Pull the path taut: from each kept point, jump to the farthest point still in sight at sea.
      const kept: LonLat[] = [from];
      let i = 0;
      while (i < points.length - 1) {
        let j = points.length - 1;
        while (j > i + 1 && !legAtSea(points[i]!, points[j]!, ends)) j--;
        kept.push(points[j]!);
        i = j;
      }
      // Waypoints to 0.01° (about 1 km); the landing ends stay exact.
      return kept.map((p, k) => (k === 0 || k === kept.length - 1 ? p : ([Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100] as LonLat)));
    },
  };
}
