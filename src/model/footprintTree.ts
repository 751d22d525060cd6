import type { Graph } from './graph';
import { settleFrom } from './dijkstra';
import { MinHeap } from './heap';
import type { NetworkLayer } from './networks';

/**
 * A network's own part of the graph, numbered compactly: the nodes its footprint touches and where it is present
 * (a few hundred of the graph's thousands), in the graph's order, and the footprint's edges between them. Policy
 * routing keeps a latency-shortest tree per network and node it reaches; over the whole graph those trees are
 * mostly empty, and reading them scatters over memory.
 */
export interface FootprintGraph {
  /** The graph's node at each local index, ascending. */
  nodes: Int32Array;
  /** The local index of each of the graph's nodes, -1 outside. */
  local: Int32Array;
  /** The footprint's edges at local node u are edge[start[u] .. start[u + 1]), leading to local node to[...], in the graph's order. */
  start: Int32Array;
  edge: Int32Array;
  to: Int32Array;
}

/** Latency-shortest paths from one node over a network's footprint, by local index. */
export interface FootprintTree {
  footprint: FootprintGraph;
  /** The graph's node it starts from. */
  source: number;
  dist: Float64Array;
  hops: Int32Array;
  /** The (graph's) edge each node is reached by, -1 where it is not reached (or is the source). */
  prevEdge: Int32Array;
  /** The local node each node is reached from, -1 likewise. */
  parent: Int32Array;
}

const footprints = new WeakMap<NetworkLayer, FootprintGraph[]>();

/** The network's footprint graph, built once per layer. */
export function footprintGraph(graph: Graph, layer: NetworkLayer, network: number): FootprintGraph {
  let built = footprints.get(layer);
  if (!built) footprints.set(layer, (built = []));
  let footprint = built[network];
  if (!footprint) {
    const { closed, presence } = layer.networks[network]!;
    const { adjStart, adjEdge, adjNode } = graph;
    const member = new Uint8Array(graph.nodes.length);
    for (const x of presence) member[x] = 1;
    for (const e of graph.edges) if (!closed[e.index]) member[e.a] = member[e.b] = 1;
    const local = new Int32Array(graph.nodes.length).fill(-1);
    const nodes: number[] = [];
    for (let x = 0; x < member.length; x++) if (member[x]) local[x] = nodes.push(x) - 1;
    const start = new Int32Array(nodes.length + 1);
    const edge: number[] = [];
    const to: number[] = [];
    nodes.forEach((x, u) => {
      for (let k = adjStart[x]!, end = adjStart[x + 1]!; k < end; k++) {
        if (closed[adjEdge[k]!]) continue;
        edge.push(adjEdge[k]!);
        to.push(local[adjNode[k]!]!);
      }
      start[u + 1] = edge.length;
    });
    built[network] = footprint = { nodes: Int32Array.from(nodes), local, start, edge: Int32Array.from(edge), to: Int32Array.from(to) };
  }
  return footprint;
}

const handoffIndices = new WeakMap<FootprintGraph, Int32Array[]>();

/** Where each of the network's adjacencies hands over, as local indices (by adjacency, aligned with its hand-offs). */
export function handoffsAt(graph: Graph, layer: NetworkLayer, network: number): Int32Array[] {
  const footprint = footprintGraph(graph, layer, network);
  let at = handoffIndices.get(footprint);
  if (!at) handoffIndices.set(footprint, (at = layer.adjacency[network]!.map((adj) => Int32Array.from(adj.handoffs, (h) => footprint.local[h]!))));
  return at;
}

/**
 * Dijkstra from `source` over the footprint, skipping `dead` edges: the same steps, ties and all, as
 * shortestPathTree over the whole graph with the network's closed edges (and `dead`) closed, since the local
 * numbering keeps the graph's order and each node's edges come in the graph's order.
 */
export function footprintTree(graph: Graph, footprint: FootprintGraph, source: number, dead?: Uint8Array): FootprintTree {
  const n = footprint.nodes.length;
  const dist = new Float64Array(n).fill(Infinity);
  const hops = new Int32Array(n).fill(0x7fffffff);
  const prevEdge = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const s = footprint.local[source]!;
  if (s < 0) throw new Error(`node ${source} is outside the network's footprint`);
  settleFrom(footprint, graph.weight, s, { dist, hops, prevEdge, parent }, dead);
  return { footprint, source, dist, hops, prevEdge, parent };
}

/** The latency from a tree's source to a node of the graph (Infinity where it is not reached). */
export function distanceTo(tree: FootprintTree, node: number): number {
  const u = tree.footprint.local[node]!;
  return u < 0 ? Infinity : tree.dist[u]!;
}

/** The edges from a tree's source to a node it reaches, in travel order. */
export function edgesTo(tree: FootprintTree, node: number): number[] {
  const edges: number[] = [];
  const s = tree.footprint.local[tree.source]!;
  for (let u = tree.footprint.local[node]!; u !== s; u = tree.parent[u]!) edges.push(tree.prevEdge[u]!);
  return edges.reverse();
}

/** Whether the path from a tree's source to a node it reaches crosses a dead edge. */
export function crossesDead(tree: FootprintTree, node: number, dead: Uint8Array): boolean {
  const s = tree.footprint.local[tree.source]!;
  for (let u = tree.footprint.local[node]!; u !== s; u = tree.parent[u]!) if (dead[tree.prevEdge[u]!]) return true;
  return false;
}

/**
 * The tree `base` once the edges `dead` close too, recomputing only what hung from them. A node whose path in
 * `base` avoids them keeps its label: taking edges away never shortens a path, and its own path is still there.
 * The nodes below a dead tree edge start again from their surviving neighbours outside that part and settle
 * among themselves, as Dijkstra would. This gives exactly Dijkstra's labels, ties and all, because every edge is
 * longer than zero (the caller checks): each node's label is then the least (distance, edges, edge index) over
 * the neighbours that reach it best, whatever the order they are settled in. Returns `base` itself when no dead
 * edge is in it.
 */
export function repairFootprintTree(graph: Graph, base: FootprintTree, dead: Uint8Array, deadEdges: readonly number[]): FootprintTree {
  const { footprint } = base;
  const { local, start, edge, to } = footprint;
  const below: number[] = [];
  for (const e of deadEdges) {
    const { a, b } = graph.edges[e]!;
    if (local[a]! >= 0 && base.prevEdge[local[a]!] === e) below.push(local[a]!);
    else if (local[b]! >= 0 && base.prevEdge[local[b]!] === e) below.push(local[b]!);
  }
  if (!below.length) return base;
  const n = footprint.nodes.length;
  const dist = base.dist.slice();
  const hops = base.hops.slice();
  const prevEdge = base.prevEdge.slice();
  const parent = base.parent.slice();
  // Everything hanging from the dead tree edges: a child is a neighbour whose tree edge is the one joining them.
  const inside = new Uint8Array(n);
  for (const x of below) inside[x] = 1;
  for (let i = 0; i < below.length; i++) {
    const x = below[i]!;
    for (let k = start[x]!, end = start[x + 1]!; k < end; k++) {
      const y = to[k]!;
      if (!inside[y] && base.prevEdge[y] === edge[k]) {
        inside[y] = 1;
        below.push(y);
      }
    }
  }
  for (const x of below) {
    dist[x] = Infinity;
    hops[x] = 0x7fffffff;
    prevEdge[x] = -1;
    parent[x] = -1;
  }
  const { weight } = graph;
  const offer = (v: number, u: number, nd: number, hv: number, e: number) => {
    const dv = dist[v]!;
    if (nd < dv || (nd === dv && (hv < hops[v]! || (hv === hops[v]! && e < prevEdge[v]!)))) {
      dist[v] = nd;
      hops[v] = hv;
      prevEdge[v] = e;
      parent[v] = u;
      return true;
    }
    return false;
  };
  const heap = new MinHeap(16);
  for (const v of below) {
    for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
      const u = to[k]!;
      const e = edge[k]!;
      if (!inside[u] && dist[u]! < Infinity && !dead[e]) offer(v, u, dist[u]! + weight[e]!, hops[u]! + 1, e);
    }
    if (dist[v]! < Infinity) heap.push(dist[v]!, v);
  }
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (!inside[u] || d > dist[u]!) continue;
    // Settled: it leaves the part still to be decided.
    inside[u] = 0;
    const hu = hops[u]! + 1;
    for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
      const v = to[k]!;
      const e = edge[k]!;
      if (inside[v] && !dead[e] && offer(v, u, d + weight[e]!, hu, e)) heap.push(dist[v]!, v);
    }
  }
  return { footprint, source: base.source, dist, hops, prevEdge, parent };
}

const weightsChecked = new WeakMap<Graph, boolean>();

/** Whether every edge is longer than zero, which repairFootprintTree needs (a custom latency model could have edges of none). */
export function positiveWeights(graph: Graph): boolean {
  let positive = weightsChecked.get(graph);
  if (positive === undefined) weightsChecked.set(graph, (positive = graph.weight.every((w) => w > 1e-9)));
  return positive;
}
