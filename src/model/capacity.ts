import type { EdgeKind } from './latency';
import type { CableId, EdgeId, LinkId } from './ids';
import type { Graph } from './graph';

/**
 * Capacity per edge, in Tbit/s (docs/MODEL.md, "Capacity"):
 * - a cable segment carries the cable's whole design capacity: fibre pairs run
 *   the length of a trunk, so a segment is not a share of the system, it *is* the
 *   system at that point (branches are not told apart: the dataset has no per-branch figure);
 * - a cable with no published capacity gets the typical design capacity of its RFS vintage;
 * - a terrestrial link has its published capacity, or a default for each carrier that operates it (each lights its own pairs);
 * - backhaul carries the sum of the cables landing at its station (never the bottleneck);
 * - a metro's interconnect carries its IXPs' peak traffic plus a share per carrier PoP,
 *   and never less than the long-haul capacity attached to its exchange.
 */
export interface CapacityModel {
  /** [RFS year, Tbit/s] points, interpolated linearly, for cables that publish no capacity. */
  cableByRfs: readonly (readonly [number, number])[];
  /** A terrestrial link with no published capacity: per carrier operating it. */
  terrestrialTbps: number;
  /** What each carrier PoP adds to its metro's interconnect capacity. */
  perPopTbps: number;
  /** The least interconnect capacity of any metro. */
  minInterconnectTbps: number;
  /** An edge is congested when its load exceeds this share of its capacity. */
  congestedAbove: number;
  /**
   * The share of capacity carriers plan to use at peak: traffic fills paths up to it first and uses the
   * headroom above it only where no path has room below it (after a cut, typically). TeleGeography's
   * published figures put international links at about 43 % at peak and 29 % on average.
   */
  plannedUtilisation: number;
}

export const DEFAULT_CAPACITY: CapacityModel = {
  cableByRfs: [
    [1990, 0.01],
    [2000, 1],
    [2005, 3],
    [2010, 10],
    [2016, 50],
    [2020, 150],
    [2025, 300],
  ],
  terrestrialTbps: 40,
  perPopTbps: 5,
  minInterconnectTbps: 10,
  congestedAbove: 1,
  plannedUtilisation: 0.45,
};

/** The typical design capacity of a cable built in `rfs`, for cables that publish none. */
export function estimateCableTbps(rfs: number, model: CapacityModel = DEFAULT_CAPACITY): number {
  const table = model.cableByRfs;
  const first = table[0];
  const last = table[table.length - 1];
  if (!first || !last) return model.terrestrialTbps;
  if (rfs <= first[0]) return first[1];
  if (rfs >= last[0]) return last[1];
  for (let i = 1; i < table.length; i++) {
    const [y1, c1] = table[i]!;
    const [y0, c0] = table[i - 1]!;
    if (rfs <= y1) return c0 + ((c1 - c0) * (rfs - y0)) / (y1 - y0);
  }
  return last[1];
}

/** The load on one edge against its capacity. */
export interface EdgeLoad {
  edge: EdgeId;
  kind: EdgeKind;
  name: string;
  cable?: CableId;
  link?: LinkId;
  loadTbps: number;
  capacityTbps: number;
  /** load / capacity; above `congestedAbove` the edge is congested. */
  utilisation: number;
}

function edgeLoad(graph: Graph, index: number, load: ArrayLike<number>): EdgeLoad {
  const e = graph.edges[index]!;
  const loadTbps = load[index] ?? 0;
  return {
    edge: e.id,
    kind: e.kind,
    name: e.name,
    ...(e.cable ? { cable: e.cable } : {}),
    ...(e.link ? { link: e.link } : {}),
    loadTbps,
    capacityTbps: e.capacityTbps,
    utilisation: e.capacityTbps > 0 ? loadTbps / e.capacityTbps : Infinity,
  };
}

/** Edges loaded beyond `congestedAbove`, the worst first (ties by edge id). Dead edges carry nothing. */
export function congestedEdges(graph: Graph, load: ArrayLike<number>, model: CapacityModel = DEFAULT_CAPACITY): EdgeLoad[] {
  const out: EdgeLoad[] = [];
  for (let i = 0; i < graph.edges.length; i++) if (isCongested(graph, i, load, model)) out.push(edgeLoad(graph, i, load));
  return out.sort(worstFirst);
}

/**
 * `congestedEdges` after a change of load on `changed` edges only (`isChanged` marks them): the other edges keep
 * what `before` (the list for the old load) says of them, so a cut costs what it touches, not the whole graph.
 */
export function patchedCongestedEdges(
  graph: Graph,
  before: readonly EdgeLoad[],
  load: ArrayLike<number>,
  changed: readonly number[],
  isChanged: Uint8Array,
  model: CapacityModel = DEFAULT_CAPACITY,
): EdgeLoad[] {
  const out = before.filter((c) => !isChanged[graph.edgeIndex.get(c.edge)!]);
  for (const i of changed) if (isCongested(graph, i, load, model)) out.push(edgeLoad(graph, i, load));
  return out.sort(worstFirst);
}

function isCongested(graph: Graph, i: number, load: ArrayLike<number>, model: CapacityModel): boolean {
  return (load[i] ?? 0) > graph.edges[i]!.capacityTbps * model.congestedAbove + 1e-9;
}

const worstFirst = (a: EdgeLoad, b: EdgeLoad) => b.utilisation - a.utilisation || (a.edge < b.edge ? -1 : 1);
