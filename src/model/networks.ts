import { accessNetworkId } from '../data/relationshipChecks';
import { carrierFootprint, countryFootprints } from './footprint';
import type { Graph } from './graph';
import type { CountryCode } from './ids';
import { deriveRelationships } from './relationships';
import { closeNoTransit } from './transitPolicy';

/**
 * The network layer (docs/MODEL.md, "Networks"): every carrier is a network
 * (an AS), and so is each country's access networks, as one aggregate. A
 * network owns a footprint on the physical graph (the edges it may carry
 * traffic on) and a presence (the exchange nodes where it can hand traffic to
 * another network). Relationships say who pays whom: customer → provider
 * (transit) or peer ↔ peer (settlement-free).
 */
type NetworkKind = 'carrier' | 'access';
export type Relation = 'customer' | 'peer' | 'provider';

export interface Network {
  index: number;
  /** A carrier id, or `access-xx` for country XX's access networks. */
  id: string;
  kind: NetworkKind;
  name: string;
  asn: number | null;
  /** Tier 1 (transit-free), 2 or 3 for carriers; null for access networks. */
  tier: number | null;
  /** Its home country: a carrier's headquarters, an access network's country. */
  country: CountryCode;
  /** False for a content or cloud network: it carries only its own traffic. */
  sellsTransit: boolean;
  /** 1 where an edge is NOT in its footprint (the form Dijkstra's closed-edge mask takes), by edge index. */
  closed: Uint8Array;
  /** Exchange (and, for access networks, metro access) nodes where it is present, ascending. */
  presence: readonly number[];
}

export interface Adjacency {
  /** The neighbour's network index. */
  network: number;
  /** What the neighbour is to this network. */
  relation: Relation;
  /** Nodes where both are present, ascending: where traffic can be handed over. */
  handoffs: readonly number[];
  /** Where the relationship comes from: a dataset record (its id) or a rule of the model. */
  basis: string;
  modelled: boolean;
}

/** One network's stretch of a route: who carries it, from where to where, and what the next network is to it. */
export interface AsPathHop {
  /** Network index in the layer. */
  network: number;
  id: string;
  name: string;
  asn: number | null;
  /** Nodes where it receives and hands on (or delivers) the traffic. */
  entry: number;
  exit: number;
  /** What the next network is to this one (customer, peer or provider); null for the last. */
  next: Relation | null;
}

export interface NetworkLayer {
  networks: readonly Network[];
  byId: ReadonlyMap<string, number>;
  /** Each network's neighbours, by network index. */
  adjacency: readonly (readonly Adjacency[])[];
  /** The access network of each country with a metro. */
  accessOf: ReadonlyMap<CountryCode, number>;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildNetworks(graph: Graph): NetworkLayer {
  const bb = graph.backbone;
  const networks: Network[] = [];
  // Field by field, not a spread: spread objects each get a hidden class of their own in V8, which slows every read.
  const add = ({ id, kind, name, asn, tier, country, sellsTransit, closed, presence }: Omit<Network, 'index'>) =>
    networks.push({ id, kind, name, asn, tier, country, sellsTransit, closed, presence, index: networks.length });

  for (const c of [...bb.carriers.values()].sort((a, b) => byCodeUnit(a.id, b.id))) {
    const { closed, presence } = carrierFootprint(graph, c.id);
    closeNoTransit(graph, closed, c.hq as CountryCode);
    add({ id: c.id, kind: 'carrier', name: c.name, asn: c.asn, tier: c.tier, country: c.hq as CountryCode, sellsTransit: c.sellsTransit !== false, closed, presence });
  }
  const countries = [...new Set([...bb.metros.values()].map((m) => m.country as CountryCode))].sort(byCodeUnit);
  const footprints = countryFootprints(graph, countries);
  for (const country of countries) {
    const { closed, presence } = footprints.get(country)!;
    add({ id: accessNetworkId(country), kind: 'access', name: `${country} access networks`, asn: null, tier: null, country, sellsTransit: false, closed, presence });
  }
  const byId = new Map(networks.map((n) => [n.id, n.index]));
  const accessOf = new Map(networks.filter((n) => n.kind === 'access').map((n) => [n.country, n.index]));
  const adjacency = deriveRelationships(graph, networks, byId);
  return { networks, byId, adjacency, accessOf };
}

/** The nodes where two networks are both present, ascending. */
export function sharedPresence(a: Network, b: Network): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.presence.length && j < b.presence.length) {
    const x = a.presence[i]!;
    const y = b.presence[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}
