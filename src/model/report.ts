import type { Baseline } from './baseline';
import type { EdgeLoad } from './capacity';
import type { Corridor } from './corridors';
import type { CableCriticality } from './criticality';
import type { Impact } from './failover';
import type { CountryImpact } from './countryImpact';
import type { Graph } from './graph';
import type { MetroId } from './ids';
import { fibreFloorRttMs } from './latency';
import { hopElements, routePath } from './routing';
import type { Route } from './routing';
import type { SatelliteFallback } from './satellite';

/**
 * Results as plain JSON-ready objects, numbers rounded for people: what the
 * command line prints with --json and what a worker can post to the UI.
 */
export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function statsJson(baseline: Baseline) {
  const { graph, demand } = baseline;
  const edges = { segment: 0, backhaul: 0, terrestrial: 0, interconnect: 0, total: graph.edges.length };
  for (const e of graph.edges) edges[e.kind]++;
  const kinds = { metro: 0, exchange: 0, landing: 0 };
  for (const n of graph.nodes) kinds[n.kind]++;
  return {
    year: graph.year,
    ...(graph.day !== undefined && { day: graph.day }),
    nodes: { metros: kinds.metro, exchanges: kinds.exchange, landingPoints: kinds.landing, total: graph.nodes.length },
    edges,
    cables: graph.cables.size,
    terrestrialLinks: graph.edgesByLink.size,
    countries: graph.countries.length,
    flows: demand.flows.length,
    demandTbps: round(demand.totalTbps),
    routedShare: round(demand.routedShare, 3),
    demandBasis: demand.basis,
    isolatedAtBaseline: baseline.isolated,
    congestedAtBaseline: baseline.congested.length,
    utilisation: utilisationStats(baseline),
    networks: { carriers: baseline.layer.networks.filter((n) => n.kind === 'carrier').length, access: baseline.layer.accessOf.size },
    unroutedAtBaseline: baseline.routes.filter((r) => !r).length,
    unplacedAtBaseline: unplacedStats(baseline),
  };
}

/** The flows whose volume found no room on the intact network (left unplaced, not offered as congestion), and how much. */
function unplacedStats(baseline: Baseline): { flows: number; tbps: number } {
  let flows = 0;
  let tbps = 0;
  for (const a of baseline.assignment) {
    if (a.unplacedTbps <= 0) continue;
    flows++;
    tbps += a.unplacedTbps;
  }
  return { flows, tbps: round(tbps, 3) };
}

/** Utilisation (load / capacity) of the long-haul edges that carry anything at baseline: median, 95th percentile, maximum. */
function utilisationStats(baseline: Baseline): { p50: number; p95: number; max: number } {
  const values: number[] = [];
  baseline.graph.edges.forEach((e, i) => {
    if ((e.kind === 'segment' || e.kind === 'terrestrial') && baseline.load[i]! > 0 && e.capacityTbps > 0) values.push(baseline.load[i]! / e.capacityTbps);
  });
  values.sort((a, b) => a - b);
  const at = (q: number) => (values.length ? values[Math.min(values.length - 1, Math.floor(q * values.length))]! : 0);
  return { p50: round(at(0.5), 2), p95: round(at(0.95), 2), max: round(values[values.length - 1] ?? 0, 2) };
}

/** A route's AS path for people and machines: each network with its ASN and where it hands over. */
export function asPathJson(graph: Graph, route: Route | null) {
  const elements = route ? hopElements(graph, route) : [];
  return (route?.asPath ?? []).map((h, i) => ({
    carrier: h.id,
    asn: h.asn,
    name: h.name,
    from: graph.nodes[h.entry]!.metro,
    to: graph.nodes[h.exit]!.metro,
    next: h.next,
    /** The cables and terrestrial links this network carries the route over, in route order. */
    elements: elements[i] ?? [],
  }));
}

export function routeJson(graph: Graph, a: string, b: string, route: Route | null, cuts: readonly string[] = []) {
  const floor = fibreFloorRttMs(graph.nodes[graph.metroNode.get(a as MetroId)!]!.lonLat, graph.nodes[graph.metroNode.get(b as MetroId)!]!.lonLat);
  return {
    from: a,
    to: b,
    year: graph.year,
    ...(graph.day !== undefined && { day: graph.day }),
    cuts,
    rttMs: route ? round(route.rttMs) : null,
    floorMs: round(floor),
    path: route ? routePath(graph, route) : [],
    lengthKm: route ? Math.round(route.lengthKm) : null,
    cables: route?.cables ?? [],
    links: route?.links ?? [],
    carriers: route?.carriers ?? [],
    asPath: asPathJson(graph, route),
  };
}

function edgeLoadJson(c: EdgeLoad) {
  return {
    edge: c.edge,
    name: c.name,
    kind: c.kind,
    ...(c.cable ? { cable: c.cable } : {}),
    ...(c.link ? { link: c.link } : {}),
    utilisation: round(c.utilisation, 2),
    loadTbps: round(c.loadTbps),
    capacityTbps: round(c.capacityTbps),
  };
}

export function impactJson(baseline: Baseline, impact: Impact, cuts: readonly string[] = []) {
  const { graph } = baseline;
  return {
    year: graph.year,
    ...(graph.day !== undefined && { day: graph.day }),
    cuts,
    isolated: impact.isolated,
    // Only when some isolated country has a satellite path: every other result prints exactly as before.
    ...(impact.onSatellite.length ? { onSatellite: impact.onSatellite.map(satelliteJson) } : {}),
    degraded: impact.degraded.map(countryImpactJson),
    rerouted: impact.rerouted.length,
    stranded: impact.stranded.length,
    replaced: impact.replaced,
    /** Edges the cut pushed over capacity or further over it; `congestedTotal` counts every edge over capacity. */
    congested: impact.worsened.map(edgeLoadJson),
    congestedTotal: impact.congested.length,
    congestedAtBaseline: baseline.congested.length,
    reroutedFlows: impact.rerouted.map((r) => ({
      from: r.flow.from,
      to: r.flow.to,
      tbps: round(r.flow.tbps, 2),
      rttBeforeMs: round(r.before.rttMs),
      rttAfterMs: round(r.after.rttMs),
      rttIncreaseMs: round(r.rttIncreaseMs),
      failover: r.failover,
      before: routePath(graph, r.before),
      after: routePath(graph, r.after),
      asPathBefore: asPathJson(graph, r.before).map((h) => h.carrier),
      asPathAfter: asPathJson(graph, r.after).map((h) => h.carrier),
    })),
    strandedFlows: impact.stranded.map((s) => ({ from: s.flow.from, to: s.flow.to, tbps: round(s.flow.tbps, 2) })),
  };
}

/** An isolated country's satellite backup, numbers rounded: what --json prints and the panel shows. */
export function satelliteJson(s: SatelliteFallback) {
  return {
    country: s.country,
    kind: s.kind,
    operators: [...s.operators],
    gateway: s.gateway,
    from: s.from,
    capacityGbps: round(s.capacityGbps, 2),
    rttMs: round(s.rttMs),
    demandGbps: round(s.demandGbps, 2),
    shareOfDemandPct: round(s.shareOfDemandPct),
    records: [...s.records],
  };
}

/** One country's impact, numbers rounded: the names the panel, the export and the embed events use too. */
export function countryImpactJson(d: CountryImpact) {
  return {
    country: d.country,
    severity: d.severity,
    rttIncreaseMs: round(d.rttIncreaseMs),
    rttIncreasePct: round(d.rttIncreasePct),
    trafficReroutedPct: round(d.trafficReroutedPct),
    trafficMovedPct: round(d.trafficMovedPct),
    unservedPct: round(d.unservedPct),
    borderCapacityLostPct: round(d.borderCapacityLostPct),
    capacityLostTbps: round(d.capacityLostTbps, 2),
    reroutedFlows: d.reroutedFlows,
    strandedFlows: d.strandedFlows,
  };
}

export function criticalJson(ranking: readonly CableCriticality[], corridors: readonly Corridor[]) {
  return {
    cables: ranking.map((c, i) => ({
      rank: i + 1,
      cable: c.cable,
      name: c.name,
      isolated: c.isolated,
      strandedFlows: c.strandedFlows,
      strandedTbps: round(c.strandedTbps, 2),
      reroutedFlows: c.reroutedFlows,
      reroutedTbps: round(c.reroutedTbps, 2),
      addedLatencyTbpsMs: round(c.addedLatency),
      degraded: c.degraded,
      newlyCongested: c.newlyCongested,
    })),
    corridors: corridors.map((c) => ({ near: c.near, center: c.center, peakCables: c.peakCables, cables: c.cables, cells: c.cells, bounds: c.bounds })),
  };
}
