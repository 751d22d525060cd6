import { NO_ROUTE, ORIGIN, VIA_CUSTOMER, VIA_PEER, VIA_PROVIDER } from './asTree';
import type { Relation } from './networks';

/**
 * Routes to one address block when more than one network announces it (docs/MODEL.md, "Routing
 * trust"). The same Gao–Rexford policy as the engine's routing trees (asTree.ts): a network
 * prefers a customer route over a peer route over a provider route, then the shorter AS path,
 * then the neighbour with the lower network index (the engine's last tie-break; the hot-potato
 * step before it needs a place inside the network, which a whole-network answer has not).
 * Export is valley-free. Each route remembers which announcement it carries (its `tag`), so
 * that a hijacker's route and the legitimate one compete hop by hop.
 */

/** The AS graph: what the routing-trust simulation needs of the network layer. */
export interface AsGraph {
  networks: readonly { id: string }[];
  /** Each network's neighbours and what each is to it. */
  adjacency: readonly (readonly { network: number; relation: Relation }[])[];
}

/** A route as a network first holds it: an origin's own, or a leaked one received from the leaker. */
export interface Seed {
  network: number;
  /** ORIGIN for an announcement of its own; VIA_CUSTOMER / VIA_PEER / VIA_PROVIDER for one received. */
  cls: number;
  /** AS-path length from this network to the end of the route (0 for an origin). */
  len: number;
  /** The neighbour it was received from, -1 for an origin. */
  next: number;
  /** Which announcement the route carries. */
  tag: number;
}

/** Every network's chosen route for the block, by network index. */
export interface RouteTable {
  cls: Int8Array;
  len: Int32Array;
  /** The neighbour traffic is handed to (-1 at an origin or with no route). */
  next: Int32Array;
  tag: Int32Array;
}

const CLASS_OF: Record<Relation, number> = { customer: VIA_CUSTOMER, peer: VIA_PEER, provider: VIA_PROVIDER };

/** The class of a route received from a neighbour that is `relation` to the receiver. */
export function classFrom(relation: Relation): number {
  return CLASS_OF[relation];
}

/**
 * Propagates the seeded routes. `accepts(network, tag)` says whether a network takes routes
 * carrying an announcement at all: a validating network drops an RPKI-invalid one, and a network
 * already on a leaked route's path drops it (BGP's loop check). A `quiet` network exports nothing
 * (a hijacker that announced only to the neighbours seeded with its route).
 */
export function propagate(graph: AsGraph, seeds: readonly Seed[], accepts: (network: number, tag: number) => boolean, quiet?: (network: number) => boolean): RouteTable {
  const count = graph.networks.length;
  const t: RouteTable = { cls: new Int8Array(count).fill(NO_ROUTE), len: new Int32Array(count), next: new Int32Array(count).fill(-1), tag: new Int32Array(count).fill(-1) };
  const offer = (n: number, cls: number, len: number, next: number, tag: number): boolean => {
    if (!accepts(n, tag)) return false;
    const have = t.cls[n]!;
    const better = have === NO_ROUTE || cls < have || (cls === have && (len < t.len[n]! || (len === t.len[n]! && next < t.next[n]!)));
    if (!better) return false;
    t.cls[n] = cls;
    t.len[n] = len;
    t.next[n] = next;
    t.tag[n] = tag;
    return true;
  };
  for (const s of seeds) offer(s.network, s.cls, s.len, s.next, s.tag);

  // 1. Customer routes climb through providers, shortest first (a bucket queue by path length).
  const up: number[][] = [];
  for (let x = 0; x < count; x++) if (t.cls[x] === ORIGIN || t.cls[x] === VIA_CUSTOMER) (up[t.len[x]!] ??= []).push(x);
  for (let l = 0; l < up.length; l++) {
    for (const x of up[l] ?? []) {
      if (t.len[x] !== l || (t.cls[x] !== ORIGIN && t.cls[x] !== VIA_CUSTOMER) || quiet?.(x)) continue;
      for (const adj of graph.adjacency[x]!) {
        if (adj.relation === 'provider' && offer(adj.network, VIA_CUSTOMER, l + 1, x, t.tag[x]!)) (up[l + 1] ??= []).push(adj.network);
      }
    }
  }

  // 2. One step across peers, from the networks holding an origin or customer route (peer routes are not passed to peers).
  const exporters: number[] = [];
  for (let x = 0; x < count; x++) if ((t.cls[x] === ORIGIN || t.cls[x] === VIA_CUSTOMER) && !quiet?.(x)) exporters.push(x);
  for (const x of exporters) for (const adj of graph.adjacency[x]!) if (adj.relation === 'peer') offer(adj.network, VIA_PEER, t.len[x]! + 1, x, t.tag[x]!);

  // 3. Every route descends to customers as a provider route, shortest first.
  const down: number[][] = [];
  for (let x = 0; x < count; x++) if (t.cls[x] !== NO_ROUTE) (down[t.len[x]!] ??= []).push(x);
  for (let l = 0; l < down.length; l++) {
    for (const x of down[l] ?? []) {
      if (t.len[x] !== l || t.cls[x] === NO_ROUTE || quiet?.(x)) continue;
      for (const adj of graph.adjacency[x]!) {
        if (adj.relation === 'customer' && offer(adj.network, VIA_PROVIDER, l + 1, x, t.tag[x]!)) (down[l + 1] ??= []).push(adj.network);
      }
    }
  }
  return t;
}

/** Where one network's traffic for an address goes: the networks it crosses and where it ends. */
export interface Walk {
  /** Network indices from the sender to the last network reached. */
  path: number[];
  /** How it ended: at the network that announced the route it followed, nowhere (no route), or in a loop. */
  end: 'delivered' | 'no-route' | 'loop';
}

/**
 * Follows traffic hop by hop as routers forward it: at each network the longest matching prefix
 * wins, so a network holding a route for the more-specific block uses it, else the covering one.
 * `tables` are ordered from the most specific to the least.
 */
export function walk(tables: readonly RouteTable[], from: number): Walk {
  const path: number[] = [];
  const seen = new Set<number>();
  let at = from;
  for (;;) {
    if (seen.has(at)) return { path, end: 'loop' };
    seen.add(at);
    path.push(at);
    const table = tables.find((tb) => tb.cls[at] !== NO_ROUTE);
    if (!table) return { path, end: 'no-route' };
    if (table.cls[at] === ORIGIN) return { path, end: 'delivered' };
    at = table.next[at]!;
  }
}
