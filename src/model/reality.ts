import { NO_ROUTE, routingTree } from './asTree';
import type { Baseline } from './baseline';
import { policyRouteBetween } from './flowRoutes';
import type { CountryCode } from './ids';
import type { NetworkLayer } from './networks';
import type { Backbone } from '../data/normalize';
import { buildGraph } from './graph';
import { buildNetworks } from './networks';
import { PolicyRouter } from './policyRouting';
import { RULE_REACH_THROUGH } from './relationships';
import { NO_TRANSIT_COUNTRIES } from './transitPolicy';

/** Checks of the model against the real internet (docs/MODEL.md, "Checked against the real internet"). */

export interface MeasuredPair {
  from: string;
  to: string;
  rttMs: number;
  source: string;
  note?: string;
}

export interface RttComparison extends MeasuredPair {
  /** The year of the network it was routed on: the measurement's. */
  year: number;
  modelMs: number | null;
  /** Within max(15 ms, 15 %) of the measured RTT. */
  within: boolean;
}

const RTT_TOLERANCE_MS = 15;
const RTT_TOLERANCE_PCT = 15;

/** Where measured RTTs come from: each source says when it measured (`asOf`, YYYY or YYYY-MM). */
export type MeasurementSources = Readonly<Record<string, { asOf: string }>>;

/**
 * The model's RTT beside each measured one, on the network as it stood when it was measured (a table of 2017
 * against the cables of 2017, not today's); pairs whose metros that network lacks are left out.
 */
export function compareMeasuredRtts(backbone: Backbone, sources: MeasurementSources, pairs: readonly MeasuredPair[]): RttComparison[] {
  const routers = new Map<number, PolicyRouter>();
  const routerFor = (pair: MeasuredPair) => {
    const asOf = sources[pair.source]?.asOf;
    if (asOf === undefined) throw new Error(`measured pair ${pair.from}–${pair.to}: no source "${pair.source}"`);
    const year = Math.min(backbone.years.max, Math.max(backbone.years.min, Number(asOf.slice(0, 4))));
    let router = routers.get(year);
    if (!router) {
      const graph = buildGraph(backbone, { year });
      routers.set(year, (router = new PolicyRouter(graph, buildNetworks(graph))));
    }
    return router;
  };
  return pairs.flatMap((p) => {
    const router = routerFor(p);
    if (!router.graph.metroNode.has(p.from as never) || !router.graph.metroNode.has(p.to as never)) return [];
    const route = policyRouteBetween(router, p.from, p.to);
    const modelMs = route ? route.rttMs : null;
    const within = modelMs !== null && Math.abs(modelMs - p.rttMs) <= Math.max(RTT_TOLERANCE_MS, (RTT_TOLERANCE_PCT / 100) * p.rttMs);
    return [{ ...p, year: router.graph.year, modelMs, within }];
  });
}

/**
 * Countries that have no way out except through the countries that carry no
 * transit: their access networks, or every provider of them, reached a hub only
 * through one of those (relationships.ts, RULE_REACH_THROUGH).
 */
export function dependentCountries(layer: NetworkLayer): CountryCode[] {
  const through = (n: number) => layer.adjacency[n]!.some((a) => a.relation === 'provider' && a.basis === RULE_REACH_THROUGH);
  const out: CountryCode[] = [];
  for (const [country, access] of layer.accessOf) {
    if (NO_TRANSIT_COUNTRIES.has(country)) continue;
    const providers = layer.adjacency[access]!.filter((a) => a.relation === 'provider').map((a) => a.network);
    if (through(access) || (providers.length > 0 && providers.every(through))) out.push(country);
  }
  return out.sort();
}

export interface TransitViolation {
  flow: string;
  crosses: string[];
}

/** Routes between two countries that neither carry no transit nor depend on those that do, crossing one of them. */
export function transitViolations(baseline: Baseline): TransitViolation[] {
  const { graph } = baseline;
  const exempt = new Set<string>([...NO_TRANSIT_COUNTRIES, ...dependentCountries(baseline.layer)]);
  const out: TransitViolation[] = [];
  baseline.routes.forEach((route, f) => {
    if (!route) return;
    if (exempt.has(graph.nodes[route.from]!.country) || exempt.has(graph.nodes[route.to]!.country)) return;
    const crosses = [...new Set(route.nodes.map((n) => graph.nodes[n]!.country as string))].filter((c) => NO_TRANSIT_COUNTRIES.has(c));
    if (crosses.length) out.push({ flow: baseline.demand.flows[f]!.id, crosses });
  });
  return out;
}

/** Pairs of countries whose access networks have no valley-free path of networks between them (AS level, intact). */
export function policyUnreachable(layer: NetworkLayer, skip: readonly CountryCode[] = []): [CountryCode, CountryCode][] {
  const out: [CountryCode, CountryCode][] = [];
  const skipped = new Set<string>(skip);
  const access = [...layer.accessOf].filter(([c]) => !skipped.has(c)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [to, d] of access) {
    const tree = routingTree(layer, d, (a, k) => layer.adjacency[a]![k]!.handoffs.length > 0);
    for (const [from, s] of access) if (s !== d && tree.cls[s] === NO_ROUTE) out.push([from, to]);
  }
  return out;
}
