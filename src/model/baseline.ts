import { PathFinder, assignFlows, assignmentEdges, delivery, edgeShares, parallelPaths, placementOrder } from './assignment';
import type { FlowAssignment, ParallelPath } from './assignment';
import { congestedEdges } from './capacity';
import type { EdgeLoad } from './capacity';
import { borderEdges, flowCountries, isolatedCountries } from './countries';
import { resolveCut } from './cuts';
import type { CutMask } from './cuts';
import type { Demand, Flow } from './demand';
import type { Graph } from './graph';
import type { CountryCode } from './ids';
import { routeFromTree, shortestPathTree } from './routing';
import type { Route } from './routing';

/**
 * The intact network routed once: what a UI keeps, and what every cut is
 * measured against. `applyCuts` recomputes only the flows a cut touches.
 */
export interface Baseline {
  graph: Graph;
  demand: Demand;
  /** The route of each flow, by flow index; null when it has none even intact. */
  routes: readonly (Route | null)[];
  /** Where each flow's volume is placed, by flow index. */
  assignment: readonly FlowAssignment[];
  /** Each flow's parallel paths in the intact network (its route first), by flow index; empty with no route. */
  parallels: readonly (readonly ParallelPath[])[];
  /** Tbit/s on each edge, by edge index. */
  load: Float64Array;
  /** What each edge delivers of what it is offered (1 unless it is over capacity), by edge index. */
  shares: Float64Array;
  /** The flows whose route or placement crosses each edge, by edge index, ascending. */
  flowsByEdge: readonly (readonly number[])[];
  /** Countries with no path abroad even intact (reported, never counted as a cut's effect). */
  isolated: readonly CountryCode[];
  congested: readonly EdgeLoad[];
  /** Per country: its traffic, how much of it is served, and its international capacity. */
  countries: ReadonlyMap<CountryCode, CountryTraffic>;
  /** Summed capacity of the edges crossing each country's border. */
  borders: ReadonlyMap<CountryCode, number>;
}

export interface CountryTraffic {
  /** Σ volume of the flows with an end in the country. */
  demandTbps: number;
  servedTbps: number;
  unservedTbps: number;
  /** Σ demand × delivered RTT (ms) over its flows that deliver anything: the baseline a cut's RTT rise is measured against. */
  rttWeightedMs: number;
  /** Summed capacity of the edges crossing its border. */
  borderTbps: number;
}

/**
 * Every country's traffic under a placement: what its flows ask for and what is
 * delivered (edges over capacity share out what they can carry).
 */
export function countryTraffic(
  graph: Graph,
  demand: Demand,
  assignment: readonly FlowAssignment[],
  share: Float64Array,
  borders: ReadonlyMap<CountryCode, number>,
): Map<CountryCode, CountryTraffic> {
  const countries = new Map<CountryCode, CountryTraffic>();
  for (const c of graph.countries) countries.set(c, { demandTbps: 0, servedTbps: 0, unservedTbps: 0, rttWeightedMs: 0, borderTbps: borders.get(c) ?? 0 });
  demand.flows.forEach((flow, f) => {
    const { deliveredTbps, rttMs } = delivery(assignment[f]!, share);
    const [from, to] = flowEnds(graph, flow);
    for (const c of flowCountries(graph, from, to)) {
      const t = countries.get(c)!;
      t.demandTbps += flow.tbps;
      t.servedTbps += deliveredTbps;
      t.unservedTbps += flow.tbps - deliveredTbps;
      if (!Number.isNaN(rttMs)) t.rttWeightedMs += flow.tbps * rttMs;
    }
  });
  return countries;
}

/** A flow's ends as node indices. */
export function flowEnds(graph: Graph, flow: Flow): [number, number] {
  return [graph.metroNode.get(flow.from)!, graph.metroNode.get(flow.to)!];
}

/**
 * Routes the given flows (all by default) over what survives `mask`: one
 * Dijkstra per source metro, stopping once that source's targets are settled.
 */
export function routeFlows(graph: Graph, flows: readonly Flow[], mask: CutMask, only?: readonly number[]): Map<number, Route | null> {
  const bySource = new Map<number, number[]>();
  for (const f of only ?? flows.map((x) => x.index)) {
    const [from] = flowEnds(graph, flows[f]!);
    const list = bySource.get(from);
    if (list) list.push(f);
    else bySource.set(from, [f]);
  }
  const out = new Map<number, Route | null>();
  for (const source of [...bySource.keys()].sort((a, b) => a - b)) {
    const list = bySource.get(source)!;
    const live = list.filter((f) => !mask.deadNodes[source] && !mask.deadNodes[flowEnds(graph, flows[f]!)[1]]);
    for (const f of list) out.set(f, null);
    if (live.length === 0) continue;
    const tree = shortestPathTree(graph, source, mask.dead, live.map((f) => flowEnds(graph, flows[f]!)[1]));
    for (const f of live) out.set(f, routeFromTree(graph, tree, flowEnds(graph, flows[f]!)[1]));
  }
  return out;
}

export function computeBaseline(graph: Graph, demand: Demand): Baseline {
  const mask = resolveCut(graph, {});
  const routed = routeFlows(graph, demand.flows, mask);
  const routes = demand.flows.map((f) => routed.get(f.index) ?? null);
  const load = new Float64Array(graph.edges.length);
  const finder = new PathFinder(graph);
  const parallels = routes.map((route) => (route ? parallelPaths(graph, route, mask, finder) : []));
  const placed = assignFlows(
    graph,
    demand.flows,
    (f) => (parallels[f]!.length ? parallels[f]! : null),
    (f) => routes[f] ?? null,
    mask,
    placementOrder(demand.flows),
    load,
    finder,
  );
  const assignment = demand.flows.map((f) => placed.get(f.index)!);
  const flowsByEdge: number[][] = graph.edges.map(() => []);
  demand.flows.forEach((_, f) => {
    const crossed = new Set([...(routes[f]?.edges ?? []), ...assignmentEdges(assignment[f]!)]);
    for (const e of [...crossed].sort((a, b) => a - b)) flowsByEdge[e]!.push(f);
  });
  const borders = new Map([...borderEdges(graph)].map(([c, b]) => [c, b.tbps]));
  const shares = edgeShares(graph, load);
  const countries = countryTraffic(graph, demand, assignment, shares, borders);
  return {
    graph,
    demand,
    routes,
    assignment,
    parallels,
    load,
    shares,
    flowsByEdge,
    isolated: isolatedCountries(graph),
    congested: congestedEdges(graph, load, graph.capacity),
    countries,
    borders,
  };
}
