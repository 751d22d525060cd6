import { geoInterpolate } from 'd3-geo';
import type { LonLat } from '../data/schema';
import type { Graph } from './graph';
import type { CableId } from './ids';
import { greatCircleKm } from './latency';

/**
 * Corridors: places where many cables run together, so that one anchor drag,
 * earthquake or landslide can cut several at once. Every cable's segments are
 * sampled every `stepKm` along their routes into a grid of `cellDeg` cells; the
 * cells crossed by at least `minCables` distinct cables are joined with their
 * neighbours (8-connected, longitude wrapping) into corridors.
 */
export interface Corridor {
  /** Every cable that crosses the corridor, sorted by id. */
  cables: readonly CableId[];
  /** The most cables crossing any one of its cells. */
  peakCables: number;
  /** The centre of its busiest cell. */
  center: LonLat;
  /** The metro nearest that centre, to name it. */
  near: string;
  cells: number;
  /** [[west, south], [east, north]] of its cells. */
  bounds: [LonLat, LonLat];
}

export interface CorridorOptions {
  /** Grid cell size in degrees. Default 1. */
  cellDeg?: number;
  /** Least number of cables in a cell for it to belong to a corridor. Default 3. */
  minCables?: number;
  /** Sampling step along routes. Default 20 km. */
  stepKm?: number;
}

export function findCorridors(graph: Graph, { cellDeg = 1, minCables = 3, stepKm = 20 }: CorridorOptions = {}): Corridor[] {
  const cols = Math.round(360 / cellDeg);
  const rows = Math.round(180 / cellDeg);
  const cellOf = ([lon, lat]: LonLat) => {
    const x = Math.min(cols - 1, Math.floor((lon + 180) / cellDeg));
    const y = Math.min(rows - 1, Math.floor((lat + 90) / cellDeg));
    return y * cols + x;
  };
  const cablesIn = new Map<number, Set<CableId>>();
  for (const e of graph.edges) {
    if (e.kind !== 'segment' || !e.cable) continue;
    for (let i = 1; i < e.route.length; i++) {
      const a = e.route[i - 1]!;
      const b = e.route[i]!;
      const steps = Math.max(1, Math.ceil(greatCircleKm(a, b) / stepKm));
      const along = geoInterpolate(a, b);
      for (let s = 0; s <= steps; s++) {
        const cell = cellOf(along(s / steps) as LonLat);
        const set = cablesIn.get(cell) ?? new Set<CableId>();
        set.add(e.cable);
        cablesIn.set(cell, set);
      }
    }
  }
  const dense = [...cablesIn.entries()].filter(([, set]) => set.size >= minCables).map(([cell]) => cell).sort((a, b) => a - b);
  const isDense = new Set(dense);
  const seen = new Set<number>();
  const corridors: Corridor[] = [];
  for (const start of dense) {
    if (seen.has(start)) continue;
    const cells: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const cell = stack.pop()!;
      cells.push(cell);
      const x = cell % cols;
      const y = (cell - x) / cols;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const ny = y + dy;
          if ((dx === 0 && dy === 0) || ny < 0 || ny >= rows) continue;
          const next = ny * cols + ((x + dx + cols) % cols);
          if (isDense.has(next) && !seen.has(next)) {
            seen.add(next);
            stack.push(next);
          }
        }
      }
    }
    cells.sort((a, b) => a - b);
    const all = new Set<CableId>();
    let peak = cells[0]!;
    for (const cell of cells) {
      const set = cablesIn.get(cell)!;
      for (const c of set) all.add(c);
      if (set.size > cablesIn.get(peak)!.size) peak = cell;
    }
    const centreOf = (cell: number): LonLat => [((cell % cols) + 0.5) * cellDeg - 180, (Math.floor(cell / cols) + 0.5) * cellDeg - 90];
    const lons = cells.map((c) => centreOf(c)[0]);
    const lats = cells.map((c) => centreOf(c)[1]);
    const half = cellDeg / 2;
    const center = centreOf(peak);
    corridors.push({
      cables: [...all].sort(),
      peakCables: cablesIn.get(peak)!.size,
      center,
      near: nearestMetro(graph, center),
      cells: cells.length,
      bounds: [
        [Math.min(...lons) - half, Math.min(...lats) - half],
        [Math.max(...lons) + half, Math.max(...lats) + half],
      ],
    });
  }
  return corridors.sort((a, b) => b.peakCables - a.peakCables || b.cables.length - a.cables.length || a.center[0] - b.center[0] || a.center[1] - b.center[1]);
}

function nearestMetro(graph: Graph, p: LonLat): string {
  let best = '';
  let bestKm = Infinity;
  for (const n of graph.nodes) {
    if (n.kind !== 'metro') continue;
    const km = greatCircleKm(p, n.lonLat);
    if (km < bestKm) [best, bestKm] = [n.name, km];
  }
  return best;
}
