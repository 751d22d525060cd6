import { resolveCut } from './cuts';
import type { CutMask, CutSet } from './cuts';
import type { Graph } from './graph';
import { settleFrom } from './dijkstra';
import { ModelInputError } from './ids';
import type { CableId, LinkId, MetroId, NodeId } from './ids';
import { fibreFloorRttMs } from './latency';
import type { AsPathHop } from './networks';

/** Latency-shortest routes (docs/MODEL.md, "Routing"). */

/** One route between two nodes, with what it crosses. */
export interface Route {
  /** Node indices of its ends. */
  from: number;
  to: number;
  /** Node indices along the route, ends included. */
  nodes: readonly number[];
  /** Edge indices along the route. */
  edges: readonly number[];
  lengthKm: number;
  oneWayMs: number;
  /** 2 × one-way. */
  rttMs: number;
  /** The fibre floor between its ends: rttMs is never below it. */
  floorMs: number;
  /** Cables, terrestrial links and carriers crossed, in route order, each once. */
  cables: readonly CableId[];
  links: readonly LinkId[];
  /** Carriers that carry it: those on its AS path (a policy route), or every carrier of the edges it crosses (a fibre route). */
  carriers: readonly string[];
  /** The networks that carry it, in order, with where each hands over (policy routes only). */
  asPath?: readonly AsPathHop[];
}

/** Shortest-path labels from one source. `prevEdge` is -1 where a node is unreached (or is the source). */
export interface PathTree {
  source: number;
  dist: Float64Array;
  hops: Int32Array;
  prevEdge: Int32Array;
}

/**
 * Dijkstra over a binary heap, skipping dead edges. Ties are broken the same
 * way every time: the lower latency, then the fewer edges, then the lower edge
 * index (edges are numbered in id order). With `targets`, it stops once all are settled;
 * labels of settled nodes never change, so the routes found do not depend on `targets`.
 * `weight` overrides the graph's edge latencies (congestion-aware rerouting uses it).
 */
export function shortestPathTree(
  graph: Graph,
  source: number,
  dead?: Uint8Array,
  targets?: readonly number[],
  weight: Float64Array = graph.weight,
): PathTree {
  const n = graph.nodes.length;
  const dist = new Float64Array(n).fill(Infinity);
  const hops = new Int32Array(n).fill(0x7fffffff);
  const prevEdge = new Int32Array(n).fill(-1);
  let remaining = 0;
  let wanted: Uint8Array | undefined;
  if (targets) {
    wanted = new Uint8Array(n);
    for (const t of targets) {
      if (wanted[t]) continue;
      wanted[t] = 1;
      remaining++;
    }
    if (remaining === 0) return { source, dist, hops, prevEdge };
  }
  settleFrom({ start: graph.adjStart, edge: graph.adjEdge, to: graph.adjNode }, weight, source, { dist, hops, prevEdge }, dead, wanted, remaining);
  return { source, dist, hops, prevEdge };
}

/** The route to `target` in a path tree, or null if it is unreachable. */
function routeFromTree(graph: Graph, tree: PathTree, target: number): Route | null {
  if (!(tree.dist[target]! < Infinity)) return null;
  const edges: number[] = [];
  const nodes: number[] = [target];
  let at = target;
  while (at !== tree.source) {
    const e = tree.prevEdge[at]!;
    const edge = graph.edges[e]!;
    edges.push(e);
    at = edge.a === at ? edge.b : edge.a;
    nodes.push(at);
  }
  edges.reverse();
  nodes.reverse();
  const cables = new Set<CableId>();
  const links = new Set<LinkId>();
  const carriers = new Set<string>();
  let lengthKm = 0;
  // Summed from the source in route order, so a route found with the graph's own weights gets exactly dist[target].
  let oneWayMs = 0;
  for (const e of edges) {
    const edge = graph.edges[e]!;
    lengthKm += edge.lengthKm;
    oneWayMs += graph.weight[e]!;
    if (edge.cable) cables.add(edge.cable);
    if (edge.link) links.add(edge.link);
    for (const c of edge.carriers) carriers.add(c);
  }
  return {
    from: tree.source,
    to: target,
    nodes,
    edges,
    lengthKm,
    oneWayMs,
    rttMs: 2 * oneWayMs,
    floorMs: fibreFloorRttMs(graph.nodes[tree.source]!.lonLat, graph.nodes[target]!.lonLat),
    cables: [...cables],
    links: [...links],
    carriers: [...carriers],
  };
}

/** A metro's access node, or any node by its node id; throws ModelInputError if there is none. */
function nodeFor(graph: Graph, id: string): number {
  const n = graph.metroNode.get(id as MetroId) ?? graph.nodeIndex.get(id);
  if (n === undefined) throw new ModelInputError(`unknown metro or node "${id}"`);
  return n;
}

/**
 * The latency-shortest route between two metros (or nodes) over what survives
 * `cut`, or null when nothing connects them.
 */
export function routeBetween(graph: Graph, a: string, b: string, cut: CutSet | CutMask = {}): Route | null {
  const from = nodeFor(graph, a);
  const to = nodeFor(graph, b);
  const mask = 'dead' in cut ? cut : resolveCut(graph, cut);
  if (mask.deadNodes[from] || mask.deadNodes[to]) return null;
  return routeFromTree(graph, shortestPathTree(graph, from, mask.dead, [to]), to);
}

/**
 * The route as the places it passes: metro ids and landing point ids, a metro's
 * access and exchange written once.
 */
export function routePath(graph: Graph, route: Route): NodeId[] {
  const path: NodeId[] = [];
  for (const n of route.nodes) {
    const node = graph.nodes[n]!;
    const id = node.kind === 'landing' ? node.id : (node.metro as string as NodeId);
    if (path[path.length - 1] !== id) path.push(id);
  }
  return path;
}

/** Per network on a route's AS path, the cables and terrestrial links of its stretch (each once, in route order). */
export function hopElements(graph: Graph, route: Route): string[][] {
  const hops = route.asPath ?? [];
  const nodeAt = new Map<number, number>();
  route.nodes.forEach((n, i) => nodeAt.has(n) || nodeAt.set(n, i));
  return hops.map((hop, h) => {
    const start = h === 0 ? 0 : (nodeAt.get(hop.entry) ?? route.edges.length);
    const end = h === hops.length - 1 ? route.edges.length : (nodeAt.get(hops[h + 1]!.entry) ?? route.edges.length);
    const out: string[] = [];
    for (let i = start; i < end; i++) {
      const edge = graph.edges[route.edges[i]!]!;
      const element = edge.cable ?? edge.link;
      if (element && !out.includes(element)) out.push(element);
    }
    return out;
  });
}
