import type { Baseline } from './baseline';
import { applyCuts } from './failover';
import type { CableId, CountryCode } from './ids';

/**
 * The cables by the traffic they carry at baseline (Tbit/s summed over their segments), the busiest
 * first, ties by id; the first `among` of them, or all. Ranking only the busiest keeps N-1 quick in a
 * browser: a cable that carries little cannot strand or slow much.
 */
function busiestCables(baseline: Baseline, among?: number): CableId[] {
  const carried = new Map<CableId, number>();
  for (const [id, edges] of baseline.graph.edgesByCable) carried.set(id, edges.reduce((s, e) => s + baseline.load[e]!, 0));
  const ids = [...carried.keys()].sort((a, b) => carried.get(b)! - carried.get(a)! || (a < b ? -1 : 1));
  return among === undefined ? ids : ids.slice(0, among);
}

/** What losing one cable alone would do (N-1). */
export interface CableCriticality {
  cable: CableId;
  name: string;
  /** Countries newly cut off. */
  isolated: readonly CountryCode[];
  strandedFlows: number;
  strandedTbps: number;
  reroutedFlows: number;
  reroutedTbps: number;
  /** Σ tbps × RTT increase over rerouted flows, in Tbit/s·ms: demand-weighted latency added. */
  addedLatency: number;
  /** Countries degraded (not isolated). */
  degraded: number;
  /** Edges congested after the cut that were not at baseline. */
  newlyCongested: number;
}

/**
 * Ranks cables by the impact of losing each alone, worst first: more countries
 * isolated, then more demand stranded, then more latency added, then more
 * edges newly congested, then more demand rerouted, then by id.
 */
export function rankCables(baseline: Baseline, options: { among?: number } = {}): CableCriticality[] {
  const graph = baseline.graph;
  const wasCongested = new Set(baseline.congested.map((c) => c.edge));
  const out: CableCriticality[] = [];
  for (const id of busiestCables(baseline, options.among)) {
    const cable = graph.cables.get(id)!;
    const impact = applyCuts(baseline, { cables: [id] });
    out.push({
      cable: id,
      name: cable.name,
      isolated: impact.isolated,
      strandedFlows: impact.stranded.length,
      strandedTbps: impact.stranded.reduce((s, x) => s + x.flow.tbps, 0),
      reroutedFlows: impact.rerouted.length,
      reroutedTbps: impact.rerouted.reduce((s, x) => s + x.flow.tbps, 0),
      addedLatency: impact.rerouted.reduce((s, x) => s + x.flow.tbps * x.rttIncreaseMs, 0),
      degraded: impact.degraded.length,
      newlyCongested: impact.congested.filter((c) => !wasCongested.has(c.edge)).length,
    });
  }
  return out.sort(
    (a, b) =>
      b.isolated.length - a.isolated.length ||
      b.strandedTbps - a.strandedTbps ||
      b.addedLatency - a.addedLatency ||
      b.newlyCongested - a.newlyCongested ||
      b.reroutedTbps - a.reroutedTbps ||
      (a.cable < b.cable ? -1 : 1),
  );
}
