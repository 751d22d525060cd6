import type { Graph } from './graph';
import { MinHeap } from './heap';
import { FIBRE_KM_PER_MS } from './latency';
import { EARTH_RADIUS_KM } from '../sphere';

/**
 * A* from one node to one target over the graph's latencies, skipping closed
 * edges, with its arrays kept between calls: placement runs thousands. The
 * heuristic is the straight-line (chord) distance to the target at the speed of
 * light in fibre, which no path beats (an edge is never shorter than the great
 * circle between its ends, itself longer than the chord), so the path found is a shortest one. Ties break on fewer
 * edges, then the lower edge index.
 */
export class PathFinder {
  private dist: Float64Array;
  private hops: Int32Array;
  private prevEdge: Int32Array;
  private stamp: Uint32Array;
  private done: Uint32Array;
  private round = 0;
  private heap = new MinHeap(256);
  /** Unit vectors of the nodes, for the heuristic. */
  private xyz: Float64Array;
  /** Slightly under the Earth's radius, so that rounding can never lift the bound above the true distance. */
  private kmPerUnit = EARTH_RADIUS_KM * (1 - 1e-9);

  constructor(private graph: Graph) {
    const n = graph.nodes.length;
    this.dist = new Float64Array(n);
    this.hops = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    this.stamp = new Uint32Array(n);
    this.done = new Uint32Array(n);
    this.xyz = new Float64Array(3 * n);
    graph.nodes.forEach((node, i) => {
      const [lon, lat] = node.lonLat;
      const r = Math.PI / 180;
      this.xyz[3 * i] = Math.cos(lat * r) * Math.cos(lon * r);
      this.xyz[3 * i + 1] = Math.cos(lat * r) * Math.sin(lon * r);
      this.xyz[3 * i + 2] = Math.sin(lat * r);
    });
  }

  /**
   * A lower bound of the one-way latency between two nodes, in ms: the chord between them (never longer than
   * the arc, and obeying the triangle inequality, so the bound stays consistent) at the speed of light in fibre.
   */
  private bound(a: number, b: number): number {
    const { xyz } = this;
    const dx = xyz[3 * a]! - xyz[3 * b]!;
    const dy = xyz[3 * a + 1]! - xyz[3 * b + 1]!;
    const dz = xyz[3 * a + 2]! - xyz[3 * b + 2]!;
    return (Math.sqrt(dx * dx + dy * dy + dz * dz) * this.kmPerUnit) / FIBRE_KM_PER_MS;
  }

  /** The shortest path's edges and RTT, or null when `to` cannot be reached. */
  find(from: number, to: number, closed: Uint8Array, alsoClosed?: Uint8Array): { edges: number[]; rttMs: number } | null {
    const { adjStart, adjEdge, adjNode, weight } = this.graph;
    const { dist, hops, prevEdge, stamp, done, heap } = this;
    const round = ++this.round;
    heap.size = 0;
    stamp[from] = round;
    dist[from] = 0;
    hops[from] = 0;
    prevEdge[from] = -1;
    heap.push(this.bound(from, to), from);
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
        if (closed[e] || (alsoClosed && alsoClosed[e])) continue;
        const v = adjNode[k]!;
        if (done[v] === round) continue;
        const nd = d + weight[e]!;
        if (stamp[v] !== round || nd < dist[v]! || (nd === dist[v]! && (hu < hops[v]! || (hu === hops[v]! && e < prevEdge[v]!)))) {
          stamp[v] = round;
          dist[v] = nd;
          hops[v] = hu;
          prevEdge[v] = e;
          heap.push(nd + this.bound(v, to), v);
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
