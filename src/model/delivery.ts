import type { FlowAssignment } from './assignment';
import type { Graph } from './graph';

const EPSILON = 1e-9;

/**
 * What reaches the far end of each path: where an edge carries more than its
 * capacity, every flow crossing it gets the same share, capacity / load (as
 * competing TCP flows roughly do); a path delivers its volume times the
 * smallest share along it. The rest is lost.
 */
export function edgeShares(graph: Graph, load: ArrayLike<number>): Float64Array {
  const share = new Float64Array(graph.edges.length);
  for (let e = 0; e < share.length; e++) share[e] = shareOf(graph, e, load);
  return share;
}

/**
 * `edgeShares` after a change of load on `changed` edges only: the others keep `before`'s shares. Written into one
 * array kept per graph and valid until the next call for that graph: every cut of an N-1 ranking asks for one, and a
 * new array each time (one number per edge) was a large part of what a cut that moves little allocates.
 */
export function patchedShares(graph: Graph, before: Float64Array, load: ArrayLike<number>, changed: readonly number[]): Float64Array {
  let share = scratchShares.get(graph);
  if (!share || share.length !== before.length) scratchShares.set(graph, (share = new Float64Array(before.length)));
  share.set(before);
  for (const e of changed) share[e] = shareOf(graph, e, load);
  return share;
}

const scratchShares = new WeakMap<Graph, Float64Array>();

function shareOf(graph: Graph, e: number, load: ArrayLike<number>): number {
  const cap = graph.edges[e]!.capacityTbps * graph.capacity.congestedAbove;
  const l = load[e] ?? 0;
  return l > cap + EPSILON ? cap / l : 1;
}

export interface Delivery {
  /** Per path of the placement, then its overflow: [Tbit/s delivered, RTT ms]. */
  parts: [number, number][];
  deliveredTbps: number;
  /** The mean RTT of what is delivered, each path weighted by what it delivers, in ms; NaN when nothing is. */
  rttMs: number;
}

/** What `delivery` gives without its parts (the same sums, in the same order): for the loops over many flows. */
export function deliveredOf(a: FlowAssignment, share: Float64Array): { deliveredTbps: number; rttMs: number } {
  let deliveredTbps = 0;
  let weighted = 0;
  for (const p of a.paths) {
    const tbps = p.tbps * leastShare(p.edges, share);
    deliveredTbps += tbps;
    weighted += tbps * p.rttMs;
  }
  if (a.overflowTbps > 0) {
    const tbps = a.overflowTbps * leastShare(a.overflowEdges, share);
    deliveredTbps += tbps;
    weighted += tbps * a.routeRttMs;
  }
  return { deliveredTbps, rttMs: deliveredTbps > 1e-12 ? weighted / deliveredTbps : Number.NaN };
}

function leastShare(edges: readonly number[], share: Float64Array): number {
  let least = 1;
  for (const e of edges) least = Math.min(least, share[e]!);
  return least;
}

export function delivery(a: FlowAssignment, share: Float64Array): Delivery {
  const parts: [number, number][] = [];
  let deliveredTbps = 0;
  for (const p of a.paths) {
    const tbps = p.tbps * leastShare(p.edges, share);
    parts.push([tbps, p.rttMs]);
    deliveredTbps += tbps;
  }
  if (a.overflowTbps > 0) {
    const tbps = a.overflowTbps * leastShare(a.overflowEdges, share);
    parts.push([tbps, a.routeRttMs]);
    deliveredTbps += tbps;
  }
  let weighted = 0;
  for (const [tbps, ms] of parts) weighted += tbps * ms;
  return { parts, deliveredTbps, rttMs: deliveredTbps > 1e-12 ? weighted / deliveredTbps : Number.NaN };
}
