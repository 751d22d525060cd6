import type { CountryCode } from './ids';
import type { NetworkLayer, Relation } from './networks';
import type { TrustGraph, TrustNetwork } from './routingTrust';

/**
 * The AS graph the routing-trust simulation runs on (docs/MODEL.md, "Routing trust"): the
 * engine's networks and relationships (published, else its stated rules), plus two modelled
 * rules for the networks that exist in it only as origins or attackers, which the physical
 * model never needed connected:
 * 1. a content or cloud network (sells no transit, Tier 2) peers settlement-free with every
 *    Tier 1 and every other content network it has no relationship with: large content networks
 *    peer openly with the large carriers and with each other, and which of their thousands of
 *    other peerings exist is not in the data;
 * 2. a network that sells transit but has no provider and is not a Tier 1 buys transit from the
 *    upstreams of its home country's access networks (a national ISP buys where its country does).
 */
const RULE_CONTENT_PEERS = 'rule: a content network peers with every Tier 1 and every other content network (modelled, routing trust)';
const RULE_HOME_UPSTREAMS = "rule: a network without a provider buys from its home country's upstreams (modelled, routing trust)";

interface TrustLink {
  network: number;
  relation: Relation;
  /** The dataset record or rule it comes from. */
  basis: string;
  modelled: boolean;
}

export interface RoutingTrustGraph extends TrustGraph {
  adjacency: readonly (readonly TrustLink[])[];
  byId: ReadonlyMap<string, number>;
}

export function buildTrustGraph(layer: NetworkLayer): RoutingTrustGraph {
  const networks: TrustNetwork[] = layer.networks.map((n) => ({ id: n.id, name: n.name, asn: n.asn, tier: n.tier, kind: n.kind, country: n.country, sellsTransit: n.sellsTransit }));
  const adjacency: TrustLink[][] = layer.adjacency.map((list) => list.map((a) => ({ network: a.network, relation: a.relation, basis: a.basis, modelled: a.modelled })));
  const related = (a: number, b: number) => adjacency[a]!.some((x) => x.network === b);
  const link = (a: number, b: number, relationOfB: Relation, basis: string) => {
    const relationOfA: Relation = relationOfB === 'peer' ? 'peer' : relationOfB === 'provider' ? 'customer' : 'provider';
    adjacency[a]!.push({ network: b, relation: relationOfB, basis, modelled: true });
    adjacency[b]!.push({ network: a, relation: relationOfA, basis, modelled: true });
  };
  const tier1 = networks.filter((n) => n.kind === 'carrier' && n.tier === 1 && n.sellsTransit).map((n) => layer.byId.get(n.id)!);
  const content = networks.flatMap((n, i) => (n.kind === 'carrier' && !n.sellsTransit && n.tier === 2 ? [i] : []));
  for (const i of content) for (const t of [...tier1, ...content]) if (t !== i && !related(i, t)) link(i, t, 'peer', RULE_CONTENT_PEERS);
  networks.forEach((n, i) => {
    if (n.kind !== 'carrier' || !n.sellsTransit || tier1.includes(i) || adjacency[i]!.some((x) => x.relation === 'provider')) return;
    const home = layer.accessOf.get(n.country as CountryCode);
    if (home === undefined) return;
    for (const up of adjacency[home]!) if (up.relation === 'provider' && up.network !== i && !related(i, up.network)) link(i, up.network, 'provider', RULE_HOME_UPSTREAMS);
  });
  for (const list of adjacency) list.sort((x, y) => x.network - y.network);
  return { networks, adjacency, byId: layer.byId };
}

