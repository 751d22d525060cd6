import { MinHeap } from './heap';

/** A graph in compressed form: the edges of node u are edge[start[u] .. start[u + 1]), leading to to[...]. */
export interface CompressedGraph {
  start: Int32Array;
  edge: Int32Array;
  to: Int32Array;
}

/** Shortest-path labels, filled in place; `parent` (the previous node) only where the caller wants it. */
export interface Labels {
  dist: Float64Array;
  hops: Int32Array;
  prevEdge: Int32Array;
  parent?: Int32Array;
}

/**
 * Dijkstra over a binary heap from `source`, skipping `dead` edges. Ties are broken the same way every time:
 * the lower latency, then the fewer edges, then the lower edge index, so two callers over the same edges in the
 * same order find the same paths. With `wanted` (nodes marked 1, `remaining` of them), it stops once all are settled.
 */
export function settleFrom(
  graph: CompressedGraph,
  weight: Float64Array,
  source: number,
  labels: Labels,
  dead?: Uint8Array,
  wanted?: Uint8Array,
  remaining = 0,
): void {
  const { dist, hops, prevEdge, parent } = labels;
  const { start, edge, to } = graph;
  const settled = new Uint8Array(dist.length);
  const heap = new MinHeap(64);
  dist[source] = 0;
  hops[source] = 0;
  heap.push(0, source);
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (settled[u] || d > dist[u]!) continue;
    settled[u] = 1;
    if (wanted && wanted[u] && --remaining === 0) break;
    const hu = hops[u]! + 1;
    for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
      const e = edge[k]!;
      if (dead && dead[e]) continue;
      const v = to[k]!;
      if (settled[v]) continue;
      const nd = d + weight[e]!;
      const dv = dist[v]!;
      if (nd < dv || (nd === dv && (hu < hops[v]! || (hu === hops[v]! && e < prevEdge[v]!)))) {
        dist[v] = nd;
        hops[v] = hu;
        prevEdge[v] = e;
        if (parent) parent[v] = u;
        heap.push(nd, v);
      }
    }
  }
}

/** Both directions of each edge, grouped by node in edge order: what Graph keeps as adjStart, adjEdge and adjNode. */
export function compressedAdjacency(nodeCount: number, edges: readonly { a: number; b: number; index: number }[]) {
  const degree = new Int32Array(nodeCount + 1);
  for (const e of edges) {
    degree[e.a + 1]!++;
    degree[e.b + 1]!++;
  }
  const adjStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < nodeCount; n++) adjStart[n + 1] = adjStart[n]! + degree[n + 1]!;
  const fill = adjStart.slice(0, nodeCount);
  const adjEdge = new Int32Array(edges.length * 2);
  const adjNode = new Int32Array(edges.length * 2);
  for (const e of edges) {
    adjEdge[fill[e.a]!] = e.index;
    adjNode[fill[e.a]!++] = e.b;
    adjEdge[fill[e.b]!] = e.index;
    adjNode[fill[e.b]!++] = e.a;
  }
  return { adjStart, adjEdge, adjNode };
}
