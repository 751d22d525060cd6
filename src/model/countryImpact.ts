import { deliveredOf, patchedShares } from './delivery';
import type { FlowAssignment } from './assignment';
import { flowEnds } from './baseline';
import type { Baseline } from './baseline';
import { flowCountries } from './countries';
import type { CutMask } from './cuts';
import type { ReroutedFlow, StrandedFlow } from './failover';
import type { CountryCode } from './ids';

/**
 * What a cut does to each country (docs/MODEL.md, "Impact"), in terms that
 * keep apart what happened: traffic that took another path (rerouted), got
 * slower (RTT), could not be carried any more (unserved), and fibre across the
 * border that is gone (border capacity lost). "Capacity lost" only ever means
 * capacity that is gone, not traffic that merely moved.
 */
export type Severity = 'severe' | 'moderate' | 'minor';

export interface CountryImpact {
  country: CountryCode;
  severity: Severity;
  /** Rise of its traffic-weighted mean RTT, in ms: each flow's RTT before and after at fixed weights (its demand), over flows delivered both times. */
  rttIncreaseMs: number;
  /** The same rise, in per cent of the mean RTT before. */
  rttIncreasePct: number;
  /** Share of its traffic (by demand) whose route changed and still arrives, in per cent. */
  trafficReroutedPct: number;
  /**
   * Share of its traffic (by demand) that ran on what is cut on a parallel path while its flow's route survived, and
   * now runs on the flow's other paths, in per cent (Impact.replaced). Not counted in trafficReroutedPct.
   */
  trafficMovedPct: number;
  /** Share of its traffic the surviving network can no longer carry (beyond what it could not at baseline), in per cent. */
  unservedPct: number;
  /** Share of the capacity of the fibre crossing its border that is cut, in per cent. */
  borderCapacityLostPct: number;
  /** Tbit/s of that border capacity cut: capacity that is gone. */
  capacityLostTbps: number;
  reroutedFlows: number;
  strandedFlows: number;
}

/**
 * Severity thresholds, chosen so that a few ms more on a path taken in stride is
 * `minor` (docs/MODEL.md, "Severity"):
 * - severe: a fifth of its traffic lost, or the RTT up by 80 ms and by two-fifths (a video call turns hard);
 * - moderate: a twentieth lost, or the RTT up by 30 ms and by 15 % (users and operators notice);
 * - minor: anything else measurable (listed, folded in the panel).
 */
const SEVERE = { unservedPct: 20, rttIncreaseMs: 80, rttIncreasePct: 40 } as const;
const MODERATE = { unservedPct: 5, rttIncreaseMs: 30, rttIncreasePct: 15 } as const;
/** Below all of these a country is not listed at all. */
const NOTICEABLE = { trafficReroutedPct: 5, borderCapacityLostPct: 1, unservedPct: 0.5, rttIncreasePct: 2 } as const;

export function severityOf(i: Pick<CountryImpact, 'unservedPct' | 'rttIncreaseMs' | 'rttIncreasePct'>): Severity {
  if (i.unservedPct >= SEVERE.unservedPct || (i.rttIncreaseMs >= SEVERE.rttIncreaseMs && i.rttIncreasePct >= SEVERE.rttIncreasePct)) return 'severe';
  if (i.unservedPct >= MODERATE.unservedPct || (i.rttIncreaseMs >= MODERATE.rttIncreaseMs && i.rttIncreasePct >= MODERATE.rttIncreasePct)) return 'moderate';
  return 'minor';
}

const SEVERITY_ORDER: Record<Severity, number> = { severe: 0, moderate: 1, minor: 2 };

interface BaselineFlows {
  /** What each flow delivers at baseline. */
  delivered: readonly { deliveredTbps: number; rttMs: number }[];
  /** The countries each flow touches. */
  countries: readonly (readonly CountryCode[])[];
}

const baselineFlowsOf = new WeakMap<Baseline, BaselineFlows>();

/** Each flow's baseline delivery and countries, worked out once: every cut compares the flows it changes against them. */
function baselineFlows(baseline: Baseline): BaselineFlows {
  let known = baselineFlowsOf.get(baseline);
  if (!known) {
    const { graph, demand } = baseline;
    known = {
      delivered: baseline.assignment.map((a) => deliveredOf(a, baseline.shares)),
      countries: demand.flows.map((flow) => flowCountries(graph, ...flowEnds(graph, flow))),
    };
    baselineFlowsOf.set(baseline, known);
  }
  return known;
}

/** What a cut did, as failover worked it out: what each country's row is measured from. */
interface CutOutcome {
  mask: CutMask;
  /** Flows whose baseline route crossed what is cut. */
  affected: readonly number[];
  reroutedFlows: readonly ReroutedFlow[];
  /** Each flow's placement after the cut. */
  assignmentOf: (flow: number) => FlowAssignment;
  /** Each edge's load after the cut. */
  load: ArrayLike<number>;
  /** Edges whose load the cut changed. */
  changedEdges: readonly number[];
  stranded: readonly StrandedFlow[];
  /** Countries left out of the rows: those cut off, which are reported apart. */
  skip: ReadonlySet<CountryCode>;
  /** Tbit/s each flow whose route survived had placed on what is cut, by flow index. */
  moved: ReadonlyMap<number, number>;
}

export function countryImpacts(baseline: Baseline, cut: CutOutcome): CountryImpact[] {
  const { mask, affected, reroutedFlows, assignmentOf, load, changedEdges, stranded, skip, moved } = cut;
  const { graph, demand } = baseline;
  // Only flows placed anew, or crossing an edge whose share of what it is offered changed, deliver differently from the
  // baseline: the baseline's per-country totals are patched with those flows instead of every flow being measured again.
  const sharesAfter = patchedShares(graph, baseline.shares, load, changedEdges);
  const changed = new Set<number>(affected);
  for (const e of changedEdges) if (sharesAfter[e] !== baseline.shares[e]) for (const f of baseline.flowsByEdge[e]!) changed.add(f);
  // The RTT rise compares each flow's RTT at fixed weights (its demand) over the flows delivered both times, so that a
  // change in what gets delivered is not read as a change in speed: rttLost/weightLost take out flows no longer delivered.
  const patch = new Map<CountryCode, { servedDelta: number; rttLost: number; weightLost: number; rttDelta: number }>();
  const { delivered, countries } = baselineFlows(baseline);
  for (const f of changed) {
    const flow = demand.flows[f]!;
    const before = delivered[f]!;
    const now = deliveredOf(assignmentOf(f), sharesAfter);
    for (const c of countries[f]!) {
      const p = patch.get(c) ?? { servedDelta: 0, rttLost: 0, weightLost: 0, rttDelta: 0 };
      p.servedDelta += now.deliveredTbps - before.deliveredTbps;
      if (!Number.isNaN(before.rttMs)) {
        if (Number.isNaN(now.rttMs)) {
          p.rttLost += flow.tbps * before.rttMs;
          p.weightLost += flow.tbps;
        } else p.rttDelta += flow.tbps * (now.rttMs - before.rttMs);
      }
      patch.set(c, p);
    }
  }
  const rerouted = new Map<CountryCode, { flows: number; tbps: number }>();
  for (const r of reroutedFlows) {
    for (const c of flowCountries(graph, r.before.from, r.before.to)) {
      const x = rerouted.get(c) ?? { flows: 0, tbps: 0 };
      x.flows++;
      x.tbps += r.flow.tbps;
      rerouted.set(c, x);
    }
  }
  const movedIn = new Map<CountryCode, number>();
  for (const [f, tbps] of moved) for (const c of countries[f]!) movedIn.set(c, (movedIn.get(c) ?? 0) + tbps);
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
    const { servedDelta = 0, rttLost = 0, weightLost = 0, rttDelta = 0 } = patch.get(country) ?? {};
    const rttBefore = before.rttWeightedMs - rttLost;
    const weight = before.rttWeightTbps - weightLost;
    const rttIncreaseMs = weight > 1e-12 ? Math.max(0, rttDelta / weight) : 0;
    const rttIncreasePct = rttBefore > 1e-9 ? Math.max(0, (rttDelta / rttBefore) * 100) : 0;
    const lost = lostTbps.get(country) ?? 0;
    const borderCapacityLostPct = before.borderTbps > 0 ? Math.min(100, (100 * lost) / before.borderTbps) : 0;
    const unservedPct = before.demandTbps > 1e-12 ? Math.min(100, Math.max(0, (-100 * servedDelta) / before.demandTbps)) : 0;
    const trafficReroutedPct = before.demandTbps > 1e-12 ? Math.min(100, (100 * (rerouted.get(country)?.tbps ?? 0)) / before.demandTbps) : 0;
    const trafficMovedPct = before.demandTbps > 1e-12 ? Math.min(100, (100 * (movedIn.get(country) ?? 0)) / before.demandTbps) : 0;
    const strandedHere = strandedIn.get(country)?.here ?? 0;
    const noticeable =
      strandedHere > 0 ||
      trafficReroutedPct >= NOTICEABLE.trafficReroutedPct ||
      borderCapacityLostPct >= NOTICEABLE.borderCapacityLostPct ||
      unservedPct >= NOTICEABLE.unservedPct ||
      rttIncreasePct >= NOTICEABLE.rttIncreasePct;
    if (!noticeable) continue;
    const measures = { rttIncreaseMs, rttIncreasePct, unservedPct };
    out.push({
      country,
      severity: severityOf(measures),
      ...measures,
      trafficReroutedPct,
      trafficMovedPct,
      borderCapacityLostPct,
      capacityLostTbps: lost,
      reroutedFlows: rerouted.get(country)?.flows ?? 0,
      strandedFlows: strandedIn.get(country)?.all ?? 0,
    });
  }
  return out.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      y.unservedPct - x.unservedPct ||
      y.rttIncreaseMs - x.rttIncreaseMs ||
      y.borderCapacityLostPct - x.borderCapacityLostPct ||
      (x.country < y.country ? -1 : 1),
  );
}
