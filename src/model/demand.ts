import type { Graph } from './graph';
import type { MetroId } from './ids';

/**
 * Demand: a gravity model between metros (docs/MODEL.md, "Demand").
 * The flow between metros i and j is proportional to w_i × w_j (no distance
 * decay: the simple gravity model behind tomogravity, Zhang et al. 2003).
 * w is the metro's population when every metro has one; otherwise a weight
 * derived from what the dataset has: 1 + carrier PoPs + IXP peak Tbit/s + half
 * the cables landing there.
 */
export interface Flow {
  /** Position in `Demand.flows`. */
  index: number;
  /** `FROM>TO`, FROM the lower id. */
  id: string;
  from: MetroId;
  to: MetroId;
  /** Volume in each direction, Tbit/s. */
  tbps: number;
}

export interface Demand {
  /** The top flows, largest first (ties by id). Only these are routed and load the network. */
  flows: readonly Flow[];
  /** Demand over all metro pairs. */
  totalTbps: number;
  /** The share of totalTbps the top flows carry. */
  routedShare: number;
  weights: ReadonlyMap<MetroId, number>;
  basis: 'population' | 'derived';
}

export interface DemandOptions {
  /** How many of the largest flows to route. Default 300. */
  topFlows?: number;
  /** Demand over all metro pairs, Tbit/s in each direction. Default: DEFAULT_DEMAND_RATIO × the design capacity of the cables in service. */
  totalTbps?: number;
}

/**
 * Demand over all pairs as a share of the summed design capacity of the cables
 * in service that year (each cable counted once). A scale, not a measurement:
 * see docs/MODEL.md for how it was chosen.
 */
export const DEFAULT_DEMAND_RATIO = 0.2;
export const DEFAULT_TOP_FLOWS = 300;

/** Each metro's weight in the gravity model, and which basis it used. */
export function metroWeights(graph: Graph): { weights: Map<MetroId, number>; basis: Demand['basis'] } {
  const bb = graph.backbone;
  const metros = [...bb.metros.values()];
  const weights = new Map<MetroId, number>();
  if (metros.length > 0 && metros.every((m) => m.population !== undefined)) {
    for (const m of metros) weights.set(m.id as MetroId, m.population! / 1e6);
    return { weights, basis: 'population' };
  }
  const cablesAt = new Map<string, number>();
  for (const c of graph.cables.values()) {
    const metrosOfCable = new Set(c.landingPoints.map((lp) => bb.landingPoints.get(lp)?.metro ?? ''));
    for (const m of metrosOfCable) cablesAt.set(m, (cablesAt.get(m) ?? 0) + 1);
  }
  for (const m of metros) {
    const pops = bb.popsByMetro.get(m.id)?.length ?? 0;
    const ixTbps = (bb.ixpsByMetro.get(m.id) ?? []).filter((x) => x.founded <= graph.year).reduce((s, x) => s + (x.peakTraffic?.tbps ?? 0), 0);
    weights.set(m.id as MetroId, 1 + pops + ixTbps + 0.5 * (cablesAt.get(m.id) ?? 0));
  }
  return { weights, basis: 'derived' };
}

export function buildDemand(graph: Graph, options: DemandOptions = {}): Demand {
  const topFlows = options.topFlows ?? DEFAULT_TOP_FLOWS;
  const totalTbps = options.totalTbps ?? DEFAULT_DEMAND_RATIO * designCapacityTbps(graph);
  const { weights, basis } = metroWeights(graph);
  const ids = [...weights.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const w = ids.map((id) => weights.get(id)!);
  const pairs: { i: number; j: number; g: number }[] = [];
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const g = w[i]! * w[j]!;
      sum += g;
      pairs.push({ i, j, g });
    }
  }
  // Largest first; equal gravity keeps id order (pairs are generated in id order and the sort is stable).
  pairs.sort((a, b) => b.g - a.g);
  const kept = pairs.slice(0, Math.max(0, topFlows));
  const flows: Flow[] = kept.map(({ i, j, g }, index) => ({
    index,
    id: `${ids[i]}>${ids[j]}`,
    from: ids[i]!,
    to: ids[j]!,
    tbps: sum > 0 ? (totalTbps * g) / sum : 0,
  }));
  const routed = flows.reduce((s, f) => s + f.tbps, 0);
  return { flows, totalTbps, routedShare: totalTbps > 0 ? routed / totalTbps : 0, weights, basis };
}

/** The summed design capacity of the cables in service in the graph's year, each counted once. */
export function designCapacityTbps(graph: Graph): number {
  let sum = 0;
  for (const id of graph.cables.keys()) sum += graph.edges[graph.edgesByCable.get(id)![0]!]!.capacityTbps;
  return sum;
}
