import { isExported, ORIGIN, routingTree, VIA_CUSTOMER, VIA_PEER, VIA_PROVIDER } from './asTree';
import type { AsTree } from './asTree';
import type { CutMask } from './cuts';
import type { Graph } from './graph';
import type { NetworkLayer, Relation } from './networks';
import { pathTo, shortestPathTree } from './routing';
import type { PathTree } from './routing';

/**
 * Routes as the internet picks them (docs/MODEL.md, "Policy routing"): between
 * networks by BGP policy, inside each network over its own footprint.
 *
 * At a network N, reached at node u, with traffic for destination metro t:
 * 1. the routes N's neighbours export to it are ranked by local preference
 *    (customer over peer over provider), then AS-path length (routingTree);
 * 2. among the best, N hands over at the hand-off it reaches first inside its
 *    own footprint (hot potato); hand-offs within HOT_POTATO_TIE_MS of each other
 *    (typically the same metro) are tied, and the tie goes to the neighbour whose
 *    route is fastest end to end, then the lower network index: an access network
 *    stands for many ISPs that spread over their upstreams and engineer for
 *    performance, and a deterministic model needs one choice;
 * 3. a route that cannot be followed (the neighbour cannot reach on from that
 *    hand-off, or its AS path already holds N) is skipped for the next best,
 *    as a router drops a route whose next hop it cannot reach.
 */
export const HOT_POTATO_TIE_MS = 0.5;
/** Options tried at one network before it gives up on a destination. */
export const MAX_OPTIONS = 48;

export interface AsHop {
  /** Network index. */
  network: number;
  /** Node where it receives the traffic, and node where it hands it on (or delivers it). */
  entry: number;
  exit: number;
  /** What the next network is to this one; null for the last. */
  next: Relation | null;
}

export interface PolicyPath {
  edges: number[];
  oneWayMs: number;
  hops: AsHop[];
}

interface Continuation extends PolicyPath {
  /** AS-path length from here. */
  len: number;
}

interface Option {
  neighbour: number;
  relation: Relation;
  rank: number;
  len: number;
  handoffs: readonly number[];
}

const RANK: Record<Relation, number> = { customer: VIA_CUSTOMER, peer: VIA_PEER, provider: VIA_PROVIDER };

export class PolicyRouter {
  private trees = new Map<number, PathTree>();
  private asTrees = new Map<number, AsTree>();
  private closedCache = new Map<number, Uint8Array>();
  /** Per destination node, what each (network, node) does with traffic for it: shared by every flow to that destination. */
  private memos = new Map<number, Map<number, Continuation | null>>();
  private touched: Uint8Array;
  /** Whether the cut takes out nodes (a metro, a landing station), which can break hand-offs; fibre alone cannot. */
  private cutsNodes: boolean;

  constructor(
    readonly graph: Graph,
    readonly layer: NetworkLayer,
    readonly mask?: CutMask,
    /** The intact network's router: its footprint trees are reused for networks the cut does not touch. */
    private readonly base?: PolicyRouter,
  ) {
    this.touched = new Uint8Array(layer.networks.length);
    this.cutsNodes = !!mask?.deadNodes.some((x) => x);
    if (mask)
      for (const n of layer.networks) {
        if (mask.deadEdges.some((e) => !n.closed[e]) || n.presence.some((node) => mask.deadNodes[node])) this.touched[n.index] = 1;
      }
  }

  /** The network's footprint as a closed-edge mask, with what the cut took out closed too. */
  closedFor(network: number): Uint8Array {
    const own = this.layer.networks[network]!.closed;
    if (!this.mask || !this.touched[network]) return own;
    let closed = this.closedCache.get(network);
    if (!closed) {
      closed = Uint8Array.from(own);
      for (const e of this.mask.deadEdges) closed[e] = 1;
      this.closedCache.set(network, closed);
    }
    return closed;
  }

  private unions = new Map<string, Uint8Array>();

  /**
   * The union of some networks' footprints (and, with `withContent`, those of the content and cloud
   * networks) as a closed-edge mask, cached by the set: many flows are carried by the same networks.
   */
  unionFootprint(networks: readonly number[], withContent: boolean): Uint8Array {
    const key = `${withContent ? 'c' : ''}${networks.join(',')}`;
    let closed = this.unions.get(key);
    if (!closed) {
      if (withContent) {
        const content = this.layer.networks.filter((n) => n.kind === 'carrier' && !n.sellsTransit).map((n) => n.index);
        closed = Uint8Array.from(this.unionFootprint(content, false));
      } else closed = new Uint8Array(this.graph.edges.length).fill(1);
      for (const n of networks) for (const e of this.openEdgesOf(n)) closed[e] = 0;
      this.unions.set(key, closed);
    }
    return closed;
  }

  private openLists = new Map<number, Int32Array>();

  /** The edges of a network's footprint that the cut left, ascending. */
  openEdgesOf(network: number): Int32Array {
    let list = this.openLists.get(network);
    if (!list) {
      const closed = this.closedFor(network);
      const open: number[] = [];
      for (let e = 0; e < closed.length; e++) if (!closed[e]) open.push(e);
      this.openLists.set(network, (list = Int32Array.from(open)));
    }
    return list;
  }

  /** Latency-shortest paths from `node` over one network's footprint. */
  tree(network: number, node: number): PathTree {
    if (this.base && !this.touched[network]) return this.base.tree(network, node);
    const key = network * this.graph.nodes.length + node;
    let tree = this.trees.get(key);
    if (!tree) {
      tree = shortestPathTree(this.graph, node, this.closedFor(network));
      this.trees.set(key, tree);
    }
    return tree;
  }

  asTree(destination: number): AsTree {
    // The networks' choices only change where a hand-off point is cut; a cut of fibre alone leaves the trees as they were.
    if (this.base && !this.cutsNodes) return this.base.asTree(destination);
    let tree = this.asTrees.get(destination);
    if (!tree) {
      const deadNodes = this.mask?.deadNodes;
      tree = routingTree(this.layer, destination, deadNodes ? (a, k) => this.layer.adjacency[a]![k]!.handoffs.some((h) => !deadNodes[h]) : undefined);
      this.asTrees.set(destination, tree);
    }
    return tree;
  }

  /** The route from metro node `from` to metro node `to`, or null when policy and fibre leave none. */
  route(from: number, to: number): PolicyPath | null {
    const { graph, layer, mask } = this;
    if (mask && (mask.deadNodes[from] || mask.deadNodes[to])) return null;
    const source = layer.accessOf.get(graph.nodes[from]!.country);
    const destination = layer.accessOf.get(graph.nodes[to]!.country);
    if (source === undefined || destination === undefined) return null;
    if (source === destination) return this.domestic(source, from, to);
    let memo = this.memos.get(to);
    if (!memo) this.memos.set(to, (memo = new Map()));
    return this.continuation(source, from, destination, to, memo, new Set());
  }

  /** Inside one country: over its access networks' own fibre, else through one of their upstreams and back. */
  private domestic(access: number, from: number, to: number): PolicyPath | null {
    const inside = this.tree(access, from);
    if (inside.dist[to]! < Infinity) return { edges: pathTo(this.graph, inside, to), oneWayMs: inside.dist[to]!, hops: [{ network: access, entry: from, exit: to, next: null }] };
    let best: { ms: number; via: number; h1: number; h2: number } | null = null;
    for (const adj of this.layer.adjacency[access]!) {
      if (adj.relation !== 'provider') continue;
      for (const h1 of adj.handoffs) {
        if (this.mask?.deadNodes[h1] || !(inside.dist[h1]! < Infinity)) continue;
        const carried = this.tree(adj.network, h1);
        for (const h2 of adj.handoffs) {
          const last = this.tree(access, h2).dist[to]!;
          const ms = inside.dist[h1]! + carried.dist[h2]! + last;
          if (ms < Infinity && (!best || ms < best.ms - 1e-9)) best = { ms, via: adj.network, h1, h2 };
        }
      }
    }
    if (!best) return null;
    const { via, h1, h2, ms } = best;
    return {
      edges: [...pathTo(this.graph, inside, h1), ...pathTo(this.graph, this.tree(via, h1), h2), ...pathTo(this.graph, this.tree(access, h2), to)],
      oneWayMs: ms,
      hops: [
        { network: access, entry: from, exit: h1, next: 'provider' },
        { network: via, entry: h1, exit: h2, next: 'customer' },
        { network: access, entry: h2, exit: to, next: null },
      ],
    };
  }

  private continuation(network: number, node: number, destination: number, to: number, memo: Map<number, Continuation | null>, open: Set<number>): Continuation | null {
    const key = network * this.graph.nodes.length + node;
    if (memo.has(key)) return memo.get(key)!;
    // What the intact network decided here still holds if its path survives: a cut only makes the alternatives worse.
    const before = this.base?.memos.get(to)?.get(key);
    if (before === null || (before && !before.edges.some((e) => this.mask!.dead[e]))) {
      memo.set(key, before);
      return before;
    }
    // A route back into a state still being decided would loop: BGP drops it (its AS path holds the network).
    if (open.has(key)) return null;
    const inside = this.tree(network, node);
    if (network === destination) {
      const result = inside.dist[to]! < Infinity ? { edges: pathTo(this.graph, inside, to), oneWayMs: inside.dist[to]!, hops: [{ network, entry: node, exit: to, next: null }], len: 0 } : null;
      memo.set(key, result);
      return result;
    }
    open.add(key);
    const result = this.choose(network, inside, destination, to, memo, open);
    open.delete(key);
    memo.set(key, result);
    return result;
  }

  private optionCache = new Map<number, Option[]>();

  /** The routes a network's neighbours export to it for one destination, best first: by local preference, then AS-path length. */
  private options(network: number, destination: number): Option[] {
    if (this.base && !this.cutsNodes) return this.base.options(network, destination);
    const key = network * this.layer.networks.length + destination;
    let options = this.optionCache.get(key);
    if (!options) {
      const tree = this.asTree(destination);
      options = [];
      for (const adj of this.layer.adjacency[network]!) {
        if (!isExported(adj.relation, tree.cls[adj.network]!)) continue;
        options.push({ neighbour: adj.network, relation: adj.relation, rank: RANK[adj.relation], len: tree.len[adj.network]! + 1, handoffs: adj.handoffs });
      }
      options.sort((a, b) => a.rank - b.rank || a.len - b.len || a.neighbour - b.neighbour);
      this.optionCache.set(key, options);
    }
    return options;
  }

  private choose(network: number, inside: PathTree, destination: number, to: number, memo: Map<number, Continuation | null>, open: Set<number>): Continuation | null {
    const deadNodes = this.mask?.deadNodes;
    const options = this.options(network, destination);
    let tried = 0;
    for (let g = 0; g < options.length && tried < MAX_OPTIONS; ) {
      let end = g;
      while (end < options.length && options[end]!.rank === options[g]!.rank && options[end]!.len === options[g]!.len) end++;
      const candidates: { neighbour: number; relation: Relation; h: number; ms: number }[] = [];
      for (const o of options.slice(g, end)) {
        for (const h of o.handoffs) {
          const ms = inside.dist[h]!;
          if (!deadNodes?.[h] && ms < Infinity) candidates.push({ neighbour: o.neighbour, relation: o.relation, h, ms });
        }
      }
      candidates.sort((a, b) => a.ms - b.ms || a.neighbour - b.neighbour || a.h - b.h);
      for (let i = 0; i < candidates.length && tried < MAX_OPTIONS; ) {
        let j = i;
        while (j < candidates.length && candidates[j]!.ms <= candidates[i]!.ms + HOT_POTATO_TIE_MS) j++;
        let best: { c: (typeof candidates)[number]; next: Continuation; total: number } | null = null;
        for (const c of candidates.slice(i, j)) {
          tried++;
          const next = this.continuation(c.neighbour, c.h, destination, to, memo, open);
          // Valley-free on the route actually followed (it may be a fallback of another class than the neighbour's best).
          if (!next || !isExported(c.relation, classOf(next)) || next.hops.some((hop) => hop.network === network)) continue;
          const total = c.ms + next.oneWayMs;
          if (!best || total < best.total - 1e-9) best = { c, next, total };
        }
        if (best) {
          const { c, next, total } = best;
          return {
            edges: [...pathTo(this.graph, inside, c.h), ...next.edges],
            oneWayMs: total,
            hops: [{ network, entry: inside.source, exit: c.h, next: c.relation }, ...next.hops],
            len: next.len + 1,
          };
        }
        i = j;
      }
      g = end;
    }
    return null;
  }
}

/** The class of a route as its first network holds it: its own, or learned from a customer, peer or provider. */
function classOf(route: Continuation): number {
  const next = route.hops[0]!.next;
  return next === null ? ORIGIN : RANK[next];
}
