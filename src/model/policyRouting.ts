import { isExported, routingTree } from './asTree';
import { classOf, exportedOptions } from './policyOptions';
import type { AsTree } from './asTree';
import { componentsOf, partsUnchanged } from './countries';
import type { CutMask } from './cuts';
import type { Graph } from './graph';
import type { NetworkLayer } from './networks';
import { crossesCut, edgesOf, holds, hopsOf } from './continuation';
import type { Continuation, PolicyPath } from './continuation';
export type { PolicyPath } from './continuation';
import { domesticRoute } from './domesticRoute';
import { distanceTo, footprintGraph, footprintTree, positiveWeights, repairFootprintTree, TreePool } from './footprintTree';
import type { FootprintTree } from './footprintTree';
import { FootprintUnions } from './footprintUnion';
import { ACCESS_HANDOFF_TIE_MS, HandoffTies } from './handoffTies';
import { Reachability } from './policyReach';
import type { PolicyReach } from './policyReach';
import type { Candidate, Option } from './handoffTies';

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

/** Options tried at one network before it gives up on a destination. */
const MAX_OPTIONS = 48;

export class PolicyRouter {
  private trees = new Map<number, FootprintTree>();
  private asTrees = new Map<number, AsTree>();
  private closedCache = new Map<number, Uint8Array>();
  /** Per destination node, what each (network, node) does with traffic for it: shared by every flow to that destination. */
  private memos = new Map<number, Map<number, Continuation | null>>();
  private touched: Uint8Array;
  /** Shared with the intact network's router: the arrays of trees repaired for earlier cuts (recycle). */
  private readonly pool: TreePool;
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
    this.pool = base?.pool ?? new TreePool();
    this.cutsNodes = !!mask?.deadNodes.some((x) => x);
    this.unions = new FootprintUnions(graph.edges.length, layer, (n) => this.openEdgesOf(n), mask, base?.unions);
    this.reachability = new Reachability(layer, graph.edges, (n) => this.openEdgesOf(n), this.cutsNodes ? mask!.deadNodes : undefined, base && { reachability: base.reachability, touched: this.touched });
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
      closed = own.slice();
      for (const e of this.mask.deadEdges) closed[e] = 1;
      this.closedCache.set(network, closed);
    }
    return closed;
  }

  private unions: FootprintUnions;
  /** Where each destination can be reached from at all (policyReach.ts). */
  private reachability: Reachability;

  /** The union of some networks' footprints (with `withContent`, also the content and cloud networks') as a closed-edge mask. */
  unionFootprint(networks: readonly number[], withContent: boolean): Uint8Array {
    return this.unions.get(networks, withContent);
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

  /** Latency-shortest paths from `node` over one network's footprint (with what the cut took out closed too). */
  tree(network: number, node: number): FootprintTree {
    if (this.base && !this.touched[network]) return this.base.tree(network, node);
    const key = network * this.graph.nodes.length + node;
    let tree = this.trees.get(key);
    if (!tree) {
      // The intact network's tree, where it has one, needs only what hung from the cut edges recomputed.
      const before = this.base && !this.base.mask && this.mask && positiveWeights(this.graph) ? this.base.trees.get(key) : undefined;
      tree = before
        ? repairFootprintTree(this.graph, before, this.mask!.dead, this.mask!.deadEdges, this.pool)
        : footprintTree(this.graph, footprintGraph(this.graph, this.layer, network), node, this.touched[network] ? this.mask!.dead : undefined);
      this.trees.set(key, tree);
    }
    return tree;
  }

  /**
   * Hands the arrays of the trees this router repaired back for the next cut's router. Only for a caller that is
   * done with the router and everything it returned that holds a tree (its continuations): applyCuts, at its end.
   */
  recycle(): void {
    for (const tree of this.trees.values()) this.pool.give(tree);
    this.trees.clear();
    this.memos.clear();
  }

  private parts?: Int32Array;

  /** Whether what survives the cut still joins two nodes at all (any fibre, any network). */
  private joined(a: number, b: number): boolean {
    // A cut that leaves every part joined (most do) leaves the intact network's parts, worked out once.
    const parts = (this.parts ??= componentsOf(this.graph, this.mask && !partsUnchanged(this.graph, this.mask) ? this.mask : undefined));
    return parts[a] === parts[b];
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
    if (source === destination) return domesticRoute(this, source, from, to);
    let memo = this.memos.get(to);
    if (!memo) this.memos.set(to, (memo = new Map()));
    const found = this.continuation(source, from, { destination, to, memo, before: this.base?.memos.get(to), open: new Set(), decisions: 0 });
    if (!found) this.reachability.stranded.add(to);
    return found && { edges: edgesOf(found), oneWayMs: found.oneWayMs, hops: hopsOf(found) };
  }

  /**
   * What `network` does with traffic for the search's destination when it holds it at `node`. Where that is not
   * known at once, it is decided by choosing among the neighbours' routes, which asks the same of each neighbour
   * in turn, and so on: thousands deep on a large network. The decisions under way are kept on a stack of their
   * own rather than on the call stack, which would overflow.
   */
  private continuation(network: number, node: number, search: Search): Continuation | null {
    const known = this.known(network, node, search);
    if (known !== UNDECIDED) return known;
    const stack = [this.decision(network, node, search)];
    let answer: Continuation | null = null;
    for (;;) {
      const top = stack[stack.length - 1]!;
      const step = top.choice.next(answer);
      if (step.done) {
        stack.pop();
        search.open.delete(top.key);
        search.memo.set(top.key, step.value);
        if (!stack.length) return step.value;
        answer = step.value;
      } else {
        // The choice asks for a neighbour's state that has to be decided first.
        stack.push(this.decision(step.value.neighbour, step.value.h, search));
        answer = null;
      }
    }
  }

  /** A state's decision, begun: it is open (a route back into it would loop) until it is made. */
  private decision(network: number, node: number, search: Search): Decision {
    search.decisions++;
    const key = network * this.graph.nodes.length + node;
    const inside = this.tree(network, node);
    search.open.add(key);
    return { key, choice: this.choose(network, inside, search) };
  }

  /** What a state does, where that is known without choosing (remembered, kept from the intact network, or plain), else UNDECIDED. */
  private known(network: number, node: number, search: Search): Continuation | null | typeof UNDECIDED {
    const { memo, to } = search;
    const key = network * this.graph.nodes.length + node;
    const known = memo.get(key);
    if (known !== undefined) return known;
    // What the intact network decided here still holds if its path survives: a cut only makes the alternatives worse.
    const before = search.before?.get(key);
    if (before === null || (before && !crossesCut(before, this.touched, this.mask!.dead))) {
      memo.set(key, before);
      return before;
    }
    // A route back into a state still being decided would loop: BGP drops it (its AS path holds the network).
    if (search.open.has(key)) return null;
    // No fibre left between here and the destination: every option would be tried and fail (as many as MAX_OPTIONS
    // at every network it reaches); the answer is known at once.
    if (!this.joined(node, to)) {
      memo.set(key, null);
      return null;
    }
    if (network !== search.destination) {
      // No valley-free chain of hand-offs left from here: the same as having tried every option, known at once.
      if (this.reachability.rulesOut(search, network, node)) {
        memo.set(key, null);
        return null;
      }
      return UNDECIDED;
    }
    const inside = this.tree(network, node);
    const ms = distanceTo(inside, to);
    const result = ms < Infinity ? { tree: inside, hop: { network, entry: node, exit: to, next: null }, rest: null, oneWayMs: ms, len: 0 } : null;
    memo.set(key, result);
    return result;
  }

  /** By network × networks + destination. */
  private optionCache: (Option[] | undefined)[] = [];

  /** The routes a network's neighbours export to it for one destination, best first (policyOptions.ts). */
  private options(network: number, destination: number): Option[] {
    if (this.base && !this.cutsNodes) return this.base.options(network, destination);
    const key = network * this.layer.networks.length + destination;
    return (this.optionCache[key] ??= exportedOptions(this.graph, this.layer, this.asTree(destination), network));
  }

  /** Chooses among the neighbours' routes (see the top of this file); yields each neighbour's state it needs decided first. */
  private *choose(network: number, inside: FootprintTree, search: Search): Choice {
    const options = this.options(network, search.destination);
    let tried = 0;
    for (let g = 0; g < options.length && tried < MAX_OPTIONS; ) {
      const { end } = options[g]!;
      const ties = new HandoffTies(inside, options, g, this.cutsNodes ? this.mask!.deadNodes : undefined, this.layer.networks[network]!.kind === 'access' ? ACCESS_HANDOFF_TIE_MS : undefined);
      for (let tie = ties.next(); tie; tie = tried < MAX_OPTIONS ? ties.next() : null) {
        tried += tie.length;
        let best: { c: Candidate; next: Continuation; total: number } | null = null;
        for (const c of tie) {
          const known = this.known(c.neighbour, c.h, search);
          const next = known === UNDECIDED ? yield c : known;
          // Valley-free on the route actually followed (it may be a fallback of another class than the neighbour's best).
          if (!next || !isExported(c.relation, classOf(next)) || holds(next, network)) continue;
          const total = c.ms + next.oneWayMs;
          if (!best || total < best.total - 1e-9) best = { c, next, total };
        }
        if (best) {
          const { c, next, total } = best;
          return { tree: inside, hop: { network, entry: inside.source, exit: c.h, next: c.relation }, rest: next, oneWayMs: total, len: next.len + 1 };
        }
      }
      g = end;
    }
    return null;
  }
}

/** One destination's search: what has been decided (memo), what the intact network decided, what is being decided. */
interface Search {
  destination: number;
  to: number;
  memo: Map<number, Continuation | null>;
  before: ReadonlyMap<number, Continuation | null> | undefined;
  open: Set<number>;
  /** States decided, and where the destination can be reached from (policyReach.ts), once worked out. */
  decisions: number;
  reach?: PolicyReach | null;
}

/** A choice under way: it yields the hand-off whose neighbour's state it needs, and is given that state back. */
type Choice = Generator<Candidate, Continuation | null, Continuation | null>;

interface Decision {
  key: number;
  choice: Choice;
}

const UNDECIDED: unique symbol = Symbol('undecided');
