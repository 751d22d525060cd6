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
  /** Tbit/s on each edge, by edge index. */
  load: Float64Array;
  /** The flows crossing each edge, by edge index, ascending. */
  flowsByEdge: readonly (readonly number[])[];
  /** Countries with no path abroad even intact (reported, never counted as a cut's effect). */
  isolated: readonly CountryCode[];
  congested: readonly EdgeLoad[];
  /** Per country: Σ tbps × RTT over its routed flows, and its international capacity. */
  countries: ReadonlyMap<CountryCode, CountryBaseline>;
}

export interface CountryBaseline {
  /** Σ tbps × rttMs over the flows with an end in the country that have a route. */
  weightedRtt: number;
  /** Summed capacity of the edges crossing its border. */
  borderTbps: number;
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
  const flowsByEdge: number[][] = graph.edges.map(() => []);
  const countries = new Map<CountryCode, CountryBaseline>();
  for (const c of graph.countries) countries.set(c, { weightedRtt: 0, borderTbps: 0 });
  for (const [c, border] of borderEdges(graph)) countries.get(c)!.borderTbps = border.tbps;

  routes.forEach((route, f) => {
    if (!route) return;
    const flow = demand.flows[f]!;
    for (const e of route.edges) {
      load[e]! += flow.tbps;
      flowsByEdge[e]!.push(f);
    }
    for (const c of flowCountries(graph, route.from, route.to)) countries.get(c)!.weightedRtt += flow.tbps * route.rttMs;
  });
  return {
    graph,
    demand,
    routes,
    load,
    flowsByEdge,
    isolated: isolatedCountries(graph),
    congested: congestedEdges(graph, load, graph.capacity),
    countries,
  };
}
