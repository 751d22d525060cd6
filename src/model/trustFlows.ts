import type { Walk } from './announcements';
import type { Graph } from './graph';
import type { CountryCode, MetroId } from './ids';
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
 * zigzag across a carrier's footprint; repeated stops are dropped. Over the shipped dataset it
 * takes a few ms (printed by bench/routingTrust.ts): it runs for the explorer only, not the CLI.
 */
export function trustFlows(graph: Graph, layer: NetworkLayer, places: CountryPlaces, after: readonly Walk[], diverted: ReadonlySet<number>): TrustFlowView[] {
  const total = [...places.weight.values()].reduce((s, w) => s + w, 0);
  const xyz = unitVectors(graph);
  const gatewayNode = (country: string): number => graph.metroNode.get(places.gateway.get(country) as MetroId) ?? -1;
  // The presence nearest a node is the one whose unit vector has the largest dot product with it (no trigonometry).
  const stopOf = (network: number, previous: number): number => {
    const n = layer.networks[network]!;
    let best = -1;
    let bestDot = -Infinity;
    for (const node of n.presence) {
      const dot = xyz[3 * node]! * xyz[3 * previous]! + xyz[3 * node + 1]! * xyz[3 * previous + 1]! + xyz[3 * node + 2]! * xyz[3 * previous + 2]!;
      if (dot > bestDot) [best, bestDot] = [node, dot];
    }
    return best >= 0 ? best : gatewayNode(n.country);
  };
  const flows: TrustFlowView[] = [];
  for (const [country, access] of layer.accessOf) {
    const walk = after[access];
    const start = gatewayNode(country);
    if (!walk || walk.end !== 'delivered' || start < 0) continue;
    const stops = [start];
    for (const network of walk.path.slice(1)) {
      const stop = stopOf(network, stops[stops.length - 1]!);
      const last = graph.nodes[stops[stops.length - 1]!]!.lonLat;
      const at = graph.nodes[stop]?.lonLat;
      if (at && (at[0] !== last[0] || at[1] !== last[1])) stops.push(stop);
    }
    if (stops.length < 2) continue;
    flows.push({ country: country as CountryCode, weight: total ? (places.weight.get(country) ?? 0) / total : 0, diverted: diverted.has(access), path: stops.map((i) => graph.nodes[i]!.lonLat) });
  }
  return flows.sort((a, b) => b.weight - a.weight || (a.country < b.country ? -1 : 1));
}

const vectors = new WeakMap<Graph, Float64Array>();
/** Each node's position as a unit vector (x, y, z), built once per graph. */
function unitVectors(graph: Graph): Float64Array {
  let xyz = vectors.get(graph);
  if (!xyz) {
    xyz = new Float64Array(3 * graph.nodes.length);
    const rad = Math.PI / 180;
    graph.nodes.forEach((n, i) => {
      const [lon, lat] = n.lonLat;
      xyz![3 * i] = Math.cos(lat * rad) * Math.cos(lon * rad);
      xyz![3 * i + 1] = Math.cos(lat * rad) * Math.sin(lon * rad);
      xyz![3 * i + 2] = Math.sin(lat * rad);
    });
    vectors.set(graph, xyz);
  }
  return xyz;
}
