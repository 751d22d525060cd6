import type { Graph } from './graph';
import type { CountryCode } from './ids';

/**
 * Countries whose networks carry no transit between other countries in the
 * model (docs/MODEL.md, "Where transit does not go"): their international
 * gateways are state-controlled or filtered, or their carriers are under
 * sanctions, so the carriers that serve other countries neither buy transit
 * there nor pass their wavelengths through landing stations or land routes
 * there. Mainland China (state-licensed international gateways and the Great
 * Firewall), Russia and Belarus (sanctions and carriers' exits since 2022,
 * SORM interception), Iran (TIC's gateway monopoly, sanctions), Syria and North
 * Korea (sanctions), Mongolia (whose only borders are with Russia and China).
 * Their own traffic, and that of countries that have no other way out, still
 * crosses them.
 */
export const NO_TRANSIT_COUNTRIES: ReadonlySet<string> = new Set(['CN', 'RU', 'BY', 'IR', 'SY', 'KP', 'MN']);

/** Whether a network at home in `home` may pass traffic through `node`. */
export function mayTransit(graph: Graph, node: number, home: CountryCode): boolean {
  const country = graph.nodes[node]!.country;
  return country === home || !NO_TRANSIT_COUNTRIES.has(country);
}

/** Closes, in a footprint, every edge that touches a node the network may not pass traffic through. */
export function closeNoTransit(graph: Graph, closed: Uint8Array, home: CountryCode): void {
  for (const e of graph.edges) {
    if (closed[e.index]) continue;
    if (!mayTransit(graph, e.a, home) || !mayTransit(graph, e.b, home)) closed[e.index] = 1;
  }
}
