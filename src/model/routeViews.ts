import type { LonLat } from '../data/schema';
import type { Graph } from './graph';
import type { CableId } from './ids';
import { round } from './report';
import type { Route } from './routing';

/**
 * How a route and a load change look to the explorer: a route's drawn points, the cities it passes, the
 * stretch each network carries, and what the map colours and the panel counts after a cut.
 */

/** A cable, link or other edge the cuts loaded, as the explorer lists it. */
export interface ElementLoadView {
  /** The cable or terrestrial link the congested edge belongs to, if any. */
  element: string | null;
  name: string;
  utilisation: number;
}

/** Loaded this much or more by a cut, a cable or link is coloured on the map. */
const UTILISATION_SHOWN = 0.6;

/**
 * Where a cut changed the load: per cable or link, the highest utilisation among its edges the cut loaded
 * more (at least UTILISATION_SHOWN), and what is congested among them. One rule for both, so the map
 * and the panel never disagree; an edge counts as loaded more when its load rose by over 1 %.
 */
export function loadChanges(graph: Graph, before: ArrayLike<number>, after: ArrayLike<number>): { utilisation: Record<string, number>; congested: ElementLoadView[] } {
  const utilisation: Record<string, number> = {};
  const worst = new Map<string, ElementLoadView>();
  graph.edges.forEach((edge, i) => {
    if (edge.capacityTbps <= 0) return;
    const load = after[i] ?? 0;
    if (load <= (before[i] ?? 0) * 1.01 + 1e-9) return;
    const u = load / edge.capacityTbps;
    const element = edge.cable ?? edge.link ?? null;
    // Not rounded: a link filled exactly to capacity (1) is full, one above it congested, and the map must tell them apart as the panel does.
    if (element && u >= UTILISATION_SHOWN && u > (utilisation[element] ?? 0)) utilisation[element] = u;
    if (u <= graph.capacity.congestedAbove + 1e-9) return;
    const key = element ?? edge.id;
    const known = worst.get(key);
    if (!known || u > known.utilisation) worst.set(key, { element, name: element ? (graph.cables.get(element as CableId)?.name ?? graph.backbone.terrestrialLinks.get(element)?.name ?? edge.name) : edge.name, utilisation: u });
  });
  const congested = [...worst.values()]
    .sort((a, b) => b.utilisation - a.utilisation || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => ({ ...c, utilisation: round(c.utilisation, 2) }));
  return { utilisation, congested };
}

/**
 * Which network carries each stretch of a route's drawn points: one entry per network on its AS path, `from`
 * the index in `routeGeometry(graph, route)` where its stretch begins (the point of its entry). Empty for a
 * route without an AS path. Packets coloured by network change colour at each `from`: a hand-off made visible.
 */
export function routeStretches(graph: Graph, route: Route): { from: number; network: string }[] {
  if (!route.asPath?.length) return [];
  const { points, edgeStart } = geometryWithStarts(graph, route);
  const nodeAt = new Map<number, number>();
  route.nodes.forEach((n, i) => nodeAt.has(n) || nodeAt.set(n, i));
  return route.asPath.map((hop, h) => {
    const position = h === 0 ? 0 : (nodeAt.get(hop.entry) ?? 0);
    // A network entered at the route's last node (the destination's access network) holds just that point.
    return { from: position < edgeStart.length ? edgeStart[position]! : Math.max(0, points.length - 1), network: hop.id };
  });
}

/** The points of a route in travel order, each edge's drawn geometry turned to run the route's way. */
export function routeGeometry(graph: Graph, route: Route): LonLat[] {
  return geometryWithStarts(graph, route).points;
}

/** routeGeometry, and the index of the point each edge starts at. */
function geometryWithStarts(graph: Graph, route: Route): { points: LonLat[]; edgeStart: number[] } {
  const points: LonLat[] = [];
  const edgeStart: number[] = [];
  route.edges.forEach((edgeIndex, i) => {
    edgeStart.push(Math.max(0, points.length - 1));
    const edge = graph.edges[edgeIndex]!;
    const forward = edge.a === route.nodes[i];
    const coords = forward ? edge.route : [...edge.route].reverse();
    for (const p of coords) {
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p as LonLat);
    }
  });
  return { points, edgeStart };
}

/** The cities a route passes through, in order, each once in a row: its metros, exchanges and the cities of its landing stations. */
export function routeMetros(graph: Graph, route: Route): string[] {
  const out: string[] = [];
  for (const n of route.nodes) {
    const node = graph.nodes[n]!;
    if (node.metro && out[out.length - 1] !== node.metro) out.push(node.metro);
  }
  return out;
}

