import type { Graph } from './graph';
import type { Adjacency, Network, Relation } from './networks';
import { sharedPresence } from './networks';
import { openEdges, wholeCable } from './footprint';
import type { CableId, MetroId } from './ids';
import { mayTransit } from './transitPolicy';
import { greatCircleKm } from '../sphere';

/**
 * Who buys transit from whom, and who peers (docs/MODEL.md, "Relationships").
 * Published relationships (the dataset's `relationships`) come first. Where a
 * network has none, stated rules fill the gap, each marked modelled:
 * 1. the Tier 1 networks peer settlement-free with each other (what makes them Tier 1);
 * 2. a regional carrier (Tier 2/3) that sells transit buys it from the Tier 1s present
 *    in its home metros, else from those present at its PoPs and hubs nearest home (within
 *    NEAREST_HUBS_KM of the nearest one that has a Tier 1), not at every hub its cables reach;
 * 3. a country's access networks buy transit from the Tier 1s and the home carriers
 *    (headquartered there, with two PoPs or half of their PoPs there) present in the country,
 *    else from any carrier present that sells transit;
 * 4. a network with no eligible provider where it is present buys capacity to the
 *    nearest hubs that have one: hop by hop over the cables landing at, and the links
 *    leaving, the places it reaches, until a hop reaches an eligible provider. Those
 *    cables and links join its footprint, the metros reached its presence.
 * Content and cloud networks (sellsTransit: false) are nobody's provider.
 */
const MAX_REACH_HOPS = 4;
/**
 * Rule 2's reach: a regional carrier buys transit where its cables first bring its traffic, at the hubs within this
 * many km of the nearest one that has a Tier 1 (about a region's radius: Marseille, Palermo and Valencia for Algérie
 * Télécom), not at every hub its consortium cables land at. Without it Algérie Télécom was Telefónica's customer in
 * Singapore alone, and Telefónica, preferring a customer's route, carried Caracas–Algiers round the world (483 ms;
 * WonderProxy measured 194 ms in July 2020).
 */
const NEAREST_HUBS_KM = 2000;

const RULE_TIER1 = 'rule: Tier 1 networks peer with each other (Wikipedia, "Tier 1 network")';
const RULE_CARRIER = 'rule: a regional carrier buys transit from the Tier 1s where it is present (modelled)';
const RULE_ACCESS = 'rule: access networks buy transit from the carriers present in their country (modelled)';
const RULE_REACH = 'rule: no provider at home; capacity bought to the nearest hub that has one (modelled)';
/** Rule 4 where the only way out crosses a country that carries no transit (transitPolicy.ts). */
export const RULE_REACH_THROUGH = 'rule: no provider at home; capacity bought to the nearest hub, through a country carrying no transit: no other way out (modelled)';

export function deriveRelationships(graph: Graph, networks: Network[], byId: ReadonlyMap<string, number>): Adjacency[][] {
  const adjacency: Adjacency[][] = networks.map(() => []);
  const related = new Set<string>();
  const key = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const pending: { a: number; b: number; relationOfB: Relation; basis: string; modelled: boolean }[] = [];
  const relate = (a: number, b: number, relationOfB: Relation, basis: string, modelled: boolean) => {
    if (a === b || related.has(key(a, b))) return;
    related.add(key(a, b));
    pending.push({ a, b, relationOfB, basis, modelled });
  };

  const isTier1 = (p: Network) => p.kind === 'carrier' && p.tier === 1 && p.sellsTransit;
  joinHubs(graph, networks, isTier1);

  // Published transit counts only where the two share a place to hand traffic over; otherwise the rules still apply.
  const hasProvider = new Set<number>();
  for (const r of graph.backbone.dataset.relationships) {
    const [a, b] = r.kind === 'transit' ? [byId.get(r.customer), byId.get(r.provider)] : [byId.get(r.peers[0]), byId.get(r.peers[1])];
    if (a === undefined || b === undefined) continue;
    relate(a, b, r.kind === 'transit' ? 'provider' : 'peer', r.id, r.confidence === 'modelled');
    if (r.kind === 'transit' && sharedPresence(networks[a]!, networks[b]!).length) hasProvider.add(a);
  }

  const tier1 = networks.filter(isTier1);
  for (let i = 0; i < tier1.length; i++) for (let j = i + 1; j < tier1.length; j++) relate(tier1[i]!.index, tier1[j]!.index, 'peer', RULE_TIER1, false);

  const presentAt = new Map<number, Network[]>();
  for (const n of networks) for (const node of n.presence) presentAt.set(node, [...(presentAt.get(node) ?? []), n]);
  const providersAt = (nodes: readonly number[], eligible: (p: Network) => boolean) => {
    const found = new Set<Network>();
    for (const node of nodes) for (const p of presentAt.get(node) ?? []) if (eligible(p)) found.add(p);
    return [...found];
  };

  for (const n of networks) {
    if (hasProvider.has(n.index) || (!n.sellsTransit && n.kind === 'carrier') || isTier1(n)) continue;
    const other = (p: Network) => p !== n;
    const anySeller = (p: Network) => p.kind === 'carrier' && p.sellsTransit && other(p);
    const tier1 = (p: Network) => isTier1(p) && other(p);
    // Each part of its footprint that its own fibre does not join to the rest needs a provider of its own:
    // a carrier's PoPs on two continents, a country's metros with no domestic fibre between them in the data.
    for (const part of footprintParts(graph, n)) {
      let providers: Network[];
      let basis: string;
      if (n.kind === 'carrier') {
        providers = providersAt(nearestHubs(graph, n, part, (x) => providersAt([x], tier1).length > 0), tier1);
        basis = RULE_CARRIER;
      } else {
        providers = providersAt(part, (p) => anySeller(p) && (p.tier === 1 || isHomeCarrier(graph, p, n.country)));
        if (!providers.length) providers = providersAt(part, anySeller);
        basis = RULE_ACCESS;
      }
      if (!providers.length) {
        // A carrier goes as far as a real hub (HUB_TIER1S Tier 1s present); an access network to the nearest carrier that
        // sells transit, and there buys from the Tier 1s where any are present (a small country's operators buy capacity to
        // a hub and transit from the large networks there, not from a regional carrier that happens to have a PoP in it).
        const atHub = (nodes: readonly number[]) => {
          const large = providersAt(nodes, tier1);
          return large.length ? large : providersAt(nodes, anySeller);
        };
        const eligible = (nodes: readonly number[]) => (n.kind === 'carrier' ? providersAt(nodes, tier1) : atHub(nodes));
        const enough = n.kind === 'carrier' ? HUB_TIER1S : 1;
        // Around the countries that carry no transit where possible; through them only where there is no other way out.
        providers = reachHubs(graph, n, part, eligible, enough, true);
        basis = RULE_REACH;
        if (!providers.length) {
          providers = reachHubs(graph, n, part, eligible, enough, false);
          basis = RULE_REACH_THROUGH;
        }
      }
      for (const p of providers) relate(n.index, p.index, 'provider', basis, true);
    }
  }

  for (const { a, b, relationOfB, basis, modelled } of pending) {
    const handoffs = sharedPresence(networks[a]!, networks[b]!);
    const relationOfA: Relation = relationOfB === 'peer' ? 'peer' : relationOfB === 'provider' ? 'customer' : 'provider';
    adjacency[a]!.push({ network: b, relation: relationOfB, handoffs, basis, modelled });
    adjacency[b]!.push({ network: a, relation: relationOfA, handoffs, basis, modelled });
  }
  for (const list of adjacency) list.sort((x, y) => x.network - y.network);
  return adjacency;
}

/**
 * Rule 4: extends a network's footprint and presence hop by hop over whole
 * cables and links from where it is, until a hop reaches places with
 * providers; returns them (none if MAX_REACH_HOPS hops find none).
 */
function reachHubs(graph: Graph, n: Network, from: readonly number[], providersAt: (nodes: readonly number[]) => Network[], enough: number, avoid: boolean): Network[] {
  const allowed = (node: number) => !avoid || mayTransit(graph, node, n.country);
  const bb = graph.backbone;
  const presence = new Set(n.presence);
  let frontier = [...from];
  const usedCables = new Set<string>();
  for (let hop = 0; hop < MAX_REACH_HOPS && frontier.length; hop++) {
    const reached = new Set<number>();
    for (const node of frontier) {
      const metro = graph.nodes[node]!.metro;
      for (const lp of bb.landingPointsByMetro.get(metro) ?? []) {
        for (const cable of bb.cablesByLandingPoint.get(lp.id) ?? []) {
          if (usedCables.has(cable.id) || !graph.cables.has(cable.id as CableId)) continue;
          usedCables.add(cable.id);
          // The cable, less its stretches through landings it may not pass.
          const edges = wholeCable(graph, cable.id as CableId).filter((e) => allowed(graph.edges[e]!.a) && allowed(graph.edges[e]!.b));
          if (!edges.some((e) => graph.edges[e]!.kind === 'segment')) continue;
          openEdges(n.closed, edges);
          for (const other of cable.landingPoints) {
            const x = graph.exchangeNode.get((bb.landingPoints.get(other)?.metro ?? '') as MetroId);
            if (x !== undefined && !presence.has(x) && allowed(x)) reached.add(x);
          }
        }
      }
      for (let k = graph.adjStart[node]!; k < graph.adjStart[node + 1]!; k++) {
        const e = graph.adjEdge[k]!;
        const other = graph.adjNode[k]!;
        if (graph.edges[e]!.kind !== 'terrestrial' || !allowed(other)) continue;
        n.closed[e] = 0;
        if (!presence.has(other)) reached.add(other);
      }
    }
    for (const x of reached) presence.add(x);
    const found = [...reached].filter((x) => providersAt([x]).length >= enough);
    // A hub at home, where there is one, before one abroad.
    const domestic = found.filter((x) => graph.nodes[x]!.country === n.country);
    const hubs = domestic.length ? domestic : found;
    if (hubs.length) {
      // It hands traffic over only where it buys transit: at home and at those hubs.
      (n as { presence: readonly number[] }).presence = [...new Set([...n.presence, ...hubs])].sort((a, b) => a - b);
      return providersAt(hubs);
    }
    frontier = [...reached];
  }
  return [];
}

/** Metros where at least this many Tier 1 networks have PoPs: the interconnection hubs. */
const HUB_TIER1S = 2;

/**
 * Presence the PoP list does not show (modelled): a carrier with no PoP listed is present in its
 * home country's metros (an incumbent serves its own country), and a regional carrier is present at
 * the hubs its own cables (sourced ownership) land at: carriers interconnect where their capacity lands.
 */
function joinHubs(graph: Graph, networks: Network[], isTier1: (n: Network) => boolean): void {
  const tier1At = new Map<number, number>();
  for (const n of networks) if (isTier1(n)) for (const node of n.presence) tier1At.set(node, (tier1At.get(node) ?? 0) + 1);
  for (const n of networks) {
    // A routing-only network (recorded for BGP incidents) has no place on the fibre: it joins the AS graph only by its relationships.
    if (n.kind !== 'carrier' || isTier1(n) || !n.sellsTransit || graph.backbone.carriers.get(n.id)?.routingOnly) continue;
    const extra = new Set<number>(n.presence);
    if (!n.presence.length) for (const [, x] of graph.exchangeNode) if (graph.nodes[x]!.country === n.country) extra.add(x);
    for (const cable of graph.backbone.cablesByCarrier.get(n.id) ?? []) {
      for (const lp of cable.landingPoints) {
        const x = graph.exchangeNode.get((graph.backbone.landingPoints.get(lp)?.metro ?? '') as MetroId);
        if (x !== undefined && (tier1At.get(x) ?? 0) >= HUB_TIER1S && graph.cables.has(cable.id as CableId)) extra.add(x);
      }
    }
    (n as { presence: readonly number[] }).presence = [...extra].sort((a, b) => a - b);
  }
}

/** A carrier at home in a country: headquartered there, with two of its PoPs or half of them there (not a group that only has its seat there). */
function isHomeCarrier(graph: Graph, carrier: Network, country: string): boolean {
  if (carrier.country !== country) return false;
  const pops = graph.backbone.popsByCarrier.get(carrier.id) ?? [];
  const home = pops.filter((p) => graph.backbone.metros.get(p.metro)?.country === country).length;
  return home >= 2 || (pops.length > 0 && home / pops.length >= 0.5) || pops.length === 0;
}

/** A network's presence split into the groups its own footprint joins (its home country's first). */
function footprintParts(graph: Graph, n: Network): number[][] {
  const parts: number[][] = [];
  const seen = new Set<number>();
  const ordered = [...n.presence].sort((a, b) => Number(graph.nodes[b]!.country === n.country) - Number(graph.nodes[a]!.country === n.country) || a - b);
  for (const start of ordered) {
    if (seen.has(start)) continue;
    const reach = reachableFrom(graph, n.closed, [start]);
    const part = n.presence.filter((x) => reach[x]);
    for (const x of part) seen.add(x);
    parts.push(part);
  }
  return parts;
}

/** Nodes reachable from `from` over the open edges of a closed-edge mask. */
function reachableFrom(graph: Graph, closed: Uint8Array, from: readonly number[]): Uint8Array {
  const seen = new Uint8Array(graph.nodes.length);
  const stack = [...from];
  for (const x of from) seen[x] = 1;
  while (stack.length) {
    const u = stack.pop()!;
    for (let k = graph.adjStart[u]!; k < graph.adjStart[u + 1]!; k++) {
      const v = graph.adjNode[k]!;
      if (closed[graph.adjEdge[k]!] || seen[v]) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  return seen;
}

/**
 * The places of a network's footprint part nearest its home country that rule 2 buys transit at: those within
 * NEAREST_HUBS_KM of the nearest one where `hasProvider`; the whole part where none has one or the home has no exchange.
 */
function nearestHubs(graph: Graph, n: Network, part: readonly number[], hasProvider: (node: number) => boolean): readonly number[] {
  const home = graph.nodes.filter((x) => x.country === n.country && x.kind === 'exchange');
  const withProvider = part.filter(hasProvider);
  if (!home.length || !withProvider.length) return part;
  // Reduced, not spread: a country may have more exchanges, and a footprint more places, than a call takes arguments.
  const fromHome = new Map(part.map((x) => [x, home.reduce((km, h) => Math.min(km, greatCircleKm(graph.nodes[x]!.lonLat, h.lonLat)), Infinity)]));
  const nearest = withProvider.reduce((km, x) => Math.min(km, fromHome.get(x)!), Infinity);
  return part.filter((x) => fromHome.get(x)! <= nearest + NEAREST_HUBS_KM);
}
