import { crossesDead, edgesTo } from './footprintTree';
import type { FootprintTree } from './footprintTree';
import type { Relation } from './networks';

/** One network's part of a route. */
export interface AsHop {
  /** Network index. */
  network: number;
  /** Node where it receives the traffic, and node where it hands it on (or delivers it). */
  entry: number;
  exit: number;
  /** What the next network is to this one; null for the last. */
  next: Relation | null;
}

/** A route between two metros: its edges, its one-way latency and the networks that carry it. */
export interface PolicyPath {
  edges: number[];
  oneWayMs: number;
  hops: AsHop[];
}

/**
 * What a network does with traffic for a destination from where it holds it: carries it over its own footprint
 * (the path in `tree` to the hop's exit), then hands it to the next network's continuation. Linked, not written
 * out: a network's decision builds on its neighbour's, and most are never asked for their edges.
 */
export interface Continuation {
  tree: FootprintTree;
  hop: AsHop;
  rest: Continuation | null;
  oneWayMs: number;
  /** AS-path length from here. */
  len: number;
}

/** A continuation's edges, each network's stretch in turn. */
export function edgesOf(route: Continuation): number[] {
  const edges: number[] = [];
  for (let at: Continuation | null = route; at; at = at.rest) for (const e of edgesTo(at.tree, at.hop.exit)) edges.push(e);
  return edges;
}

/** Whether a continuation crosses a `dead` edge: only where it crosses a network the cut `touched` can it. */
export function crossesCut(route: Continuation, touched: Uint8Array, dead: Uint8Array): boolean {
  for (let at: Continuation | null = route; at; at = at.rest) if (touched[at.hop.network] && crossesDead(at.tree, at.hop.exit, dead)) return true;
  return false;
}

/** Whether a route's AS path holds a network (BGP's loop check). */
export function holds(route: Continuation, network: number): boolean {
  for (let at: Continuation | null = route; at; at = at.rest) if (at.hop.network === network) return true;
  return false;
}

/** A continuation's AS path, network by network. */
export function hopsOf(route: Continuation): AsHop[] {
  const hops: AsHop[] = [];
  for (let at: Continuation | null = route; at; at = at.rest) hops.push(at.hop);
  return hops;
}
