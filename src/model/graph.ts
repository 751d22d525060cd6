import { DAY_PATTERN } from '../data/days';
import type { Backbone } from '../data/normalize';
import { backboneIn, carriesTrafficIn, isSegmentActiveIn } from '../data/normalize';
import type { Cable, LonLat } from '../data/schema';
import { polylineLengthKm } from '../geo/landCrossing';
import { DEFAULT_CAPACITY, estimateCableTbps } from './capacity';
import { compressedAdjacency } from './dijkstra';
import type { CapacityModel } from './capacity';
import { ModelInputError } from './ids';
import type { CableId, CountryCode, EdgeId, LandingId, LinkId, MetroId, NodeId } from './ids';
import { DEFAULT_LATENCY, edgeLatencyMs, greatCircleKm } from './latency';
import type { EdgeKind, LatencyModel } from './latency';

/**
 * The network as a graph (docs/MODEL.md, "Graph"). A metro is two nodes: its
 * access point (the metro id), where its demand starts and ends, and its
 * exchange (`exchange:ID`), where carriers interconnect at IXPs and PoPs and
 * every long-haul edge attaches. The `interconnect` edge joins the two.
 * Landing stations are nodes of their own, joined to their metro's exchange by backhaul.
 */
type NodeKind = 'metro' | 'exchange' | 'landing';

interface GraphNode {
  id: NodeId;
  index: number;
  kind: NodeKind;
  name: string;
  /** The metro it belongs to; for a landing point, the metro it backhauls to. */
  metro: MetroId;
  country: CountryCode;
  lonLat: LonLat;
}

interface GraphEdge {
  id: EdgeId;
  index: number;
  kind: EdgeKind;
  name: string;
  /** Node indices of its ends, in the dataset's order. */
  a: number;
  b: number;
  cable?: CableId;
  /** Index of the segment within its cable. */
  segment?: number;
  link?: LinkId;
  /** Carrier ids that own or light it. */
  carriers: readonly string[];
  lengthKm: number;
  /** Where the length comes from: a drawn route, a published length, or great circle × slack. */
  lengthFrom: 'route' | 'published' | 'estimate';
  /** One-way latency in ms (propagation + hop cost). */
  latencyMs: number;
  capacityTbps: number;
  /** Geometry, [lon, lat] points: the drawn route or the two ends. */
  route: readonly LonLat[];
}

export interface Graph {
  backbone: Backbone;
  /** The network as it stood in this year. */
  year: number;
  /** The day within `year` it stood as, for an incident's replay (YYYY-MM-DD); undefined for the whole year. */
  day?: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  nodeIndex: ReadonlyMap<string, number>;
  edgeIndex: ReadonlyMap<string, number>;
  /** Compressed adjacency: the edges of node n are adjEdge[adjStart[n] .. adjStart[n + 1]), leading to adjNode[...]. */
  adjStart: Int32Array;
  adjEdge: Int32Array;
  adjNode: Int32Array;
  /** Edge latencies (ms), the routing weights. */
  weight: Float64Array;
  /** Cables in service that year, by id. */
  cables: ReadonlyMap<CableId, Cable>;
  edgesByCable: ReadonlyMap<CableId, readonly number[]>;
  edgesByLink: ReadonlyMap<LinkId, number>;
  /** A metro's access node (where demand starts and ends) and exchange node. */
  metroNode: ReadonlyMap<MetroId, number>;
  exchangeNode: ReadonlyMap<MetroId, number>;
  landingNode: ReadonlyMap<LandingId, number>;
  /** Countries present, sorted, and the nodes that stand for each: its metros, or its landing points if it has no metro. */
  countries: readonly CountryCode[];
  countryNodes: ReadonlyMap<CountryCode, readonly number[]>;
  latency: LatencyModel;
  capacity: CapacityModel;
}

export interface GraphOptions {
  /** The network as it stood this year: cables not yet in service or already retired are left out. Default: the dataset's date. */
  year?: number;
  /**
   * The network as it stood on this day (YYYY-MM-DD, in `year` when both are given): as `year`, and also without
   * the cables and sections whose `rfsDate` is later that year. Replays of incidents use it.
   */
  day?: string;
  /** Latency constants; default DEFAULT_LATENCY. */
  latency?: LatencyModel;
  /** Capacity constants; default DEFAULT_CAPACITY. */
  capacity?: CapacityModel;
}

/** Throws ModelInputError unless `year` is a whole year the dataset covers. */
function checkYear(backbone: Backbone, year: number): void {
  const { min, max } = backbone.years;
  if (!Number.isInteger(year) || year < min || year > max) {
    throw new ModelInputError(`year ${year} is outside the years the dataset covers (${min}–${max})`);
  }
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildGraph(dataset: Backbone, options: GraphOptions = {}): Graph {
  const { day } = options;
  if (day !== undefined && !DAY_PATTERN.test(day)) throw new ModelInputError(`day "${day}" must be a date written YYYY-MM-DD`);
  const year = options.year ?? (day ? Number(day.slice(0, 4)) : dataset.years.asOf);
  if (day !== undefined && Number(day.slice(0, 4)) !== year) throw new ModelInputError(`day ${day} is not in year ${year}`);
  checkYear(dataset, year);
  // The network as it stood that year, as the map shows it: the engine routes over nothing the map leaves out.
  const backbone = backboneIn(dataset, year);
  const latency = options.latency ?? DEFAULT_LATENCY;
  const capacity = options.capacity ?? DEFAULT_CAPACITY;
  const d = backbone.dataset;

  const cables = d.cables.filter((c) => carriesTrafficIn(c, year, backbone.years.asOf, day)).sort((x, y) => byCodeUnit(x.id, y.id));
  const cableTbps = new Map(cables.map((c) => [c.id, c.capacityTbps ?? estimateCableTbps(c.rfs, capacity)]));
  const activeLandings = new Map<string, Cable[]>();
  for (const c of cables) for (const lp of c.landingPoints) activeLandings.set(lp, [...(activeLandings.get(lp) ?? []), c]);

  // Nodes, sorted by id so that every index (and so every tie-break) is independent of the file's order.
  type Draft = Omit<GraphNode, 'index'>;
  const drafts: Draft[] = [];
  for (const m of d.metros) {
    const base = { metro: m.id as MetroId, country: m.country as CountryCode, lonLat: [m.lon, m.lat] as LonLat };
    drafts.push({ id: m.id as NodeId, kind: 'metro', name: m.name, ...base });
    drafts.push({ id: `exchange:${m.id}` as NodeId, kind: 'exchange', name: `${m.name} exchange`, ...base });
  }
  for (const lp of d.landingPoints) {
    if (!activeLandings.has(lp.id)) continue;
    drafts.push({ id: lp.id as NodeId, kind: 'landing', name: lp.name, metro: lp.metro as MetroId, country: lp.country as CountryCode, lonLat: [lp.lon, lp.lat] });
  }
  drafts.sort((x, y) => byCodeUnit(x.id, y.id));
  // Written out field by field (same order as the drafts): objects built by spreading each get a hidden class of
  // their own in V8, and every read of a node's or an edge's field in the engine's loops then takes the slow path.
  const nodes: GraphNode[] = drafts.map(({ id, kind, name, metro, country, lonLat }, index) => ({ id, kind, name, metro, country, lonLat, index }));
  const nodeIndex = new Map(nodes.map((n) => [n.id as string, n.index]));
  const at = (id: string) => nodeIndex.get(id)!;

  // Edges.
  type EdgeDraft = Omit<GraphEdge, 'index' | 'latencyMs'>;
  const edges: EdgeDraft[] = [];
  const measure = (a: number, b: number, route: readonly LonLat[] | undefined, published: number | undefined, slack: number, routeFactor = 1) => {
    const gc = greatCircleKm(nodes[a]!.lonLat, nodes[b]!.lonLat);
    // Never shorter than the great circle between its ends: this is what keeps every RTT above the fibre floor.
    if (route) return { lengthKm: Math.max(gc, routeFactor * polylineLengthKm(route)), lengthFrom: 'route' as const };
    if (published !== undefined) return { lengthKm: Math.max(gc, published), lengthFrom: 'published' as const };
    return { lengthKm: gc * slack, lengthFrom: 'estimate' as const };
  };

  for (const m of d.metros) {
    const a = at(m.id);
    const b = at(`exchange:${m.id}`);
    const pops = backbone.popsByMetro.get(m.id) ?? [];
    const ixps = backbone.ixpsByMetro.get(m.id) ?? []; // the year's exchanges: backboneIn left out the rest
    const ixTbps = ixps.reduce((sum, x) => sum + (x.peakTraffic?.tbps ?? 0), 0);
    edges.push({
      id: `ix:${m.id}` as EdgeId,
      kind: 'interconnect',
      name: `${m.name} interconnection`,
      a,
      b,
      carriers: [...new Set(pops.map((p) => p.carrier))].sort(byCodeUnit),
      lengthKm: 0,
      lengthFrom: 'estimate',
      // Set below, once the long-haul edges attached to the exchange are known.
      capacityTbps: Math.max(capacity.minInterconnectTbps, ixTbps + capacity.perPopTbps * pops.length),
      route: [nodes[a]!.lonLat, nodes[b]!.lonLat],
    });
  }
  for (const [lpId, landing] of activeLandings) {
    const lp = backbone.landingPoints.get(lpId)!;
    const a = at(lpId);
    const b = at(`exchange:${lp.metro}`);
    edges.push({
      id: `backhaul:${lpId}` as EdgeId,
      kind: 'backhaul',
      name: `${lp.name} backhaul to ${backbone.metros.get(lp.metro)?.name ?? lp.metro}`,
      a,
      b,
      carriers: [...new Set(landing.flatMap((c) => c.carriers ?? []))].sort(byCodeUnit),
      ...measure(a, b, undefined, undefined, latency.backhaulSlack),
      capacityTbps: landing.reduce((sum, c) => sum + cableTbps.get(c.id)!, 0),
      route: [nodes[a]!.lonLat, nodes[b]!.lonLat],
    });
  }
  for (const c of cables) {
    c.segments.forEach((seg, i) => {
      // A section finished after the rest of its cable carries nothing before then (its edge is absent; a cut of it is reported as such).
      if (!isSegmentActiveIn(c, i, year, day)) return;
      const a = at(seg.from);
      const b = at(seg.to);
      edges.push({
        id: `seg:${c.id}:${i}` as EdgeId,
        kind: 'segment',
        name: `${c.name} (${nodes[a]!.name} – ${nodes[b]!.name})`,
        a,
        b,
        cable: c.id as CableId,
        segment: i,
        carriers: [...(c.carriers ?? [])].sort(byCodeUnit),
        ...measure(a, b, seg.route, undefined, latency.seaSlack, latency.seaRouteFactor),
        capacityTbps: cableTbps.get(c.id)!,
        route: seg.route ?? [nodes[a]!.lonLat, nodes[b]!.lonLat],
      });
    });
  }
  for (const l of d.terrestrialLinks) {
    const a = at(`exchange:${l.from}`);
    const b = at(`exchange:${l.to}`);
    const ends = `${backbone.metros.get(l.from)?.name ?? l.from} – ${backbone.metros.get(l.to)?.name ?? l.to}`;
    edges.push({
      id: `link:${l.id}` as EdgeId,
      kind: 'terrestrial',
      name: l.name ?? ends,
      a,
      b,
      link: l.id as LinkId,
      carriers: [...l.carriers].sort(byCodeUnit),
      ...measure(a, b, l.route, l.lengthKm, latency.landSlack, latency.landRouteFactor),
      // Each operator lights its own fibre pairs along a corridor: with no published figure, the default per operator.
      capacityTbps: l.capacityTbps ?? capacity.terrestrialTbps * Math.max(1, l.carriers.length),
      route: l.route ?? [nodes[a]!.lonLat, nodes[b]!.lonLat],
    });
  }
  // A metro's exchange can always pass what its long-haul edges bring: the interconnect is never sized below that.
  const attached = new Map<number, number>();
  for (const e of edges) {
    if (e.kind === 'interconnect') continue;
    for (const n of [e.a, e.b]) if (nodes[n]!.kind === 'exchange') attached.set(n, (attached.get(n) ?? 0) + e.capacityTbps);
  }
  for (const e of edges) if (e.kind === 'interconnect') e.capacityTbps = Math.max(e.capacityTbps, attached.get(e.b) ?? 0);
  edges.sort((x, y) => byCodeUnit(x.id, y.id));
  const finalEdges: GraphEdge[] = edges.map((e, index) => finalEdge(e, index, edgeLatencyMs(e.kind, e.lengthKm, latency)));

  return {
    backbone,
    year,
    ...(day !== undefined && { day }),
    nodes,
    edges: finalEdges,
    nodeIndex,
    edgeIndex: new Map(finalEdges.map((e) => [e.id as string, e.index])),
    ...compressedAdjacency(nodes.length, finalEdges),
    weight: Float64Array.from(finalEdges, (e) => e.latencyMs),
    cables: new Map(cables.map((c) => [c.id as CableId, c])),
    edgesByCable: groupIndices(finalEdges, (e) => e.cable),
    edgesByLink: new Map(finalEdges.filter((e) => e.link).map((e) => [e.link!, e.index])),
    metroNode: new Map(nodes.filter((n) => n.kind === 'metro').map((n) => [n.metro, n.index])),
    exchangeNode: new Map(nodes.filter((n) => n.kind === 'exchange').map((n) => [n.metro, n.index])),
    landingNode: new Map(nodes.filter((n) => n.kind === 'landing').map((n) => [n.id as string as LandingId, n.index])),
    ...countryPresence(nodes),
    latency,
    capacity,
  };
}

/** An edge in its final form, field by field in the drafts' order (see the nodes above for why not a spread). */
function finalEdge(e: Omit<GraphEdge, 'index' | 'latencyMs'>, index: number, latencyMs: number): GraphEdge {
  const { id, kind, name, a, b, carriers, lengthKm, lengthFrom, capacityTbps, route } = e;
  if (e.cable !== undefined) return { id, kind, name, a, b, cable: e.cable, segment: e.segment, carriers, lengthKm, lengthFrom, capacityTbps, route, index, latencyMs };
  if (e.link !== undefined) return { id, kind, name, a, b, link: e.link, carriers, lengthKm, lengthFrom, capacityTbps, route, index, latencyMs };
  return { id, kind, name, a, b, carriers, lengthKm, lengthFrom, capacityTbps, route, index, latencyMs };
}

function groupIndices<K>(edges: readonly GraphEdge[], key: (e: GraphEdge) => K | undefined): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  for (const e of edges) {
    const k = key(e);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(e.index);
    else groups.set(k, [e.index]);
  }
  return groups;
}

function countryPresence(nodes: readonly GraphNode[]) {
  const metros = new Map<CountryCode, number[]>();
  const landings = new Map<CountryCode, number[]>();
  for (const n of nodes) {
    const into = n.kind === 'metro' ? metros : n.kind === 'landing' ? landings : undefined;
    if (!into) continue;
    const list = into.get(n.country);
    if (list) list.push(n.index);
    else into.set(n.country, [n.index]);
  }
  const countries = [...new Set([...metros.keys(), ...landings.keys()])].sort(byCodeUnit);
  const countryNodes = new Map(countries.map((c) => [c, metros.get(c) ?? landings.get(c)!]));
  return { countries, countryNodes };
}
