import { flowEnds, routeFlows } from './baseline';
import type { Baseline } from './baseline';
import { congestedEdges } from './capacity';
import type { EdgeLoad } from './capacity';
import { flowCountries, isolatedCountries } from './countries';
import { resolveCut } from './cuts';
import type { CutMask, CutSet } from './cuts';
import type { Flow } from './demand';
import type { CountryCode } from './ids';
import { routeFromTree, shortestPathTree } from './routing';
import type { Route } from './routing';

/** A country is degraded when its RTT rises or its international capacity falls by at least this many per cent. */
export const DEGRADED_MIN_PCT = 1;
/** Congestion-aware rerouting multiplies the latency of an edge that would overflow by this. */
export const DEFAULT_CONGESTION_PENALTY = 4;

export interface ReroutedFlow {
  flow: Flow;
  before: Route;
  after: Route;
  /** after.rttMs − before.rttMs; never negative. */
  rttIncreaseMs: number;
}

export interface StrandedFlow {
  flow: Flow;
  before: Route;
}

export interface CountryImpact {
  country: CountryCode;
  /** Rise of the demand-weighted mean RTT of its flows that still have a route, in per cent. */
  rttIncreasePct: number;
  /** Share of its international capacity (edges crossing its border) that is cut, in per cent. */
  capacityLostPct: number;
  capacityLostTbps: number;
  reroutedFlows: number;
  strandedFlows: number;
}

export interface Impact {
  mask: CutMask;
  /** The route of every flow after the cut, by flow index (untouched flows keep their baseline Route object). */
  routes: readonly (Route | null)[];
  /** Tbit/s per edge after the cut. */
  load: Float64Array;
  rerouted: readonly ReroutedFlow[];
  stranded: readonly StrandedFlow[];
  /** Countries newly cut off from the rest of the world, sorted. */
  isolated: readonly CountryCode[];
  /** Countries still connected but worse off, the worst RTT rise first. */
  degraded: readonly CountryImpact[];
  /** Edges over capacity after the cut (including any congested at baseline), the worst first. */
  congested: readonly EdgeLoad[];
  /** The congested edges whose load the cut raised: pushed over capacity, or further over it. */
  worsened: readonly EdgeLoad[];
}

export interface ApplyCutsOptions {
  /**
   * Route the flows a cut displaces around edges they would overflow: each
   * displaced flow, largest first, takes the path shortest under weights where
   * an edge that would go over capacity costs `congestionPenalty` × its latency.
   * Flows the cut does not touch keep their routes. Off by default.
   */
  avoidCongestion?: boolean;
  congestionPenalty?: number;
}

/**
 * The impact of a cut set against the baseline. Only flows whose baseline
 * route crosses a dead edge are rerouted; every other flow keeps its route
 * (removing edges it does not use cannot shorten or change its shortest path).
 * An empty cut returns the baseline's own routes and a copy of its load.
 */
export function applyCuts(baseline: Baseline, cut: CutSet | CutMask, options: ApplyCutsOptions = {}): Impact {
  const { graph, demand } = baseline;
  const mask = 'dead' in cut ? cut : resolveCut(graph, cut);

  const touched = new Set<number>();
  for (const e of mask.deadEdges) for (const f of baseline.flowsByEdge[e]!) touched.add(f);
  const affected = [...touched].sort((a, b) => a - b);

  const load = Float64Array.from(baseline.load);
  for (const f of affected) for (const e of baseline.routes[f]!.edges) load[e]! -= demand.flows[f]!.tbps;
  const fresh = options.avoidCongestion
    ? routeAvoidingCongestion(baseline, mask, affected, load, options.congestionPenalty ?? DEFAULT_CONGESTION_PENALTY)
    : routeFlows(graph, demand.flows, mask, affected);

  const routes = baseline.routes.slice();
  const rerouted: ReroutedFlow[] = [];
  const stranded: StrandedFlow[] = [];
  for (const f of affected) {
    const flow = demand.flows[f]!;
    const before = baseline.routes[f]!;
    const after = fresh.get(f) ?? null;
    routes[f] = after;
    if (after) {
      if (!options.avoidCongestion) for (const e of after.edges) load[e]! += flow.tbps;
      rerouted.push({ flow, before, after, rttIncreaseMs: after.rttMs - before.rttMs });
    } else {
      stranded.push({ flow, before });
    }
  }
  for (let e = 0; e < load.length; e++) if (Math.abs(load[e]!) < 1e-9) load[e] = 0;

  const congested = congestedEdges(graph, load, graph.capacity);
  const worsened = congested.filter((c) => load[graph.edgeIndex.get(c.edge)!]! > baseline.load[graph.edgeIndex.get(c.edge)!]! + 1e-9);
  const wasIsolated = new Set(baseline.isolated);
  const isolated = affected.length || mask.deadEdges.length ? isolatedCountries(graph, mask).filter((c) => !wasIsolated.has(c)) : [];
  return {
    mask,
    routes,
    load,
    rerouted,
    stranded,
    isolated,
    degraded: degradedCountries(baseline, mask, rerouted, stranded, new Set([...isolated, ...wasIsolated])),
    congested,
    worsened,
  };
}

function routeAvoidingCongestion(baseline: Baseline, mask: CutMask, affected: readonly number[], load: Float64Array, penalty: number): Map<number, Route | null> {
  const { graph, demand } = baseline;
  const order = [...affected].sort((a, b) => demand.flows[b]!.tbps - demand.flows[a]!.tbps || a - b);
  const weight = new Float64Array(graph.weight.length);
  const out = new Map<number, Route | null>();
  const limit = graph.capacity.congestedAbove;
  for (const f of order) {
    const flow = demand.flows[f]!;
    const [from, to] = flowEnds(graph, flow);
    if (mask.deadNodes[from] || mask.deadNodes[to]) {
      out.set(f, null);
      continue;
    }
    for (let e = 0; e < weight.length; e++) {
      const overflow = load[e]! + flow.tbps > graph.edges[e]!.capacityTbps * limit;
      weight[e] = graph.weight[e]! * (overflow ? penalty : 1);
    }
    const route = routeFromTree(graph, shortestPathTree(graph, from, mask.dead, [to], weight), to);
    out.set(f, route);
    if (route) for (const e of route.edges) load[e]! += flow.tbps;
  }
  return out;
}

function degradedCountries(
  baseline: Baseline,
  mask: CutMask,
  rerouted: readonly ReroutedFlow[],
  stranded: readonly StrandedFlow[],
  skip: ReadonlySet<CountryCode>,
): CountryImpact[] {
  const { graph } = baseline;
  type Acc = { before: number; after: number; lostTbps: number; rerouted: number; stranded: number; strandedHere: number };
  const acc = new Map<CountryCode, Acc>();
  const get = (c: CountryCode) => {
    let a = acc.get(c);
    if (!a) {
      const w = baseline.countries.get(c)?.weightedRtt ?? 0;
      a = { before: w, after: w, lostTbps: 0, rerouted: 0, stranded: 0, strandedHere: 0 };
      acc.set(c, a);
    }
    return a;
  };
  for (const r of rerouted) {
    for (const c of flowCountries(graph, r.before.from, r.before.to)) {
      const a = get(c);
      a.after += r.flow.tbps * r.rttIncreaseMs;
      a.rerouted++;
    }
  }
  for (const s of stranded) {
    const ends = flowCountries(graph, s.before.from, s.before.to);
    for (const c of ends) {
      const a = get(c);
      a.before -= s.flow.tbps * s.before.rttMs;
      a.after -= s.flow.tbps * s.before.rttMs;
      a.stranded++;
      // A flow stranded because its other end's country is isolated does not by itself degrade this one.
      if (!ends.some((other) => other !== c && skip.has(other))) a.strandedHere++;
    }
  }
  for (const e of mask.deadEdges) {
    const edge = graph.edges[e]!;
    const ca = graph.nodes[edge.a]!.country;
    const cb = graph.nodes[edge.b]!.country;
    if (ca === cb) continue;
    get(ca).lostTbps += edge.capacityTbps;
    get(cb).lostTbps += edge.capacityTbps;
  }
  const out: CountryImpact[] = [];
  for (const [country, a] of acc) {
    if (skip.has(country)) continue;
    const border = baseline.countries.get(country)?.borderTbps ?? 0;
    const rttIncreasePct = a.before > 1e-12 ? Math.max(0, (a.after / a.before - 1) * 100) : 0;
    const capacityLostPct = border > 0 ? (100 * a.lostTbps) / border : 0;
    if (rttIncreasePct < DEGRADED_MIN_PCT && capacityLostPct < DEGRADED_MIN_PCT && a.strandedHere === 0) continue;
    out.push({ country, rttIncreasePct, capacityLostPct, capacityLostTbps: a.lostTbps, reroutedFlows: a.rerouted, strandedFlows: a.stranded });
  }
  return out.sort((x, y) => y.rttIncreasePct - x.rttIncreasePct || y.capacityLostPct - x.capacityLostPct || (x.country < y.country ? -1 : 1));
}
