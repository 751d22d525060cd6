import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { computeBaseline } from './baseline';
import type { Baseline } from './baseline';
import { rankCables } from './criticality';
import { buildDemand } from './demand';
import { applyCuts } from './failover';
import { buildGraph } from './graph';
import type { Graph } from './graph';
import type { CutSet } from './cuts';
import type { MetroId } from './ids';
import { fibreFloorRttMs } from './latency';
import { asPathJson, countryImpactJson, round } from './report';
import { resolveCut } from './cuts';
import { policyRouteBetween } from './flowRoutes';
import { PolicyRouter } from './policyRouting';
import type { Route } from './routing';

/**
 * What the explorer shows of a scenario (a year and a set of cuts), as plain
 * data that a Web Worker can post: the routes packets follow, what changed,
 * and the impact. Built from the engine's Baseline and Impact.
 */
export interface FlowView {
  id: string;
  from: string;
  to: string;
  tbps: number;
  /** [lon, lat] points from `from` to `to` along the current route. */
  path: LonLat[];
  rttMs: number;
}

export interface ChangedFlowView {
  id: string;
  from: string;
  to: string;
  tbps: number;
  before: LonLat[];
  /** Null when the flow is stranded: no route is left. */
  after: LonLat[] | null;
  rttBeforeMs: number;
  rttAfterMs: number | null;
  /** How BGP failed over: inside the same networks, or onto another path of networks; null when stranded. */
  failover: 'internal' | 'as-path' | null;
  /** Network names on the path before and after (after: empty when stranded). */
  networksBefore: string[];
  networksAfter: string[];
}

export interface ElementLoadView {
  /** The cable or terrestrial link the congested edge belongs to, if any. */
  element: string | null;
  name: string;
  utilisation: number;
}

export interface ScenarioView {
  year: number;
  /** The largest flows with their current routes, largest first; stranded flows are left out. */
  flows: FlowView[];
  /** Flows whose route changed, the largest RTT increase first (stranded last). */
  changed: ChangedFlowView[];
  rerouted: number;
  stranded: number;
  isolated: string[];
  /** Countries affected, the most severe first, with the figures of countryImpactJson. */
  degraded: ReturnType<typeof countryImpactJson>[];
  /** Edges the cuts pushed over capacity (or further over it), the worst first. */
  congested: ElementLoadView[];
  /** Highest utilisation per cable or link id, for those the cuts loaded more and that run at 60 % or more. */
  utilisation: Record<string, number>;
  /** Cable segments that are down, as cable id and segment index. */
  cutSegments: { cable: string; segment: number }[];
  /** Cut ids that exist but were not in service that year (they cut nothing). */
  absent: string[];
}

export interface RouteView {
  from: string;
  to: string;
  path: LonLat[] | null;
  rttMs: number | null;
  floorMs: number;
  cables: string[];
  links: string[];
  /** The networks that carry it, in order, with where each hands over. */
  asPath: ReturnType<typeof asPathJson>;
}

export interface CriticalCableView {
  cable: string;
  name: string;
  isolated: string[];
  reroutedFlows: number;
  strandedFlows: number;
  addedLatency: number;
}

const FLOWS_SHOWN = 120;
/** How many years' baselines an engine keeps (the most recently used). */
export const BASELINES_KEPT = 3;
/** The explorer ranks the cables that carry the most traffic, not all of them (see busiestCables). */
export const CRITICAL_AMONG = 60;
const UTILISATION_SHOWN = 0.6;

/** The points of a route in travel order, each edge's drawn geometry turned to run the route's way. */
export function routeGeometry(graph: Graph, route: Route): LonLat[] {
  const points: LonLat[] = [];
  route.edges.forEach((edgeIndex, i) => {
    const edge = graph.edges[edgeIndex]!;
    const forward = edge.a === route.nodes[i];
    const coords = forward ? edge.route : [...edge.route].reverse();
    for (const p of coords) {
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p as LonLat);
    }
  });
  return points;
}

const networkNames = (route: Route) => (route.asPath ?? []).map((h) => h.name);

/** One explorer's engine: the graph and baseline of each year, kept, and scenarios computed against them. */
export function createScenarioEngine(backbone: Backbone) {
  // A year's baseline holds its routes, placement and the routers' trees (tens of MB): the few most recent are kept.
  const baselines = new Map<number, Baseline>();
  const baselineFor = (year: number): Baseline => {
    let baseline = baselines.get(year);
    if (baseline) baselines.delete(year);
    else {
      const graph = buildGraph(backbone, { year });
      baseline = computeBaseline(graph, buildDemand(graph));
      for (const old of [...baselines.keys()].slice(0, Math.max(0, baselines.size - BASELINES_KEPT + 1))) baselines.delete(old);
    }
    baselines.set(year, baseline);
    return baseline;
  };

  return {
    evaluate(year: number, cut: CutSet): ScenarioView {
      const baseline = baselineFor(year);
      const { graph, demand } = baseline;
      const impact = applyCuts(baseline, cut);
      const flows: FlowView[] = [];
      demand.flows.slice(0, FLOWS_SHOWN).forEach((flow) => {
        const route = impact.routes[flow.index];
        if (route) flows.push({ id: flow.id, from: flow.from, to: flow.to, tbps: flow.tbps, path: routeGeometry(graph, route), rttMs: round(route.rttMs) });
      });
      const changed: ChangedFlowView[] = [
        ...[...impact.rerouted]
          .sort((a, b) => b.rttIncreaseMs - a.rttIncreaseMs || a.flow.index - b.flow.index)
          .map((r) => ({
            id: r.flow.id,
            from: r.flow.from,
            to: r.flow.to,
            tbps: r.flow.tbps,
            before: routeGeometry(graph, r.before),
            after: routeGeometry(graph, r.after),
            rttBeforeMs: round(r.before.rttMs),
            rttAfterMs: round(r.after.rttMs),
            failover: r.failover,
            networksBefore: networkNames(r.before),
            networksAfter: networkNames(r.after),
          })),
        ...impact.stranded.map((s) => ({
          id: s.flow.id,
          from: s.flow.from,
          to: s.flow.to,
          tbps: s.flow.tbps,
          before: routeGeometry(graph, s.before),
          after: null,
          rttBeforeMs: round(s.before.rttMs),
          rttAfterMs: null,
          failover: null,
          networksBefore: networkNames(s.before),
          networksAfter: [],
        })),
      ];
      const utilisation: Record<string, number> = {};
      graph.edges.forEach((edge, i) => {
        const element = edge.cable ?? edge.link;
        if (!element || edge.capacityTbps <= 0) return;
        // Only what the cuts loaded more: the intact network's own hot spots are not news.
        if (impact.load[i]! <= baseline.load[i]! * 1.01) return;
        const u = impact.load[i]! / edge.capacityTbps;
        if (u >= UTILISATION_SHOWN && u > (utilisation[element] ?? 0)) utilisation[element] = round(u, 2);
      });
      const cutSegments = impact.mask.deadEdges.flatMap((i) => {
        const edge = graph.edges[i]!;
        return edge.kind === 'segment' && edge.cable !== undefined && edge.segment !== undefined ? [{ cable: edge.cable as string, segment: edge.segment }] : [];
      });
      return {
        year,
        flows,
        changed,
        rerouted: impact.rerouted.length,
        stranded: impact.stranded.length,
        isolated: [...impact.isolated],
        degraded: impact.degraded.map(countryImpactJson),
        congested: impact.worsened.map((c) => ({ element: c.cable ?? c.link ?? null, name: c.name, utilisation: round(c.utilisation, 2) })),
        utilisation,
        cutSegments,
        absent: [...impact.mask.absent],
      };
    },

    route(year: number, from: string, to: string, cut: CutSet): RouteView {
      const { graph } = baselineFor(year);
      const a = graph.nodes[graph.metroNode.get(from as MetroId) ?? -1];
      const b = graph.nodes[graph.metroNode.get(to as MetroId) ?? -1];
      if (!a || !b) return { from, to, path: null, rttMs: null, floorMs: 0, cables: [], links: [], asPath: [] };
      const { router } = baselineFor(year);
      const mask = resolveCut(graph, cut);
      const route = policyRouteBetween(mask.deadEdges.length ? new PolicyRouter(graph, router.layer, mask, router) : router, from, to);
      return {
        from,
        to,
        path: route ? routeGeometry(graph, route) : null,
        rttMs: route ? round(route.rttMs) : null,
        floorMs: round(fibreFloorRttMs(a.lonLat, b.lonLat)),
        cables: route ? [...route.cables] : [],
        links: route ? [...route.links] : [],
        asPath: asPathJson(graph, route),
      };
    },

    critical(year: number, count: number): CriticalCableView[] {
      return rankCables(baselineFor(year), { among: CRITICAL_AMONG })
        .slice(0, count)
        .map((c) => ({ cable: c.cable, name: c.name, isolated: [...c.isolated], reroutedFlows: c.reroutedFlows, strandedFlows: c.strandedFlows, addedLatency: round(c.addedLatency) }));
    },
  };
}

export type ScenarioEngine = ReturnType<typeof createScenarioEngine>;
