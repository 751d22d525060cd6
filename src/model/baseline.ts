import { PathFinder, assignFlows, parallelPaths, placementOrder, spreadFlows } from './assignment';
import { deliveredOf, edgeShares } from './delivery';
import type { FlowAssignment, ParallelPath } from './assignment';
import { congestedEdges } from './capacity';
import type { EdgeLoad } from './capacity';
import { borderEdges, flowCountries, isolatedCountries } from './countries';
import { resolveCut } from './cuts';
import type { Demand, Flow } from './demand';
import type { Graph } from './graph';
import type { CountryCode } from './ids';
import { flowFootprint, toRoute } from './flowRoutes';
import { buildNetworks } from './networks';
import type { NetworkLayer } from './networks';
import { PolicyRouter } from './policyRouting';
import type { Route } from './routing';

/**
 * The intact network routed once: what a UI keeps, and what every cut is
 * measured against. `applyCuts` recomputes only the flows a cut touches.
 */
export interface Baseline {
  graph: Graph;
  demand: Demand;
  /** The networks, their footprints and relationships. */
  layer: NetworkLayer;
  /** Routes by BGP policy over the intact network; a cut's router reuses what it computed. */
  router: PolicyRouter;
  /** Each flow's footprint (the networks on its AS path) as a closed-edge mask, by flow index; undefined with no route. */
  footprints: readonly (Uint8Array | undefined)[];
  /** The route of each flow, by flow index; null when it has none even intact. */
  routes: readonly (Route | null)[];
  /** Where each flow's volume is placed, by flow index. */
  assignment: readonly FlowAssignment[];
  /** Each flow's parallel paths in the intact network (its route first; only the route for the small flows, see SPREAD_SHARE), by flow index; empty with no route. */
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

interface CountryTraffic {
  /** Σ volume of the flows with an end in the country. */
  demandTbps: number;
  servedTbps: number;
  unservedTbps: number;
  /** Σ demand × delivered RTT (ms) over its flows that deliver anything: the baseline a cut's RTT rise is measured against. */
  rttWeightedMs: number;
  /** Σ demand over those same flows: the weights of that mean. */
  rttWeightTbps: number;
  /** Summed capacity of the edges crossing its border. */
  borderTbps: number;
}

/**
 * Every country's traffic under a placement: what its flows ask for and what is
 * delivered (edges over capacity share out what they can carry).
 */
function countryTraffic(
  graph: Graph,
  demand: Demand,
  assignment: readonly FlowAssignment[],
  share: Float64Array,
  borders: ReadonlyMap<CountryCode, number>,
): Map<CountryCode, CountryTraffic> {
  const countries = new Map<CountryCode, CountryTraffic>();
  for (const c of graph.countries) countries.set(c, { demandTbps: 0, servedTbps: 0, unservedTbps: 0, rttWeightedMs: 0, rttWeightTbps: 0, borderTbps: borders.get(c) ?? 0 });
  demand.flows.forEach((flow, f) => {
    const { deliveredTbps, rttMs } = deliveredOf(assignment[f]!, share);
    const [from, to] = flowEnds(graph, flow);
    for (const c of flowCountries(graph, from, to)) {
      const t = countries.get(c)!;
      t.demandTbps += flow.tbps;
      t.servedTbps += deliveredTbps;
      t.unservedTbps += flow.tbps - deliveredTbps;
      if (!Number.isNaN(rttMs)) {
        t.rttWeightedMs += flow.tbps * rttMs;
        t.rttWeightTbps += flow.tbps;
      }
    }
  });
  return countries;
}

/** A flow's ends as node indices. */
export function flowEnds(graph: Graph, flow: Flow): [number, number] {
  return [graph.metroNode.get(flow.from)!, graph.metroNode.get(flow.to)!];
}

/**
 * Routes the given flows (all by default) by BGP policy with `router` (which
 * carries the cut, if any): from the source country's access network at its
 * gateway metro to the destination country's.
 */
export function routeFlows(router: PolicyRouter, flows: readonly Flow[], only?: readonly number[]): Map<number, Route | null> {
  const { graph, layer } = router;
  const out = new Map<number, Route | null>();
  for (const f of only ?? flows.map((x) => x.index)) {
    const [from, to] = flowEnds(graph, flows[f]!);
    const path = router.route(from, to);
    out.set(f, path ? toRoute(graph, layer, from, to, path) : null);
  }
  return out;
}

export function computeBaseline(graph: Graph, demand: Demand, layer?: NetworkLayer): Baseline {
  const steps = baselineSteps(graph, demand, layer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Flows routed, or given their parallel paths, between two pauses of `baselineSteps`: some 30–50 ms of work. */
const FLOWS_PER_STEP = 500;

/**
 * The baseline, computed in steps of some tens of milliseconds: it yields between them, so that whoever drives it
 * (the engine worker) can look at its messages and give up a year nobody wants any longer. `computeBaseline`
 * runs it through at once.
 */
export function* baselineSteps(graph: Graph, demand: Demand, layer: NetworkLayer | undefined): Generator<void, Baseline> {
  layer ??= buildNetworks(graph);
  yield;
  const mask = resolveCut(graph, {});
  const router = new PolicyRouter(graph, layer);
  const routes: (Route | null)[] = [];
  for (let start = 0; start < demand.flows.length; start += FLOWS_PER_STEP) {
    const only = demand.flows.slice(start, start + FLOWS_PER_STEP).map((f) => f.index);
    const routed = routeFlows(router, demand.flows, only);
    for (const f of only) routes[f] = routed.get(f) ?? null;
    yield;
  }
  const footprints = routes.map((route) => (route ? flowFootprint(router, route) : undefined));
  yield;
  const load = new Float64Array(graph.edges.length);
  const finder = PathFinder.of(graph);
  const spread = spreadFlows(demand.flows);
  const parallels: ParallelPath[][] = [];
  for (let start = 0; start < routes.length; start += FLOWS_PER_STEP) {
    for (let f = start; f < Math.min(routes.length, start + FLOWS_PER_STEP); f++) {
      const route = routes[f];
      parallels[f] = route ? parallelPaths(graph, route, mask, finder, footprints[f], spread[f] === 1) : [];
    }
    yield;
  }
  const placed = assignFlows(
    graph,
    demand.flows,
    (f) => (parallels[f]!.length ? parallels[f]! : null),
    (f) => routes[f] ?? null,
    mask,
    placementOrder(demand.flows),
    load,
    finder,
    (f) => footprints[f],
  );
  yield;
  const assignment = demand.flows.map((f) => placed.get(f.index)!);
  const flowsByEdge: number[][] = graph.edges.map(() => []);
  // Flows in ascending order, each listed once per edge it crosses (stamped, not collected in a set).
  const lastFlow = new Int32Array(graph.edges.length).fill(-1);
  const mark = (e: number, f: number) => {
    if (lastFlow[e] === f) return;
    lastFlow[e] = f;
    flowsByEdge[e]!.push(f);
  };
  demand.flows.forEach((_, f) => {
    for (const e of routes[f]?.edges ?? []) mark(e, f);
    const a = assignment[f]!;
    for (const p of a.paths) for (const e of p.edges) mark(e, f);
    for (const e of a.overflowEdges) mark(e, f);
  });
  const borders = new Map([...borderEdges(graph)].map(([c, b]) => [c, b.tbps]));
  const shares = edgeShares(graph, load);
  const countries = countryTraffic(graph, demand, assignment, shares, borders);
  return {
    graph,
    demand,
    layer,
    router,
    footprints,
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
