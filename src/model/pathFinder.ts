import type { Graph } from './graph';
import { MinHeap } from './heap';
import { FIBRE_KM_PER_MS } from './latency';
import { shortestPathTree } from './routing';
import { EARTH_RADIUS_KM } from '../sphere';

/**
 * How far under the whole graph's distance the bound stays (see `boundsTo`): it keeps every edge's reduced cost
 * positive despite the rounding of the stored bounds, and costs the search next to nothing.
 */
const BOUND_SLACK = 1 / 64;

const shared = new WeakMap<Graph, PathFinder>();

/**
 * A* from one node to one target over the graph's latencies, skipping closed
 * edges, with its arrays kept between calls: placement runs thousands. Ties
 * break on fewer edges, then the lower edge index.
 *
 * The bound that guides it is the target's latency-shortest distance over the
 * whole graph, nothing closed, a little under (BOUND_SLACK), worked out once per
 * target: closing edges only lengthens paths, so no path beats it, and it is far
 * tighter than the straight line (fibre follows coasts and lands where it can),
 * so a search settles about a third of the nodes it did with the straight line.
 * Where it cannot be trusted to the last rounding (a graph with edges of next to
 * no latency), the straight-line (chord) distance at the speed of light in fibre
 * serves instead: an edge is never shorter than the great circle between its
 * ends, itself longer than the chord. Either way every edge keeps a positive
 * reduced cost, so a node is settled only after every node that leads to it
 * best: the path found is the one Dijkstra finds, ties and all.
 */
export class PathFinder {
  private dist: Float64Array;
  private hops: Int32Array;
  private prevEdge: Int32Array;
  private stamp: Uint32Array;
  private done: Uint32Array;
  private round = 0;
  private heap = new MinHeap(256);
  /** Unit vectors of the nodes, for the chord bound. */
  private xyz: Float64Array;
  /** Slightly under the Earth's radius, so that rounding can never lift the chord bound above the true distance. */
  private kmPerUnit = EARTH_RADIUS_KM * (1 - 1e-9);
  /** Per target node, the bound of every node: Infinity where the whole graph does not join them to it. */
  private bounds = new Map<number, Float32Array | Float64Array>();
  private minWeight: number;
  /**
   * An all-open edge mask for a caller to close a few edges in for its searches (the third mask of `find`),
   * and to reopen before it returns: cheaper than copying a mask of the whole graph each time.
   */
  readonly spare: Uint8Array;

  /** The graph's finder, made once and shared: its arrays are scratch, and the bounds it learns serve every later search. */
  static of(graph: Graph): PathFinder {
    let finder = shared.get(graph);
    if (!finder) shared.set(graph, (finder = new PathFinder(graph)));
    return finder;
  }

  constructor(private graph: Graph) {
    const n = graph.nodes.length;
    this.dist = new Float64Array(n);
    this.hops = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    this.stamp = new Uint32Array(n);
    this.done = new Uint32Array(n);
    this.spare = new Uint8Array(graph.edges.length);
    this.xyz = new Float64Array(3 * n);
    graph.nodes.forEach((node, i) => {
      const [lon, lat] = node.lonLat;
      const r = Math.PI / 180;
      this.xyz[3 * i] = Math.cos(lat * r) * Math.cos(lon * r);
      this.xyz[3 * i + 1] = Math.cos(lat * r) * Math.sin(lon * r);
      this.xyz[3 * i + 2] = Math.sin(lat * r);
    });
    this.minWeight = graph.weight.reduce((m, w) => Math.min(m, w), Infinity);
  }

  /**
   * A lower bound of the one-way latency between two nodes, in ms: the chord between them (never longer than
   * the arc, and obeying the triangle inequality, so the bound stays consistent) at the speed of light in fibre.
   */
  private chord(a: number, b: number): number {
    const { xyz } = this;
    const dx = xyz[3 * a]! - xyz[3 * b]!;
    const dy = xyz[3 * a + 1]! - xyz[3 * b + 1]!;
    const dz = xyz[3 * a + 2]! - xyz[3 * b + 2]!;
    return (Math.sqrt(dx * dx + dy * dy + dz * dz) * this.kmPerUnit) / FIBRE_KM_PER_MS;
  }

  /**
   * Every node's bound towards `to`: (1 − BOUND_SLACK) × its distance over the whole graph, stored in single
   * precision. Dijkstra's distances satisfy d(u) ≤ d(v) + w(u, v) to a rounding of the double sum; storing in
   * single precision moves each bound by at most 2^-24 of the largest distance, so an edge's reduced cost
   * w − (h(u) − h(v)) is at least BOUND_SLACK × w − 2^-23 × max d, positive whenever
   * BOUND_SLACK × (lightest edge) > 2^-21 × max d. Where it is not, the chord serves.
   */
  private boundsTo(to: number): Float32Array | Float64Array {
    let bounds = this.bounds.get(to);
    if (bounds === undefined) {
      const { dist } = shortestPathTree(this.graph, to);
      let max = 0;
      for (const d of dist) if (d < Infinity && d > max) max = d;
      if (BOUND_SLACK * this.minWeight > 2 ** -21 * max) {
        bounds = new Float32Array(dist.length);
        for (let v = 0; v < dist.length; v++) bounds[v] = dist[v]! * (1 - BOUND_SLACK);
      } else {
        bounds = new Float64Array(dist.length);
        for (let v = 0; v < dist.length; v++) bounds[v] = this.chord(v, to);
      }
      this.bounds.set(to, bounds);
    }
    return bounds;
  }

  /**
   * The shortest path's edges and RTT avoiding the edges closed in any of the masks given, or null when `to`
   * cannot be reached.
   */
  find(from: number, to: number, closed: Uint8Array, alsoClosed?: Uint8Array, closedToo?: Uint8Array): { edges: number[]; rttMs: number } | null {
    const { adjStart, adjEdge, adjNode, weight } = this.graph;
    const { dist, hops, prevEdge, stamp, done, heap } = this;
    const bounds = this.boundsTo(to);
    // Nodes the whole graph does not join to the target cannot lead to it: they are never queued.
    if (bounds[from] === Infinity) return null;
    const more = alsoClosed ?? closed;
    const evenMore = closedToo ?? closed;
    const round = ++this.round;
    heap.size = 0;
    stamp[from] = round;
    dist[from] = 0;
    hops[from] = 0;
    prevEdge[from] = -1;
    heap.push(bounds[from]!, from);
    let reached = false;
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u] === round) continue;
      done[u] = round;
      if (u === to) {
        reached = true;
        break;
      }
      const d = dist[u]!;
      const hu = hops[u]! + 1;
      for (let k = adjStart[u]!, end = adjStart[u + 1]!; k < end; k++) {
        const e = adjEdge[k]!;
        if (closed[e] || more[e] || evenMore[e]) continue;
        const v = adjNode[k]!;
        if (done[v] === round) continue;
        const nd = d + weight[e]!;
        if (stamp[v] !== round || nd < dist[v]! || (nd === dist[v]! && (hu < hops[v]! || (hu === hops[v]! && e < prevEdge[v]!)))) {
          const h = bounds[v]!;
          if (h === Infinity) continue;
          stamp[v] = round;
          dist[v] = nd;
          hops[v] = hu;
          prevEdge[v] = e;
          heap.push(nd + h, v);
        }
      }
    }
    if (!reached) return null;
    const edges: number[] = [];
    for (let at = to; at !== from; ) {
      const e = prevEdge[at]!;
      edges.push(e);
      const edge = this.graph.edges[e]!;
      at = edge.a === at ? edge.b : edge.a;
    }
    edges.reverse();
    let oneWay = 0;
    for (const e of edges) oneWay += weight[e]!;
    return { edges, rttMs: 2 * oneWay };
  }
}
