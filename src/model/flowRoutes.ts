import type { Graph } from './graph';
import type { CableId, LinkId, MetroId } from './ids';
import { ModelInputError } from './ids';
import { fibreFloorRttMs } from './latency';
import type { AsPathHop, NetworkLayer } from './networks';
import type { PolicyPath, PolicyRouter } from './policyRouting';
import type { Route } from './routing';

/** A policy path as the engine's Route, with its AS path. */
export function toRoute(graph: Graph, layer: NetworkLayer, from: number, to: number, path: PolicyPath): Route {
  const nodes = [from];
  for (const e of path.edges) {
    const edge = graph.edges[e]!;
    const at = nodes[nodes.length - 1]!;
    nodes.push(edge.a === at ? edge.b : edge.a);
  }
  const cables = new Set<CableId>();
  const links = new Set<LinkId>();
  let lengthKm = 0;
  let oneWayMs = 0;
  for (const e of path.edges) {
    const edge = graph.edges[e]!;
    lengthKm += edge.lengthKm;
    oneWayMs += graph.weight[e]!;
    if (edge.cable) cables.add(edge.cable);
    if (edge.link) links.add(edge.link);
  }
  const asPath: AsPathHop[] = path.hops.map((h) => {
    const n = layer.networks[h.network]!;
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
    floorMs: fibreFloorRttMs(graph.nodes[from]!.lonLat, graph.nodes[to]!.lonLat),
    cables: [...cables],
    links: [...links],
    carriers: [...new Set(asPath.filter((h) => layer.networks[h.network]!.kind === 'carrier').map((h) => h.id))],
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
    const copy = Uint8Array.from(closed);
    for (const e of route.edges) copy[e] = 0;
    return copy;
  }
  return closed;
}

/** Whether two routes cross the same networks in the same order. */
export function sameAsPath(a: Route, b: Route): boolean {
  const x = a.asPath ?? [];
  const y = b.asPath ?? [];
  return x.length === y.length && x.every((h, i) => h.network === y[i]!.network);
}
