import type { Walk } from './announcements';
import type { Graph } from './graph';
import type { CountryCode, MetroId } from './ids';
import { greatCircleKm } from './latency';
import type { LonLat } from '../data/schema';
import type { NetworkLayer } from './networks';

/**
 * Where each country's traffic for a block goes during a hijack or leak, placed on the map
 * (docs/MODEL.md, "Routing trust"): from the country's main gateway through each network of its
 * AS path to the network it ends at, so that the packets of a captured country visibly travel to
 * the hijacker's network (or through the leaker) and the others to the origin.
 */
export interface TrustFlowView {
  country: string;
  /** The country's share of the world's demand weight, 0–1. */
  weight: number;
  /** True where the country's traffic goes to the hijacker or through the leaker. */
  diverted: boolean;
  /** [lon, lat] stops: the country's gateway, then where each network on the AS path is met. */
  path: LonLat[];
}

/** Each country's main gateway (the demand model's heaviest hub) and its weight. */
export interface CountryPlaces {
  gateway: ReadonlyMap<string, MetroId>;
  weight: ReadonlyMap<string, number>;
}

/**
 * One flow per country whose traffic is delivered after the attack. A network is met at its
 * presence nearest the previous stop (carriers at their exchanges; a network recorded only as an
 * origin or attacker, with no presence, at its home country's gateway), so a path does not
 * zigzag across a carrier's footprint; repeated stops are dropped.
 */
export function trustFlows(graph: Graph, layer: NetworkLayer, places: CountryPlaces, after: readonly Walk[], diverted: ReadonlySet<number>): TrustFlowView[] {
  const total = [...places.weight.values()].reduce((s, w) => s + w, 0);
  const metroAt = (metro: MetroId | undefined): LonLat | null => {
    const node = graph.nodes[graph.metroNode.get(metro as MetroId) ?? -1];
    return node ? node.lonLat : null;
  };
  const stopOf = (network: number, previous: LonLat): LonLat | null => {
    const n = layer.networks[network]!;
    let best: LonLat | null = null;
    let bestKm = Infinity;
    for (const node of n.presence) {
      const at = graph.nodes[node]!.lonLat;
      const km = greatCircleKm(previous, at);
      if (km < bestKm) [best, bestKm] = [at, km];
    }
    return best ?? metroAt(places.gateway.get(n.country));
  };
  const flows: TrustFlowView[] = [];
  for (const [country, access] of layer.accessOf) {
    const walk = after[access];
    const start = metroAt(places.gateway.get(country));
    if (!walk || walk.end !== 'delivered' || !start) continue;
    const path: LonLat[] = [start];
    for (const network of walk.path.slice(1)) {
      const stop = stopOf(network, path[path.length - 1]!);
      const last = path[path.length - 1]!;
      if (stop && (stop[0] !== last[0] || stop[1] !== last[1])) path.push(stop);
    }
    if (path.length < 2) continue;
    flows.push({ country: country as CountryCode, weight: total ? (places.weight.get(country) ?? 0) / total : 0, diverted: diverted.has(access), path });
  }
  return flows.sort((a, b) => b.weight - a.weight || (a.country < b.country ? -1 : 1));
}
