import type { Backbone } from '../data/normalize';
import { createTrustEngine } from './trustEngine';
import type { TrustAsk, TrustChoices, TrustCustomView, TrustReplayView } from './trustEngine';
import type { LonLat } from '../data/schema';
import type { Baseline } from './baseline';
import { rankCables } from './criticality';
import { createYearBaselines } from './yearBaselines';
import { applyCuts } from './failover';
import type { CutSet } from './cuts';
import type { MetroId } from './ids';
import { fibreFloorRttMs } from './latency';
import { asPathJson, countryImpactJson, round, satelliteJson } from './report';
import { resolveCut } from './cuts';
import { policyRouteBetween } from './flowRoutes';
import { PolicyRouter } from './policyRouting';
import type { Route } from './routing';
import { loadChanges, routeGeometry, routeMetros, routeStretches } from './routeViews';
import { CRITICAL_AMONG } from './explorerLimits';
import { networkRelations, networksUnderCuts, upstreamShares } from './networkSummary';
import type { NetworkSummaryView } from './networkSummary';
import type { ElementLoadView } from './routeViews';
import { routeEndMetro } from './routeEnds';

export { loadChanges, routeGeometry };

/**
 * What the explorer shows of a scenario (a year and a set of cuts), as plain
 * data that a Web Worker can post: the routes packets follow, what changed,
 * and the impact. Built from the engine's Baseline and Impact.
 */
interface FlowView {
  id: string;
  from: string;
  to: string;
  tbps: number;
  /** [lon, lat] points from `from` to `to` along the current route. */
  path: LonLat[];
  rttMs: number;
  /** The cables and terrestrial links the route runs on (ids): its packets are drawn only while all of them are. */
  elements: string[];
  /** The network carrying each stretch of `path`, in order: `from` is the index of the stretch's first point. */
  stretches: { from: number; network: string }[];
}

interface ChangedFlowView {
  id: string;
  from: string;
  to: string;
  tbps: number;
  rttBeforeMs: number;
  rttAfterMs: number | null;
  /** How BGP failed over: inside the same networks, or onto another path of networks; null when stranded. */
  failover: 'internal' | 'as-path' | null;
  /** Network names on the path before and after (after: empty when stranded). */
  networksBefore: string[];
  networksAfter: string[];
}


interface ChangedRouteView {
  id: string;
  before: LonLat[];
  /** Null when the flow is stranded: no route is left. */
  after: LonLat[] | null;
}

/** How many of the changed flows the map draws, before and after. */
export const CHANGED_DRAWN = 12;

export interface ScenarioView {
  year: number;
  /** The day the network stood as, when an incident replayed on it left out a cable or section not yet in service. */
  day?: string;
  /** The largest flows with their current routes, largest first; stranded flows are left out. */
  flows: FlowView[];
  /** How many country-to-country traffic flows the model routes in this year (`flows` holds the largest only). */
  flowCount: number;
  /** How many countries the model's demand covers. */
  countryCount: number;
  /** Flows whose route changed, the largest RTT increase first (stranded last). */
  changed: ChangedFlowView[];
  /**
   * The routes before and after of the first CHANGED_DRAWN of `changed`, in its order, for the map. Only those: a
   * cut of AAE-1 changes some 2,000 routes, and their geometry would make each answer from the worker 4 MB.
   */
  changedRoutes: ChangedRouteView[];
  rerouted: number;
  stranded: number;
  /** Flows whose route survives but part of whose volume ran on what is cut, now placed on their other paths (Impact.replaced). */
  replaced: number;
  isolated: string[];
  /** The isolated countries that fall back to a satellite path (satelliteJson): they stay in `isolated`. */
  onSatellite: ReturnType<typeof satelliteJson>[];
  /** Countries affected, the most severe first, with the figures of countryImpactJson. */
  degraded: ReturnType<typeof countryImpactJson>[];
  /**
   * What the cuts pushed over capacity (or further over it), the worst first: one entry per cable or
   * terrestrial link (its worst segment), and one per other edge (a city's interconnect, a landing's backhaul).
   * The map colours congested exactly the cables and links listed here; what was over capacity before the cut
   * and the cut did not load more is left out of both.
   */
  congested: ElementLoadView[];
  /** Highest utilisation per cable or link id, for those the cuts loaded more and that run at 60 % or more; above 1 exactly when listed in `congested`. */
  utilisation: Record<string, number>;
  /** Cable segments that are down, as cable id and segment index. */
  cutSegments: { cable: string; segment: number }[];
  /** Cut ids that exist but were not in service that year (they cut nothing). */
  absent: string[];
  /** The networks' relationships, each country's upstreams and what the cuts do to each network (networkSummary.ts). */
  networks: NetworkSummaryView;
}

export interface RouteView {
  from: string;
  to: string;
  path: LonLat[] | null;
  rttMs: number | null;
  floorMs: number;
  cables: string[];
  links: string[];
  /** The cities it passes through, in order, its ends included. */
  metros: string[];
  /** The networks that carry it, in order, with where each hands over. */
  asPath: ReturnType<typeof asPathJson>;
  /** The network carrying each stretch of `path`, in order: `from` is the index of the stretch's first point. */
  stretches: { from: number; network: string }[];
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
export { CRITICAL_AMONG };

const networkNames = (route: Route) => (route.asPath ?? []).map((h) => h.name);

const summaries = new WeakMap<Baseline, Omit<NetworkSummaryView, 'underCuts'>>();
/** A year's relationships and upstream shares do not change with the cuts: worked out once per baseline. */
function baselineNetworks(baseline: Baseline): Omit<NetworkSummaryView, 'underCuts'> {
  let summary = summaries.get(baseline);
  if (!summary) summaries.set(baseline, (summary = { relations: networkRelations(baseline), upstreamShare: upstreamShares(baseline) }));
  return summary;
}

/** One explorer's engine: the graph and baseline of each year, kept, and scenarios computed against them. */
export function createScenarioEngine(backbone: Backbone) {
  const trust = createTrustEngine(backbone);
  const years = createYearBaselines(backbone);

  return {
    prepare: years.prepare,
    prepareAhead: years.prepareAhead,
    /** The cut's impact on the network of `year`, or of `day` in it when an incident is replayed (the network as it stood that day). */
    evaluate(year: number, cut: CutSet, day?: string): ScenarioView {
      const baseline = years.get(year, day);
      const { graph, demand } = baseline;
      const impact = applyCuts(baseline, cut);
      const flows: FlowView[] = [];
      demand.flows.slice(0, FLOWS_SHOWN).forEach((flow) => {
        const route = impact.routes[flow.index];
        if (route) flows.push({ id: flow.id, from: flow.from, to: flow.to, tbps: flow.tbps, path: routeGeometry(graph, route), rttMs: round(route.rttMs), elements: [...route.cables, ...route.links], stretches: routeStretches(graph, route) });
      });
      const changedFlows = [
        ...[...impact.rerouted].sort((a, b) => b.rttIncreaseMs - a.rttIncreaseMs || a.flow.index - b.flow.index),
        ...impact.stranded.map((s) => ({ flow: s.flow, before: s.before, after: null, failover: null })),
      ];
      const changed: ChangedFlowView[] = changedFlows.map((r) => ({
        id: r.flow.id,
        from: r.flow.from,
        to: r.flow.to,
        tbps: r.flow.tbps,
        rttBeforeMs: round(r.before.rttMs),
        rttAfterMs: r.after ? round(r.after.rttMs) : null,
        failover: r.failover,
        networksBefore: networkNames(r.before),
        networksAfter: r.after ? networkNames(r.after) : [],
      }));
      const changedRoutes = changedFlows.slice(0, CHANGED_DRAWN).map((r) => ({
        id: r.flow.id,
        before: routeGeometry(graph, r.before),
        after: r.after ? routeGeometry(graph, r.after) : null,
      }));
      const { utilisation, congested } = loadChanges(graph, baseline.load, impact.load);
      const cutSegments = impact.mask.deadEdges.flatMap((i) => {
        const edge = graph.edges[i]!;
        return edge.kind === 'segment' && edge.cable !== undefined && edge.segment !== undefined ? [{ cable: edge.cable as string, segment: edge.segment }] : [];
      });
      return {
        year,
        ...(graph.day !== undefined && { day: graph.day }),
        flows,
        flowCount: demand.flows.length,
        countryCount: baseline.countries.size,
        changed,
        changedRoutes,
        rerouted: impact.rerouted.length,
        stranded: impact.stranded.length,
        replaced: impact.replaced,
        isolated: [...impact.isolated],
        onSatellite: impact.onSatellite.map(satelliteJson),
        degraded: impact.degraded.map(countryImpactJson),
        congested,
        utilisation,
        cutSegments,
        absent: [...impact.mask.absent],
        networks: { ...baselineNetworks(baseline), underCuts: networksUnderCuts(impact) },
      };
    },

    route(year: number, from: string, to: string, cut: CutSet, day?: string): RouteView {
      const { graph, router } = years.get(year, day);
      // A data centre or cloud region is routed as its metro; `from` and `to` stay as the reader named them.
      const fromMetro = routeEndMetro(graph.backbone, from) ?? from;
      const toMetro = routeEndMetro(graph.backbone, to) ?? to;
      const a = graph.nodes[graph.metroNode.get(fromMetro as MetroId) ?? -1];
      const b = graph.nodes[graph.metroNode.get(toMetro as MetroId) ?? -1];
      if (!a || !b) return { from, to, path: null, rttMs: null, floorMs: 0, cables: [], links: [], metros: [], asPath: [], stretches: [] };
      const mask = resolveCut(graph, cut);
      const route = policyRouteBetween(mask.deadEdges.length ? new PolicyRouter(graph, router.layer, mask, router) : router, fromMetro, toMetro);
      return {
        from,
        to,
        path: route ? routeGeometry(graph, route) : null,
        rttMs: route ? round(route.rttMs) : null,
        floorMs: round(fibreFloorRttMs(a.lonLat, b.lonLat)),
        cables: route ? [...route.cables] : [],
        links: route ? [...route.links] : [],
        metros: route ? routeMetros(graph, route) : [],
        asPath: asPathJson(graph, route),
        stretches: route ? routeStretches(graph, route) : [],
      };
    },

    /** A routing event replayed, with the ROV setting of its time or the one given (docs/MODEL.md §12). */
    trust(event: string, rov: string | null): TrustReplayView {
      return trust.replay(event, rov);
    },

    /** The reader's own hijack or leak on the network of a year (docs/MODEL.md §12). */
    trustCustom(year: number, ask: TrustAsk, rov: string | null): TrustCustomView {
      return trust.custom(year, ask, rov);
    },

    trustChoices(year: number): TrustChoices {
      return trust.choices(year);
    },

    critical(year: number, count: number): CriticalCableView[] {
      return rankCables(years.get(year), { among: CRITICAL_AMONG })
        .slice(0, count)
        .map((c) => ({ cable: c.cable, name: c.name, isolated: [...c.isolated], reroutedFlows: c.reroutedFlows, strandedFlows: c.strandedFlows, addedLatency: round(c.addedLatency) }));
    },
  };
}

export type ScenarioEngine = ReturnType<typeof createScenarioEngine>;
