import type { NetworkLayer } from './networks';

/**
 * BGP's choice at the level of networks, for one destination (docs/MODEL.md,
 * "Policy routing"): the routing tree of Gao and Rexford's model, in three
 * breadth-first passes (as in Gill, Schapira and Goldberg's simulations):
 * 1. customer routes climb from the destination through providers;
 * 2. networks with a customer route (or the destination) give a peer route to their peers;
 * 3. every route descends to customers as a provider route, shortest first.
 * A network prefers a customer route over a peer route over a provider route,
 * then the shortest AS path. Export is valley-free: customer routes go to
 * everyone, peer and provider routes only to customers.
 */
export const ORIGIN = 0;
export const VIA_CUSTOMER = 1;
export const VIA_PEER = 2;
export const VIA_PROVIDER = 3;
export const NO_ROUTE = -1;

export interface AsTree {
  destination: number;
  /** The class of each network's best route (ORIGIN … VIA_PROVIDER, NO_ROUTE), by network index. */
  cls: Int8Array;
  /** AS-path length of each network's best route (hops to the destination), by network index. */
  len: Int32Array;
}

/**
 * The routing tree towards `destination`. `live(a, k)` says whether network a's
 * k-th adjacency can carry traffic (some hand-off point survives); default all.
 */
export function routingTree(layer: NetworkLayer, destination: number, live: (a: number, k: number) => boolean = () => true): AsTree {
  const count = layer.networks.length;
  const cls = new Int8Array(count).fill(NO_ROUTE);
  const len = new Int32Array(count).fill(0x7fffffff);
  cls[destination] = ORIGIN;
  len[destination] = 0;

  // 1. Up through providers: breadth-first, so the first label is the shortest.
  let frontier = [destination];
  while (frontier.length) {
    const next: number[] = [];
    for (const x of frontier) {
      layer.adjacency[x]!.forEach((adj, k) => {
        if (adj.relation !== 'provider' || cls[adj.network] !== NO_ROUTE || !live(x, k)) return;
        cls[adj.network] = VIA_CUSTOMER;
        len[adj.network] = len[x]! + 1;
        next.push(adj.network);
      });
    }
    frontier = next;
  }

  // 2. One step across peers, from the destination and every network with a customer route.
  const peerLabels: [number, number][] = [];
  for (let x = 0; x < count; x++) {
    if (cls[x] !== ORIGIN && cls[x] !== VIA_CUSTOMER) continue;
    layer.adjacency[x]!.forEach((adj, k) => {
      if (adj.relation !== 'peer' || cls[adj.network] !== NO_ROUTE || !live(x, k)) return;
      peerLabels.push([adj.network, len[x]! + 1]);
    });
  }
  for (const [y, l] of peerLabels) {
    if (cls[y] === NO_ROUTE || (cls[y] === VIA_PEER && l < len[y]!)) {
      cls[y] = VIA_PEER;
      len[y] = l;
    }
  }

  // 3. Down to customers, shortest first (a bucket queue by path length).
  const buckets: number[][] = [];
  for (let x = 0; x < count; x++) if (cls[x] !== NO_ROUTE) (buckets[len[x]!] ??= []).push(x);
  for (let l = 0; l < buckets.length; l++) {
    for (const x of buckets[l] ?? []) {
      if (len[x] !== l) continue;
      layer.adjacency[x]!.forEach((adj, k) => {
        const c = adj.network;
        if (adj.relation !== 'customer' || !live(x, k)) return;
        if (cls[c] === NO_ROUTE || (cls[c] === VIA_PROVIDER && l + 1 < len[c]!)) {
          cls[c] = VIA_PROVIDER;
          len[c] = l + 1;
          (buckets[l + 1] ??= []).push(c);
        }
      });
    }
  }
  return { destination, cls, len };
}

/** Whether network `from` may use a neighbour's route of class `cls`, given what the neighbour is to it. */
export function isExported(relationOfNeighbour: 'customer' | 'peer' | 'provider', cls: number): boolean {
  if (cls === NO_ROUTE) return false;
  // A provider passes every route down to its customers; customers and peers pass on only their own and their customers'.
  return relationOfNeighbour === 'provider' || cls === ORIGIN || cls === VIA_CUSTOMER;
}
