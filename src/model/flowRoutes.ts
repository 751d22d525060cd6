import type { Graph } from './graph';
import type { CableId, LinkId, MetroId } from './ids';
import { ModelInputError } from './ids';
import { fibreFloorRttMs } from './latency';
import type { AsPathHop, NetworkLayer } from './networks';
import type { PolicyPath, PolicyRouter } from './policyRouting';
import type { Route } from './routing';

const floors = new WeakMap<Graph, Map<number, number>>();

/** The fibre floor between two nodes, remembered: every reroute of a flow asks it again. */
function floorBetween(graph: Graph, from: number, to: number): number {
  let known = floors.get(graph);
  if (!known) floors.set(graph, (known = new Map()));
  const key = from * graph.nodes.length + to;
  let floor = known.get(key);
  if (floor === undefined) known.set(key, (floor = fibreFloorRttMs(graph.nodes[from]!.lonLat, graph.nodes[to]!.lonLat)));
  return floor;
}

/** A policy path as the engine's Route, with its AS path. */
export function toRoute(graph: Graph, layer: NetworkLayer, from: number, to: number, path: PolicyPath): Route {
  // One pass over the edges; the few cables, links and carriers of a route are kept unique in arrays (cheaper than sets).
  const nodes = [from];
  const cables: CableId[] = [];
  const links: LinkId[] = [];
  let lengthKm = 0;
  let oneWayMs = 0;
  let at = from;
  for (const e of path.edges) {
    const edge = graph.edges[e]!;
    at = edge.a === at ? edge.b : edge.a;
    nodes.push(at);
    lengthKm += edge.lengthKm;
    oneWayMs += graph.weight[e]!;
    if (edge.cable && !cables.includes(edge.cable)) cables.push(edge.cable);
    if (edge.link && !links.includes(edge.link)) links.push(edge.link);
  }
  const carriers: string[] = [];
  const asPath: AsPathHop[] = path.hops.map((h) => {
    const n = layer.networks[h.network]!;
    if (n.kind === 'carrier' && !carriers.includes(n.id)) carriers.push(n.id);
    return { network: n.index, id: n.id, name: n.name, asn: n.asn, entry: h.entry, exit: h.exit, next: h.next };
  });
  return {
    from,
    to,
    nodes,
    edges: path.edges,
    lengthKm,
    oneWayMs,
    rttMs: 2 * oneWayMs,
    floorMs: floorBetween(graph, from, to),
    cables,
    links,
    carriers,
    asPath,
  };
}

/** The policy route between two metros (metro ids), or null. Throws ModelInputError for an unknown metro. */
export function policyRouteBetween(router: PolicyRouter, a: string, b: string): Route | null {
  const { graph, layer } = router;
  const from = graph.metroNode.get(a as MetroId);
  const to = graph.metroNode.get(b as MetroId);
  if (from === undefined) throw new ModelInputError(`unknown metro "${a}"`);
  if (to === undefined) throw new ModelInputError(`unknown metro "${b}"`);
  const path = router.route(from, to);
  return path ? toRoute(graph, layer, from, to, path) : null;
}

/**
 * Where a flow's volume may spread (its corridor's parallel systems), as a
 * closed-edge mask: the footprints of the networks on its AS path, and those of
 * the content and cloud networks, which carry most international traffic on
 * their own cables (TeleGeography: content providers account for about
 * two-thirds of used international bandwidth) and serve it in every country.
 */
export function flowFootprint(router: PolicyRouter, route: Route): Uint8Array {
  const networks = [...new Set((route.asPath ?? []).map((h) => h.network))].sort((x, y) => x - y);
  const closed = router.unionFootprint(networks, true);
  // The route itself may cross what no listed footprint holds (a hand-off's interconnect): always open.
  if (route.edges.some((e) => closed[e])) {
    const copy = closed.slice();
    for (const e of route.edges) copy[e] = 0;
    return copy;
  }
  return closed;
}

/** Whether two routes cross the same networks in the same order. */
export function sameAsPath(a: Route, b: Route): boolean {
  const x = a.asPath ?? [];
  const y = b.asPath ?? [];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i]!.network !== y[i]!.network) return false;
  return true;
}
