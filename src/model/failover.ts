import { applyAssignment, assignFlows, delivery, edgeShares, placementOrder, survivingParallels } from './assignment';
import type { FlowAssignment } from './assignment';
import { flowEnds, routeFlows } from './baseline';
import type { Baseline } from './baseline';
import { congestedEdges } from './capacity';
import type { EdgeLoad } from './capacity';
import { flowCountries, isolatedCountries } from './countries';
import { resolveCut } from './cuts';
import type { CutMask, CutSet } from './cuts';
import type { Flow } from './demand';
import type { CountryCode } from './ids';
import type { Route } from './routing';

/**
 * A country is degraded when the cut is noticeable there: its mean RTT rises by
 * DEGRADED_MIN_RTT_PCT, it loses DEGRADED_MIN_CAPACITY_PCT of the capacity it
 * was using, or DEGRADED_MIN_UNSERVED_PCT of its traffic can no longer be carried.
 */
export const DEGRADED_MIN_RTT_PCT = 5;
export const DEGRADED_MIN_CAPACITY_PCT = 10;
export const DEGRADED_MIN_UNSERVED_PCT = 1;

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
  /** Rise of its mean RTT, in per cent: each flow's RTT (its placed paths at their own RTTs) weighted by the flow's demand, over the flows delivered before and after. */
  rttIncreasePct: number;
  /** The larger of `borderCapacityLostPct` and `pathCapacityLostPct`: how much of its international capacity it has lost. */
  capacityLostPct: number;
  /** Share of its traffic that ran on paths the cut broke: the capacity it was using, wherever the break, in per cent. */
  pathCapacityLostPct: number;
  /** Share of the capacity of the edges crossing its border that is cut, in per cent. */
  borderCapacityLostPct: number;
  /** Tbit/s of border capacity cut. */
  capacityLostTbps: number;
  /** Share of its traffic the surviving network can no longer carry (beyond what it could not at baseline), in per cent. */
  unservedPct: number;
  reroutedFlows: number;
  strandedFlows: number;
}

export interface Impact {
  mask: CutMask;
  /** The route of every flow after the cut, by flow index (untouched flows keep their baseline Route object). */
  routes: readonly (Route | null)[];
  /** Where every flow's volume is placed after the cut, by flow index. */
  assignment: readonly FlowAssignment[];
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

/**
 * The impact of a cut set against the baseline. Only flows whose route or
 * placement crosses a dead edge are touched: their routes are found again,
 * and their volume is taken off the network and placed again, largest first,
 * on the room the untouched flows leave. Every other flow keeps its route and
 * placement (removing edges it does not use cannot shorten its shortest path).
 * An empty cut returns the baseline's own routes and a copy of its load.
 */
export function applyCuts(baseline: Baseline, cut: CutSet | CutMask): Impact {
  const { graph, demand } = baseline;
  const mask = 'dead' in cut ? cut : resolveCut(graph, cut);

  const touched = new Set<number>();
  for (const e of mask.deadEdges) for (const f of baseline.flowsByEdge[e]!) touched.add(f);
  const affected = [...touched].sort((a, b) => a - b);

  const load = Float64Array.from(baseline.load);
  for (const f of affected) applyAssignment(load, baseline.assignment[f]!, -1);
  for (let e = 0; e < load.length; e++) if (Math.abs(load[e]!) < 1e-9) load[e] = 0;
  // Only flows whose route broke need a new one; the others keep theirs (removing edges a shortest path does not use leaves it shortest).
  const broken = affected.filter((f) => baseline.routes[f]?.edges.some((e) => mask.dead[e]) || baseline.routes[f]?.nodes.some((n) => mask.deadNodes[n]));
  const fresh = routeFlows(graph, demand.flows, mask, broken);
  for (const f of affected) if (!fresh.has(f)) fresh.set(f, baseline.routes[f] ?? null);
  const placed = assignFlows(
    graph,
    demand.flows,
    (f) => {
      const route = fresh.get(f);
      return route ? survivingParallels(graph, baseline.parallels[f]!, route, mask) : null;
    },
    (f) => fresh.get(f) ?? null,
    mask,
    placementOrder(demand.flows, affected),
    load,
  );
  for (let e = 0; e < load.length; e++) if (Math.abs(load[e]!) < 1e-9) load[e] = 0;

  const routes = baseline.routes.slice();
  const assignment = baseline.assignment.slice();
  const rerouted: ReroutedFlow[] = [];
  const stranded: StrandedFlow[] = [];
  for (const f of affected) {
    const flow = demand.flows[f]!;
    const before = baseline.routes[f]!;
    const after = fresh.get(f) ?? null;
    assignment[f] = placed.get(f)!;
    if (!before) continue;
    if (!after) {
      routes[f] = null;
      stranded.push({ flow, before });
    } else if (!sameEdges(before.edges, after.edges)) {
      routes[f] = after;
      rerouted.push({ flow, before, after, rttIncreaseMs: after.rttMs - before.rttMs });
    }
  }

  const congested = congestedEdges(graph, load, graph.capacity);
  const worsened = congested.filter((c) => load[graph.edgeIndex.get(c.edge)!]! > baseline.load[graph.edgeIndex.get(c.edge)!]! + 1e-9);
  const wasIsolated = new Set(baseline.isolated);
  const isolated = affected.length || mask.deadEdges.length ? isolatedCountries(graph, mask).filter((c) => !wasIsolated.has(c)) : [];
  return {
    mask,
    routes,
    assignment,
    load,
    rerouted,
    stranded,
    isolated,
    degraded: degradedCountries(baseline, mask, affected, rerouted, assignment, load, stranded, new Set([...isolated, ...wasIsolated])),
    congested,
    worsened,
  };
}

function sameEdges(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}

function degradedCountries(
  baseline: Baseline,
  mask: CutMask,
  affected: readonly number[],
  reroutedFlows: readonly ReroutedFlow[],
  assignment: readonly FlowAssignment[],
  load: ArrayLike<number>,
  stranded: readonly StrandedFlow[],
  skip: ReadonlySet<CountryCode>,
): CountryImpact[] {
  const { graph, demand } = baseline;
  // Only flows placed anew, or crossing an edge whose share of what it is offered changed, deliver differently from the
  // baseline: the baseline's per-country totals are patched with those flows instead of every flow being measured again.
  const sharesAfter = edgeShares(graph, load);
  const changed = new Set<number>(affected);
  for (let e = 0; e < sharesAfter.length; e++) if (sharesAfter[e] !== baseline.shares[e]) for (const f of baseline.flowsByEdge[e]!) changed.add(f);
  // servedDelta: Tbit/s delivered after minus before. The RTT rise compares each flow's RTT at fixed weights (its demand),
  // over the flows delivered both times, so that a change in what gets delivered (a flow congested before the cut and placed
  // in full after it) is not read as a change in speed: rttLost takes out flows no longer delivered, rttDelta adds the rise of the rest.
  const patch = new Map<CountryCode, { servedDelta: number; rttLost: number; rttDelta: number }>();
  for (const f of changed) {
    const flow = demand.flows[f]!;
    const before = delivery(baseline.assignment[f]!, baseline.shares);
    const now = delivery(assignment[f]!, sharesAfter);
    const [from, to] = flowEnds(graph, flow);
    for (const c of flowCountries(graph, from, to)) {
      const p = patch.get(c) ?? { servedDelta: 0, rttLost: 0, rttDelta: 0 };
      p.servedDelta += now.deliveredTbps - before.deliveredTbps;
      if (!Number.isNaN(before.rttMs)) {
        if (Number.isNaN(now.rttMs)) p.rttLost += flow.tbps * before.rttMs;
        else p.rttDelta += flow.tbps * (now.rttMs - before.rttMs);
      }
      patch.set(c, p);
    }
  }
  const rerouted = new Map<CountryCode, number>();
  for (const r of reroutedFlows) for (const c of flowCountries(graph, r.before.from, r.before.to)) rerouted.set(c, (rerouted.get(c) ?? 0) + 1);
  const strandedIn = new Map<CountryCode, { all: number; here: number }>();
  for (const s of stranded) {
    const ends = flowCountries(graph, s.before.from, s.before.to);
    for (const c of ends) {
      const n = strandedIn.get(c) ?? { all: 0, here: 0 };
      n.all++;
      // A flow stranded because its other end's country is isolated does not by itself degrade this one.
      if (!ends.some((other) => other !== c && skip.has(other))) n.here++;
      strandedIn.set(c, n);
    }
  }
  // The volume each country had on paths that cross a dead edge.
  const brokenTbps = new Map<CountryCode, number>();
  const share = baseline.shares;
  for (const f of affected) {
    const a = baseline.assignment[f]!;
    let broken = 0;
    a.paths.forEach((p) => {
      if (p.edges.some((e) => mask.dead[e])) broken += p.tbps * p.edges.reduce((m, e) => Math.min(m, share[e]!), 1);
    });
    if (a.overflowTbps > 0 && a.overflowEdges.some((e) => mask.dead[e])) broken += a.overflowTbps * a.overflowEdges.reduce((m, e) => Math.min(m, share[e]!), 1);
    if (broken <= 0) continue;
    const [from, to] = flowEnds(graph, demand.flows[f]!);
    for (const c of flowCountries(graph, from, to)) brokenTbps.set(c, (brokenTbps.get(c) ?? 0) + broken);
  }
  const lostTbps = new Map<CountryCode, number>();
  for (const e of mask.deadEdges) {
    const edge = graph.edges[e]!;
    const ca = graph.nodes[edge.a]!.country;
    const cb = graph.nodes[edge.b]!.country;
    if (ca === cb) continue;
    for (const c of [ca, cb]) lostTbps.set(c, (lostTbps.get(c) ?? 0) + edge.capacityTbps);
  }
  const out: CountryImpact[] = [];
  for (const [country, before] of baseline.countries) {
    if (skip.has(country)) continue;
    const { servedDelta = 0, rttLost = 0, rttDelta = 0 } = patch.get(country) ?? {};
    const rttBefore = before.rttWeightedMs - rttLost;
    const rttIncreasePct = rttBefore > 1e-9 ? Math.max(0, (rttDelta / rttBefore) * 100) : 0;
    const lost = lostTbps.get(country) ?? 0;
    const borderCapacityLostPct = before.borderTbps > 0 ? Math.min(100, (100 * lost) / before.borderTbps) : 0;
    const unservedPct = before.demandTbps > 1e-12 ? Math.max(0, (-100 * servedDelta) / before.demandTbps) : 0;
    const pathCapacityLostPct = before.servedTbps > 1e-12 ? Math.min(100, (100 * (brokenTbps.get(country) ?? 0)) / before.servedTbps) : 0;
    const capacityLostPct = Math.max(borderCapacityLostPct, pathCapacityLostPct);
    const strandedHere = strandedIn.get(country)?.here ?? 0;
    if (rttIncreasePct < DEGRADED_MIN_RTT_PCT && capacityLostPct < DEGRADED_MIN_CAPACITY_PCT && unservedPct < DEGRADED_MIN_UNSERVED_PCT && strandedHere === 0) continue;
    out.push({
      country,
      rttIncreasePct,
      capacityLostPct,
      pathCapacityLostPct,
      borderCapacityLostPct,
      capacityLostTbps: lost,
      unservedPct,
      reroutedFlows: rerouted.get(country) ?? 0,
      strandedFlows: strandedIn.get(country)?.all ?? 0,
    });
  }
  return out.sort((x, y) => y.capacityLostPct - x.capacityLostPct || y.rttIncreasePct - x.rttIncreasePct || (x.country < y.country ? -1 : 1));
}
