import type { Graph } from './graph';
import { settleFrom } from './dijkstra';
import { MinHeap } from './heap';
import { routingWeights } from './routingWeights';
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

/** Shortest paths from one node over a network's footprint by its routing weights (routingWeights.ts), by local index. */
export interface FootprintTree {
  footprint: FootprintGraph;
  /** The graph's node it starts from. */
  source: number;
  dist: Float64Array;
  /** How many edges each node is from the source (read through `hopsAt`: a repaired tree overrides some). */
  hops: Int32Array;
  /** The (graph's) edge each node is reached by, -1 where it is not reached (or is the source); read through `prevEdgeAt`. */
  prevEdge: Int32Array;
  /** The local node each node is reached from, -1 likewise; read through `parentAt`. */
  parent: Int32Array;
  /**
   * A repaired tree (repairFootprintTree): `hops`, `prevEdge` and `parent` are its intact tree's, and the nodes
   * whose path the cut changed hold theirs here instead. Copying the three arrays whole for every repaired tree
   * (thousands of nodes each at ten times the data, for a hundred changed) made most of a cut's garbage.
   */
  repaired?: RepairedLinks;
}

interface RepairedLinks {
  /** The intact tree it was repaired from. */
  base: FootprintTree;
  /** 1 at each local node whose path changed (its distance may be the same or Infinity now). */
  changed: Uint8Array;
  /** Each changed node's slot in the arrays below. */
  slot: Map<number, number>;
  hops: Int32Array;
  prevEdge: Int32Array;
  parent: Int32Array;
}

/** A node's edge into the tree (local index in, graph's edge out), -1 at the source or where it is not reached. */
function prevEdgeAt(tree: FootprintTree, u: number): number {
  const i = tree.repaired?.slot.get(u);
  return i === undefined ? tree.prevEdge[u]! : tree.repaired!.prevEdge[i]!;
}

/** A node's parent in the tree (local indices), -1 at the source or where it is not reached. */
function parentAt(tree: FootprintTree, u: number): number {
  const i = tree.repaired?.slot.get(u);
  return i === undefined ? tree.parent[u]! : tree.repaired!.parent[i]!;
}

/** The intact tree a repaired tree came from, and which of its nodes changed; undefined for a tree computed whole. */
export function repairedFrom(tree: FootprintTree): { base: FootprintTree; changed: Uint8Array } | undefined {
  return tree.repaired;
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
 * Dijkstra from `source` over the footprint by the routing weights, skipping `dead` edges: the same steps, ties and
 * all, as shortestPathTree over the whole graph with those weights and the network's closed edges (and `dead`)
 * closed, since the local numbering keeps the graph's order and each node's edges come in the graph's order.
 */
export function footprintTree(graph: Graph, footprint: FootprintGraph, source: number, dead?: Uint8Array): FootprintTree {
  const n = footprint.nodes.length;
  const dist = new Float64Array(n).fill(Infinity);
  const hops = new Int32Array(n).fill(0x7fffffff);
  const prevEdge = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const s = footprint.local[source]!;
  if (s < 0) throw new Error(`node ${source} is outside the network's footprint`);
  settleFrom(footprint, routingWeights(graph), s, { dist, hops, prevEdge, parent }, dead);
  return { footprint, source, dist, hops, prevEdge, parent };
}

/** The routing cost (latency, a thin system's weighed more: routingWeights.ts) from a tree's source to a node of the graph (Infinity where it is not reached). */
export function distanceTo(tree: FootprintTree, node: number): number {
  const u = tree.footprint.local[node]!;
  return u < 0 ? Infinity : tree.dist[u]!;
}

/** The edges from a tree's source to a node it reaches, in travel order. */
export function edgesTo(tree: FootprintTree, node: number): number[] {
  const edges: number[] = [];
  const s = tree.footprint.local[tree.source]!;
  for (let u = tree.footprint.local[node]!; u !== s; u = parentAt(tree, u)) edges.push(prevEdgeAt(tree, u));
  return edges.reverse();
}

/** Whether the path from a tree's source to a node it reaches crosses a dead edge. */
export function crossesDead(tree: FootprintTree, node: number, dead: Uint8Array): boolean {
  const s = tree.footprint.local[tree.source]!;
  for (let u = tree.footprint.local[node]!; u !== s; u = parentAt(tree, u)) if (dead[prevEdgeAt(tree, u)]) return true;
  return false;
}

/**
 * Arrays of repaired trees, kept for the next cut: a cut's router hands its repaired trees back once the cut is
 * worked out (PolicyRouter.recycle), and the next cut's repairs copy into them instead of allocating. An N-1
 * ranking repairs thousands of trees of thousands of nodes each; allocating their distances afresh made the
 * garbage collector a third of its time at ten times the data.
 */
export class TreePool {
  private free = new Map<FootprintGraph, { dist: Float64Array; changed: Uint8Array }[]>();

  take(footprint: FootprintGraph): { dist: Float64Array; changed: Uint8Array } {
    const n = footprint.nodes.length;
    return this.free.get(footprint)?.pop() ?? { dist: new Float64Array(n), changed: new Uint8Array(n) };
  }

  /** Takes back a repaired tree's arrays: the tree must not be read again. */
  give(tree: FootprintTree): void {
    const repaired = tree.repaired;
    if (!repaired) return;
    for (const x of repaired.slot.keys()) repaired.changed[x] = 0;
    let list = this.free.get(tree.footprint);
    if (!list) this.free.set(tree.footprint, (list = []));
    list.push({ dist: tree.dist, changed: repaired.changed });
  }
}

/** Each local node's slot among the nodes a repair recomputes, -1 elsewhere: scratch, kept all -1 between repairs. */
let slotScratch = new Int32Array(0);

/**
 * The tree `base` once the edges `dead` close too, recomputing only what hung from them. A node whose path in
 * `base` avoids them keeps its label: taking edges away never shortens a path, and its own path is still there.
 * The nodes below a dead tree edge start again from their surviving neighbours outside that part and settle
 * among themselves, as Dijkstra would. This gives exactly Dijkstra's labels, ties and all, because every edge is
 * longer than zero (the caller checks): each node's label is then the least (distance, edges, edge index) over
 * the neighbours that reach it best, whatever the order they are settled in. Returns `base` itself when no dead
 * edge is in it. `base` is a tree computed whole (the intact network's). With `pool`, its arrays come from there.
 */
export function repairFootprintTree(graph: Graph, base: FootprintTree, dead: Uint8Array, deadEdges: readonly number[], pool?: TreePool): FootprintTree {
  const { footprint } = base;
  const { local, start, edge, to } = footprint;
  const n = footprint.nodes.length;
  if (slotScratch.length < n) slotScratch = new Int32Array(n).fill(-1);
  const slotOf = slotScratch;
  const below: number[] = [];
  const add = (x: number) => {
    if (slotOf[x]! >= 0) return;
    slotOf[x] = below.length;
    below.push(x);
  };
  for (const e of deadEdges) {
    const { a, b } = graph.edges[e]!;
    if (local[a]! >= 0 && base.prevEdge[local[a]!] === e) add(local[a]!);
    else if (local[b]! >= 0 && base.prevEdge[local[b]!] === e) add(local[b]!);
  }
  if (!below.length) return base;
  // Everything hanging from the dead tree edges: a child is a neighbour whose tree edge is the one joining them.
  for (let i = 0; i < below.length; i++) {
    const x = below[i]!;
    for (let k = start[x]!, end = start[x + 1]!; k < end; k++) {
      const y = to[k]!;
      if (slotOf[y]! < 0 && base.prevEdge[y] === edge[k]) add(y);
    }
  }
  const m = below.length;
  const arrays = pool?.take(footprint) ?? { dist: new Float64Array(n), changed: new Uint8Array(n) };
  const dist = arrays.dist;
  dist.set(base.dist);
  const hops = new Int32Array(m).fill(0x7fffffff);
  const prevEdge = new Int32Array(m).fill(-1);
  const parent = new Int32Array(m).fill(-1);
  // 1 while a node below is still to be settled.
  const pending = new Uint8Array(m).fill(1);
  for (const x of below) dist[x] = Infinity;
  const weight = routingWeights(graph);
  const offer = (v: number, u: number, nd: number, hv: number, e: number) => {
    const i = slotOf[v]!;
    const dv = dist[v]!;
    if (nd < dv || (nd === dv && (hv < hops[i]! || (hv === hops[i]! && e < prevEdge[i]!)))) {
      dist[v] = nd;
      hops[i] = hv;
      prevEdge[i] = e;
      parent[i] = u;
      return true;
    }
    return false;
  };
  const heap = new MinHeap(16);
  for (const v of below) {
    for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
      const u = to[k]!;
      const e = edge[k]!;
      if (slotOf[u]! < 0 && dist[u]! < Infinity && !dead[e]) offer(v, u, dist[u]! + weight[e]!, base.hops[u]! + 1, e);
    }
    if (dist[v]! < Infinity) heap.push(dist[v]!, v);
  }
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    const i = slotOf[u]!;
    if (!pending[i] || d > dist[u]!) continue;
    // Settled: it leaves the part still to be decided.
    pending[i] = 0;
    const hu = hops[i]! + 1;
    for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
      const v = to[k]!;
      const e = edge[k]!;
      const j = slotOf[v]!;
      if (j >= 0 && pending[j] && !dead[e] && offer(v, u, d + weight[e]!, hu, e)) heap.push(dist[v]!, v);
    }
  }
  const changed = arrays.changed;
  const slot = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const x = below[i]!;
    changed[x] = 1;
    slot.set(x, i);
    slotOf[x] = -1;
  }
  return { footprint, source: base.source, dist, hops: base.hops, prevEdge: base.prevEdge, parent: base.parent, repaired: { base, changed, slot, hops, prevEdge, parent } };
}

const weightsChecked = new WeakMap<Graph, boolean>();

/** Whether every edge is longer than zero, which repairFootprintTree needs (a custom latency model could have edges of none). */
export function positiveWeights(graph: Graph): boolean {
  let positive = weightsChecked.get(graph);
  if (positive === undefined) weightsChecked.set(graph, (positive = graph.weight.every((w) => w > 1e-9)));
  return positive;
}
