import type { CutMask } from './cuts';
import type { Graph } from './graph';
import type { CountryCode } from './ids';

/**
 * Countries cut off. The rest of the world is the connected part of the
 * surviving network that holds the most countries (ties: the most nodes, then
 * the lowest node index). A country is isolated when none of its surviving
 * nodes (its metros, or its landing stations if it has no metro) lies in it.
 * Satellite links are not modelled (docs/MODEL.md).
 */
export function isolatedCountries(graph: Graph, mask?: CutMask): CountryCode[] {
  const parts = componentsOf(graph, mask);
  const find = (x: number) => parts[x]!;
  const countriesIn = new Map<number, Set<CountryCode>>();
  const nodesIn = new Map<number, number>();
  for (const [country, nodes] of graph.countryNodes) {
    for (const node of nodes) {
      if (mask?.deadNodes[node]) continue;
      const root = find(node);
      const set = countriesIn.get(root) ?? new Set<CountryCode>();
      set.add(country);
      countriesIn.set(root, set);
      nodesIn.set(root, (nodesIn.get(root) ?? 0) + 1);
    }
  }
  let core = -1;
  for (const [root, set] of countriesIn) {
    const best = countriesIn.get(core);
    const better =
      !best ||
      set.size > best.size ||
      (set.size === best.size && (nodesIn.get(root)! > nodesIn.get(core)! || (nodesIn.get(root) === nodesIn.get(core) && root < core)));
    if (better) core = root;
  }
  return graph.countries.filter((country) => !graph.countryNodes.get(country)!.some((node) => !mask?.deadNodes[node] && find(node) === core));
}

const intactComponents = new WeakMap<Graph, Int32Array>();
const cutComponents = new WeakMap<CutMask, Int32Array>();

/**
 * Each node's connected part of what survives `mask` (the whole graph without one), named by its lowest node
 * index. Worked out once per graph and once per cut: the isolated countries and the routing of a cut both ask.
 */
export function componentsOf(graph: Graph, mask?: CutMask): Int32Array {
  const known = mask ? cutComponents.get(mask) : intactComponents.get(graph);
  if (known) return known;
  const n = graph.nodes.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const { adjStart, adjEdge, adjNode } = graph;
  const dead = mask?.dead;
  for (let u = 0; u < n; u++) {
    for (let k = adjStart[u]!, end = adjStart[u + 1]!; k < end; k++) {
      const v = adjNode[k]!;
      if (v <= u || (dead && dead[adjEdge[k]!])) continue;
      const ru = find(u);
      const rv = find(v);
      // The lower root wins, so that a part is named by its lowest node.
      if (ru !== rv) parent[Math.max(ru, rv)] = Math.min(ru, rv);
    }
  }
  for (let i = 0; i < n; i++) parent[i] = find(i);
  if (mask) cutComponents.set(mask, parent);
  else intactComponents.set(graph, parent);
  return parent;
}

/**
 * Edges that cross each country's border (their ends lie in different
 * countries), and their summed capacity: the country's international capacity.
 */
export function borderEdges(graph: Graph): Map<CountryCode, { edges: number[]; tbps: number }> {
  const out = new Map<CountryCode, { edges: number[]; tbps: number }>();
  for (const e of graph.edges) {
    const ca = graph.nodes[e.a]!.country;
    const cb = graph.nodes[e.b]!.country;
    if (ca === cb) continue;
    for (const c of [ca, cb]) {
      const entry = out.get(c) ?? { edges: [], tbps: 0 };
      entry.edges.push(e.index);
      entry.tbps += e.capacityTbps;
      out.set(c, entry);
    }
  }
  return out;
}

/** The countries a flow between two metros touches: one or two. */
export function flowCountries(graph: Graph, from: number, to: number): CountryCode[] {
  const a = graph.nodes[from]!.country;
  const b = graph.nodes[to]!.country;
  return a === b ? [a] : [a, b];
}

interface Marks {
  mark: Int32Array;
  generation: number;
}
const marksOf = new WeakMap<Graph, Marks>();

/**
 * True when `mask` leaves the network's connected parts as they were: it cuts no node, and the two ends of every
 * dead edge still reach each other without the dead edges, so any path that crossed one has a way round it. Each
 * check is a search from both ends that stops when they meet, or when the smaller side runs out: near the cut for
 * most cables, where `componentsOf` walks the whole graph.
 */
export function partsUnchanged(graph: Graph, mask: CutMask): boolean {
  let unchanged = unchangedByMask.get(mask);
  if (unchanged === undefined) unchangedByMask.set(mask, (unchanged = searchPartsUnchanged(graph, mask)));
  return unchanged;
}

const unchangedByMask = new WeakMap<CutMask, boolean>();

function searchPartsUnchanged(graph: Graph, mask: CutMask): boolean {
  if (mask.deadNodes.includes(1)) return false;
  let marks = marksOf.get(graph);
  if (!marks) marksOf.set(graph, (marks = { mark: new Int32Array(graph.nodes.length), generation: 0 }));
  for (const e of mask.deadEdges) {
    const { a, b } = graph.edges[e]!;
    if (a !== b && !stillJoined(graph, mask.dead, marks, a, b)) return false;
  }
  return true;
}

function stillJoined(graph: Graph, dead: Uint8Array, marks: Marks, a: number, b: number): boolean {
  if (marks.generation > 0x3ffffff0) {
    marks.mark.fill(0);
    marks.generation = 0;
  }
  // One search's marks: 2g + 1 for the side of a, 2g + 2 for the side of b; older searches' marks are below.
  const sideA = 2 * ++marks.generation + 1;
  const sideB = sideA + 1;
  const { mark } = marks;
  const { adjStart, adjEdge, adjNode } = graph;
  mark[a] = sideA;
  mark[b] = sideB;
  let fromA = [a];
  let fromB = [b];
  while (fromA.length && fromB.length) {
    const expandA = fromA.length <= fromB.length;
    const frontier = expandA ? fromA : fromB;
    const own = expandA ? sideA : sideB;
    const other = expandA ? sideB : sideA;
    const next: number[] = [];
    for (const x of frontier) {
      for (let k = adjStart[x]!, end = adjStart[x + 1]!; k < end; k++) {
        if (dead[adjEdge[k]!]) continue;
        const y = adjNode[k]!;
        if (mark[y] === other) return true;
        if (mark[y] !== own) {
          mark[y] = own;
          next.push(y);
        }
      }
    }
    if (expandA) fromA = next;
    else fromB = next;
  }
  return false;
}
