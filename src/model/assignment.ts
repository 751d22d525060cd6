import type { CutMask } from './cuts';
import type { Flow } from './demand';
import type { Graph } from './graph';
import { PathFinder } from './pathFinder';
import type { Route } from './routing';
import { crossesAny, sameEdges } from './indexLists';

export { PathFinder };

/**
 * Where each flow's volume goes, with capacity (docs/MODEL.md, "Capacity and
 * congestion"). A flow's latency-shortest route is what BGP would pick and
 * what its RTT is; its volume, though, spreads over the parallel systems of
 * its corridor, the way carriers and content networks spread theirs:
 * 1. Its **parallel paths** are the route and up to PARALLEL_PATHS − 1 more,
 *    each found by taking out the weakest long-haul edge of the one before, as
 *    long as it is at most PARALLEL_TOLERANCE × as slow as the route. They are
 *    a property of the intact network, found once; after a cut a flow keeps the
 *    ones that survive (and its new route).
 * 2. Flows are placed one by one, largest first. A flow's volume is shared
 *    between its parallel paths in proportion to their capacity, as far as
 *    each has room; what is left takes the shortest path with room, then the
 *    next (successive shortest paths), up to MAX_PATHS paths in all, none
 *    slower than MAX_STRETCH × the route.
 * 3. What still finds no room is offered on the route all the same, so the
 *    route's bottleneck runs over capacity; `delivery` shares out what an
 *    overloaded edge can carry.
 */
interface AssignedPath {
  edges: readonly number[];
  rttMs: number;
  tbps: number;
}

export interface FlowAssignment {
  /** Paths with room, each with the volume placed on it. */
  paths: readonly AssignedPath[];
  /** Volume that found no room after a cut: it is offered along the route all the same (congestion). */
  overflowTbps: number;
  /**
   * Volume that found no room on the intact network, left unplaced: networks add capacity where demand needs it,
   * so a link over capacity before anything broke would be the demand estimate's error, not the network's state.
   */
  unplacedTbps: number;
  /** The flow's route edges when it overflows, else none. */
  overflowEdges: readonly number[];
  /** RTT of the flow's route (0 when it has none). */
  routeRttMs: number;
}

/** A near-shortest path of a flow's corridor, and the least capacity along it. */
export interface ParallelPath {
  edges: readonly number[];
  rttMs: number;
  capacityTbps: number;
}

const PARALLEL_PATHS = 4;
/**
 * Flows spread over parallel paths while they are among the largest that together carry this share
 * of all demand; the long tail of small flows rides its route and finds other paths only where it is
 * full (spreading them would not move any link's load by more than a rounding error, at most of the cost).
 */
const SPREAD_SHARE = 0.8;

/** Whether each flow (by index) is large enough to spread over parallel paths (SPREAD_SHARE). */
export function spreadFlows(flows: readonly Flow[]): Uint8Array {
  const spread = new Uint8Array(flows.length);
  const total = flows.reduce((s, f) => s + f.tbps, 0);
  let sum = 0;
  for (const f of [...flows].sort((a, b) => b.tbps - a.tbps || a.index - b.index)) {
    if (sum >= SPREAD_SHARE * total) break;
    spread[f.index] = 1;
    sum += f.tbps;
  }
  return spread;
}
export const PARALLEL_TOLERANCE = 1.25;
const MAX_PATHS = 6;
export const MAX_STRETCH = 3;
/** An edge with less than this share of its capacity free takes no more leftover volume. */
const FULL_BELOW = 0.01;
const EPSILON = 1e-9;

const capacityAlong = (graph: Graph, edges: readonly number[]) => edges.reduce((m, e) => Math.min(m, graph.edges[e]!.capacityTbps), Infinity);

const capacities = new WeakMap<Graph, Float64Array>();

/** Every edge's capacity, by edge index, in one array: placement reads them far more often than anything else of an edge. */
function edgeCapacities(graph: Graph): Float64Array {
  let capacity = capacities.get(graph);
  if (!capacity) capacities.set(graph, (capacity = Float64Array.from(graph.edges, (e) => e.capacityTbps)));
  return capacity;
}

/**
 * A route's parallel paths over what survives `mask` (the route first), within
 * `footprint` (a closed-edge mask: the networks that carry the flow) when given.
 */
export function parallelPaths(graph: Graph, route: Route, mask: CutMask, finder = PathFinder.of(graph), footprint?: Uint8Array, spread = true): ParallelPath[] {
  const out: ParallelPath[] = [{ edges: route.edges, rttMs: route.rttMs, capacityTbps: capacityAlong(graph, route.edges) }];
  if (!spread) return out;
  // The edges taken out one by one are closed in the finder's spare mask (reopened below), beside the cut and the footprint.
  const taken = finder.spare;
  const takenOut: number[] = [];
  const blocked = (e: number) => mask.dead[e] || footprint?.[e] || taken[e];
  try {
    while (out.length < PARALLEL_PATHS) {
      let weakest = -1;
      for (const e of out[out.length - 1]!.edges) {
        const edge = graph.edges[e]!;
        if ((edge.kind === 'segment' || edge.kind === 'terrestrial') && !blocked(e) && (weakest < 0 || edge.capacityTbps < graph.edges[weakest]!.capacityTbps)) weakest = e;
      }
      if (weakest < 0) break;
      taken[weakest] = 1;
      takenOut.push(weakest);
      const next = finder.find(route.from, route.to, mask.dead, footprint, taken);
      if (!next || next.rttMs > route.rttMs * PARALLEL_TOLERANCE + EPSILON) break;
      out.push({ edges: next.edges, rttMs: next.rttMs, capacityTbps: capacityAlong(graph, next.edges) });
    }
  } finally {
    for (const e of takenOut) taken[e] = 0;
  }
  return out;
}

/** The parallel paths a flow keeps after a cut: its new route first, then the old ones that survive. */
export function survivingParallels(graph: Graph, before: readonly ParallelPath[], route: Route, mask: CutMask): ParallelPath[] {
  const kept = before.filter((p) => !crossesAny(p.edges, mask.dead));
  return kept.some((p) => sameEdges(p.edges, route.edges)) ? kept : [{ edges: route.edges, rttMs: route.rttMs, capacityTbps: capacityAlong(graph, route.edges) }, ...kept];
}

/** Adds (sign 1) or removes (sign −1) a placement's volume from `load`. */
export function applyAssignment(load: Float64Array, a: FlowAssignment, sign: 1 | -1): void {
  for (const p of a.paths) for (const e of p.edges) load[e]! += sign * p.tbps;
  if (a.overflowTbps > 0) for (const e of a.overflowEdges) load[e]! += sign * a.overflowTbps;
}

/**
 * Places `order`'s flows, in that order, on the room `load` leaves (and adds
 * them to `load`). `candidates(f)` gives a flow's parallel paths (the route
 * first) over what survives `mask`, or null when it has no route; `ends(f)`
 * the route's end nodes; `footprint(f)` the closed-edge mask of the networks that carry it, if any.
 */
export function assignFlows(
  graph: Graph,
  flows: readonly Flow[],
  candidates: (f: number) => readonly ParallelPath[] | null,
  ends: (f: number) => { from: number; to: number } | null,
  mask: CutMask,
  order: readonly number[],
  load: Float64Array,
  finder = PathFinder.of(graph),
  footprint: (f: number) => Uint8Array | undefined = () => undefined,
  /** 'planned' fills the planned utilisation first (the intact network); 'headroom' goes straight to full capacity (traffic a cut displaced: headroom is kept for it). */
  fill: 'planned' | 'headroom' = 'planned',
  /** Volume of each flow kept out of placement and counted as unplaced: what found no room on the intact network stays outside the model after a cut too. */
  withheld: (f: number) => number = () => 0,
): Map<number, FlowAssignment> {
  // A cut that moves no flow places nothing: its masks below would be a pass over every edge for nothing.
  if (!order.length) return new Map();
  // Two levels of room: first what carriers plan to use at peak (headroom kept), then everything up to capacity.
  const levels = [Math.min(graph.capacity.plannedUtilisation, graph.capacity.congestedAbove), graph.capacity.congestedAbove];
  const capacity = edgeCapacities(graph);
  const room = (e: number, level: number) => capacity[e]! * levels[level]! - load[e]!;
  const roomAlong = (edges: readonly number[], level: number) => {
    let least = Infinity;
    for (const e of edges) least = Math.min(least, room(e, level));
    return least;
  };
  // Dead edges and edges all but full (at that level) are closed to the paths found for what is left over.
  const full = (e: number, level: number) => room(e, level) <= capacity[e]! * levels[level]! * FULL_BELOW + EPSILON;
  const closed = levels.map((_, level) => {
    if (level === 0 && fill === 'headroom') return new Uint8Array(0);
    const c = mask.dead.slice();
    for (let e = 0; e < c.length; e++) if (full(e, level)) c[e] = 1;
    return c;
  });
  const add = (e: number, tbps: number) => {
    load[e]! += tbps;
    for (let level = fill === 'planned' ? 0 : 1; level < levels.length; level++) if (full(e, level)) closed[level]![e] = 1;
  };
  const place = (paths: AssignedPath[], edges: readonly number[], rttMs: number, tbps: number) => {
    if (tbps <= EPSILON) return;
    for (const e of edges) add(e, tbps);
    const same = paths.find((p) => p.edges === edges);
    if (same) same.tbps += tbps;
    else paths.push({ edges, rttMs, tbps });
  };

  // Edges only ever close during placement, so a path found with room stays the shortest with room until one of
  // its edges fills, and a pair with no path stays without one: both are remembered per footprint and level.
  const found = levels.map(() => new Map<Uint8Array | undefined, Map<number, { edges: number[]; rttMs: number } | null>>());
  const nodes = graph.nodes.length;
  const findOpen = (from: number, to: number, footprint: Uint8Array | undefined, level: number) => {
    let known = found[level]!.get(footprint);
    if (!known) found[level]!.set(footprint, (known = new Map()));
    const key = from * nodes + to;
    const last = known.get(key);
    if (last === null || (last && !last.edges.some((e) => closed[level]![e]))) return last;
    const next = finder.find(from, to, closed[level]!, footprint);
    known.set(key, next);
    return next;
  };
  const out = new Map<number, FlowAssignment>();
  for (const f of order) {
    const flow = flows[f]!;
    const parallel = candidates(f);
    const route = parallel?.[0];
    if (!route) {
      out.set(f, { paths: [], overflowTbps: 0, overflowEdges: [], unplacedTbps: 0, routeRttMs: 0 });
      continue;
    }
    const paths: AssignedPath[] = [];
    const sumCapacity = parallel.reduce((s, p) => s + p.capacityTbps, 0);
    const kept = withheld(f);
    let remaining = flow.tbps - kept;
    const { from, to } = ends(f)!;
    for (let level = fill === 'planned' ? 0 : 1; level < levels.length && remaining > EPSILON; level++) {
      // What is left at this level is shared in proportion to capacity: each path's share of it, as far as it has room.
      const toShare = remaining;
      for (const p of parallel) {
        const tbps = Math.min((toShare * p.capacityTbps) / sumCapacity, Math.max(0, roomAlong(p.edges, level)));
        place(paths, p.edges, p.rttMs, tbps);
        remaining -= tbps;
      }
      while (remaining > EPSILON && paths.length < MAX_PATHS) {
        const next = findOpen(from, to, footprint(f), level);
        if (!next || next.rttMs > route.rttMs * MAX_STRETCH + EPSILON) break;
        const tbps = Math.min(remaining, roomAlong(next.edges, level));
        place(paths, next.edges, next.rttMs, tbps);
        remaining -= tbps;
      }
    }
    const left = remaining > EPSILON ? remaining : 0;
    const overflowTbps = fill === 'headroom' ? left : 0;
    // Only what is now full closes: an interconnect with room left must stay open to the flows after it.
    if (overflowTbps > 0) for (const e of route.edges) add(e, overflowTbps);
    out.set(f, { paths, overflowTbps, overflowEdges: overflowTbps > 0 ? route.edges : [], unplacedTbps: kept + left - overflowTbps, routeRttMs: route.rttMs });
  }
  return out;
}

/** Flow indices largest first, ties by index: the order flows claim capacity in. */
export function placementOrder(flows: readonly Flow[], only?: Iterable<number>): number[] {
  const list = only ? [...only] : flows.map((f) => f.index);
  return list.sort((a, b) => flows[b]!.tbps - flows[a]!.tbps || a - b);
}
