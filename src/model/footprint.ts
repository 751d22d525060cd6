import type { Graph } from './graph';
import { MinHeap } from './heap';
import type { CableId, CountryCode, LandingId, MetroId } from './ids';

/**
 * Where each network may carry traffic (docs/MODEL.md, "Footprints"). A
 * footprint is a set of edges, kept as a closed-edge mask (1 = not its own) so
 * that Dijkstra can run over it unchanged, and a presence: the exchange nodes
 * where it can hand traffic over.
 */
export interface Footprint {
  closed: Uint8Array;
  presence: number[];
}

/** Opens edges in a closed-edge mask. */
export function openEdges(closed: Uint8Array, edges: Iterable<number>): void {
  for (const e of edges) closed[e] = 0;
}

/** The backhaul edges of a cable's landings that are in service in the graph's year. */
function cableBackhauls(graph: Graph, cable: CableId): number[] {
  const c = graph.cables.get(cable);
  if (!c) return [];
  const out: number[] = [];
  for (const lp of c.landingPoints) {
    const e = graph.edgeIndex.get(`backhaul:${lp}`);
    if (e !== undefined) out.push(e);
  }
  return out;
}

/** Every edge of a cable: its segments in service and the backhauls of its landings. */
export function wholeCable(graph: Graph, cable: CableId): number[] {
  return [...(graph.edgesByCable.get(cable) ?? []), ...cableBackhauls(graph, cable)];
}

/**
 * A carrier's footprint:
 * - sourced: the cables that list it among their carriers (owners and capacity holders) and the terrestrial links it operates;
 * - modelled (leased capacity): on any cable, the stretch between two of its landings whose metros hold the carrier's PoPs,
 *   passing the landings in between (a wavelength runs through them); any terrestrial link between two of its PoP metros;
 *   short chains of links between PoPs (landStretches); and the haul from its own cables' landings to its nearest PoP
 *   in the country (landingHauls).
 */
export function carrierFootprint(graph: Graph, carrier: string): Footprint {
  const bb = graph.backbone;
  const closed = new Uint8Array(graph.edges.length).fill(1);
  const popMetros = new Set((bb.popsByCarrier.get(carrier) ?? []).map((p) => p.metro));
  const presence = [...popMetros].map((m) => graph.exchangeNode.get(m as MetroId)).filter((n): n is number => n !== undefined);

  for (const cable of bb.cablesByCarrier.get(carrier) ?? []) openEdges(closed, wholeCable(graph, cable.id as CableId));
  for (const link of bb.linksByCarrier.get(carrier) ?? []) {
    const e = graph.edgesByLink.get(link.id as never);
    if (e !== undefined) closed[e] = 0;
  }
  const cablesAtPops = new Set<string>();
  for (const m of popMetros) for (const lp of bb.landingPointsByMetro.get(m) ?? []) for (const c of bb.cablesByLandingPoint.get(lp.id) ?? []) cablesAtPops.add(c.id);
  for (const id of cablesAtPops) {
    const cable = id as CableId;
    if (!graph.cables.has(cable)) continue;
    const ends = graph.cables.get(cable)!.landingPoints.filter((lp) => popMetros.has(bb.landingPoints.get(lp)?.metro ?? ''));
    const nodes = ends.map((lp) => graph.landingNode.get(lp as LandingId)).filter((n): n is number => n !== undefined);
    if (new Set(nodes.map((n) => graph.nodes[n]!.metro)).size < 2) continue;
    openEdges(closed, cableStretch(graph, cable, nodes));
  }
  for (const e of graph.edges) {
    if (e.kind === 'terrestrial' && popMetros.has(graph.nodes[e.a]!.metro) && popMetros.has(graph.nodes[e.b]!.metro)) closed[e.index] = 0;
  }
  openEdges(closed, landStretches(graph, presence));
  openEdges(closed, landingHauls(graph, bb.cablesByCarrier.get(carrier) ?? [], presence));
  return { closed, presence: presence.sort((a, b) => a - b) };
}

/** A carrier's backbone on land between two of its PoPs: at most this long, and this many links. */
const LAND_STRETCH_MAX_KM = 1500;
const LAND_STRETCH_MAX_LINKS = 3;

/**
 * Adds to `out` the shortest chains of terrestrial links (at most LAND_STRETCH_MAX_KM and LAND_STRETCH_MAX_LINKS) from
 * `start` to the nodes `isEnd` accepts: to every one of them, or only to the nearest; `mayPass` keeps the chains to some nodes.
 */
function addLandChains(graph: Graph, start: number, isEnd: (n: number) => boolean, out: Set<number>, options: { nearestOnly?: boolean; mayPass?: (n: number) => boolean } = {}): void {
  const dist = new Map<number, number>([[start, 0]]);
  const links = new Map<number, number>([[start, 0]]);
  const prev = new Map<number, number>();
  const heap = new MinHeap(16);
  heap.push(0, start);
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (d > dist.get(u)!) continue;
    if (u !== start && isEnd(u)) {
      for (let at = u; prev.has(at); ) {
        const e = prev.get(at)!;
        out.add(e);
        const edge = graph.edges[e]!;
        at = edge.a === at ? edge.b : edge.a;
      }
      if (options.nearestOnly) return;
    }
    if (links.get(u)! >= LAND_STRETCH_MAX_LINKS) continue;
    for (let k = graph.adjStart[u]!; k < graph.adjStart[u + 1]!; k++) {
      const e = graph.adjEdge[k]!;
      const edge = graph.edges[e]!;
      if (edge.kind !== 'terrestrial') continue;
      const v = graph.adjNode[k]!;
      if (options.mayPass && !options.mayPass(v)) continue;
      const nd = d + edge.lengthKm;
      if (nd <= LAND_STRETCH_MAX_KM && nd < (dist.get(v) ?? Infinity)) {
        dist.set(v, nd);
        links.set(v, links.get(u)! + 1);
        prev.set(v, e);
        heap.push(nd, v);
      }
    }
  }
}

/**
 * Modelled: between two of its PoP metros at most LAND_STRETCH_MAX_KM apart by land, a carrier
 * leases the shortest chain of terrestrial links (at most LAND_STRETCH_MAX_LINKS), passing the metros between.
 */
function landStretches(graph: Graph, exchanges: readonly number[]): number[] {
  const wanted = new Set(exchanges);
  const out = new Set<number>();
  for (const start of exchanges) addLandChains(graph, start, (n) => wanted.has(n), out);
  return [...out];
}

/**
 * Modelled: a carrier hauls what its own cables land at a metro where it has no PoP to its nearest PoP in the same
 * country, over the shortest chain of terrestrial links as in landStretches, as an owner carries its capacity from
 * the landing station to its routers (APG's Busan to Seoul). Without it, its cables ended at the landing: NTT's
 * Hong Kong–Seoul went by Japan (64 ms, where Azure measures 39).
 */
function landingHauls(graph: Graph, cables: readonly { id: string }[], pops: readonly number[]): number[] {
  const isPop = new Set(pops);
  const starts = new Set<number>();
  for (const cable of cables) {
    for (const lp of graph.cables.get(cable.id as CableId)?.landingPoints ?? []) {
      const metro = graph.backbone.landingPoints.get(lp)?.metro;
      const x = metro === undefined ? undefined : graph.exchangeNode.get(metro as MetroId);
      if (x !== undefined && !isPop.has(x)) starts.add(x);
    }
  }
  const out = new Set<number>();
  for (const start of starts) {
    const country = graph.nodes[start]!.country;
    addLandChains(graph, start, (n) => isPop.has(n), out, { nearestOnly: true, mayPass: (n) => graph.nodes[n]!.country === country });
  }
  return [...out];
}

/**
 * Every country's access networks' own footprint, in one pass over the edges: its metros (access and
 * exchange, joined by the interconnect), and the fibre that lies wholly inside the country (domestic
 * cables and links, backhaul of its landings).
 */
export function countryFootprints(graph: Graph, countries: readonly CountryCode[]): Map<CountryCode, Footprint> {
  const out = new Map<CountryCode, Footprint>(countries.map((c) => [c, { closed: new Uint8Array(graph.edges.length).fill(1), presence: [] }]));
  for (const e of graph.edges) {
    const country = graph.nodes[e.a]!.country;
    if (graph.nodes[e.b]!.country === country) {
      const footprint = out.get(country);
      if (footprint) footprint.closed[e.index] = 0;
    }
  }
  for (const [metro, n] of graph.exchangeNode) if (graph.metroNode.has(metro)) out.get(graph.nodes[n]!.country)?.presence.push(n);
  for (const footprint of out.values()) footprint.presence.sort((a, b) => a - b);
  return out;
}

/**
 * The segments of one cable that join the given landing nodes: for every pair,
 * the latency-shortest path along the cable, and the backhauls at the ends.
 */
function cableStretch(graph: Graph, cable: CableId, ends: readonly number[]): number[] {
  const segments = graph.edgesByCable.get(cable) ?? [];
  const adjacency = new Map<number, { edge: number; to: number }[]>();
  for (const e of segments) {
    const edge = graph.edges[e]!;
    for (const [x, y] of [[edge.a, edge.b], [edge.b, edge.a]] as const) {
      const list = adjacency.get(x) ?? [];
      list.push({ edge: e, to: y });
      adjacency.set(x, list);
    }
  }
  const out = new Set<number>();
  for (const n of ends) {
    const backhaul = graph.edgeIndex.get(`backhaul:${graph.nodes[n]!.id}`);
    if (backhaul !== undefined) out.add(backhaul);
  }
  const unique = [...new Set(ends)];
  for (let i = 0; i < unique.length; i++) {
    // Dijkstra along the cable from one end; every later end reached adds its path.
    const dist = new Map<number, number>([[unique[i]!, 0]]);
    const prev = new Map<number, number>();
    const heap = new MinHeap(16);
    heap.push(0, unique[i]!);
    while (heap.size > 0) {
      const d = heap.peekKey();
      const u = heap.pop();
      if (d > dist.get(u)!) continue;
      for (const { edge, to } of adjacency.get(u) ?? []) {
        const nd = d + graph.weight[edge]!;
        if (nd < (dist.get(to) ?? Infinity)) {
          dist.set(to, nd);
          prev.set(to, edge);
          heap.push(nd, to);
        }
      }
    }
    for (let j = i + 1; j < unique.length; j++) {
      for (let at = unique[j]!; prev.has(at); ) {
        const e = prev.get(at)!;
        out.add(e);
        const edge = graph.edges[e]!;
        at = edge.a === at ? edge.b : edge.a;
      }
    }
  }
  return [...out];
}
