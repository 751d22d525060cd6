import type { NetworkLayer, Relation } from './networks';

/**
 * Where traffic for one destination could possibly get, as BGP's export rule and the networks' surviving
 * footprints allow: the states (a network holding the traffic in one part of its footprint) from which some
 * valley-free chain of hand-offs reaches the destination. It over-approximates the router's search (it ignores
 * local preference, path length, loops and the cap on options tried), so a state it does not reach has no route
 * in the search either, and the search can say so at once instead of trying every option of every network on the
 * way, which is what a cut that strands flows costs most (docs/MODEL.md, "Policy routing").
 */

/** The parts (connected pieces) of one network's surviving footprint, for the nodes where it is present or has fibre. */
export interface FootprintParts {
  /** Part number of a node, or undefined for a node the network neither touches nor is present at. */
  partOf(node: number): number | undefined;
  /** The same by node index, −1 for a node the network does not hold (beyond its end too): read in the reach's inner loop. */
  readonly byNode: Int32Array;
  count: number;
}

/** Splits a network's surviving footprint (its open edges) into parts, naming each node's part. */
export function footprintParts(edges: readonly { a: number; b: number }[], openEdges: Int32Array, presence: readonly number[]): FootprintParts {
  // Dense by node: a network's reach asks for the part of every hand-off it tries, and a map lookup there was most of its cost.
  let size = 0;
  for (const node of presence) size = Math.max(size, node + 1);
  for (const e of openEdges) size = Math.max(size, edges[e]!.a + 1, edges[e]!.b + 1);
  const parent = new Int32Array(size).fill(-1);
  for (const node of presence) parent[node] = node;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const e of openEdges) {
    const { a, b } = edges[e]!;
    if (parent[a] === -1) parent[a] = a;
    if (parent[b] === -1) parent[b] = b;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // A root is the smallest node of its part, so numbering in node order meets each root before the rest of its part.
  const byNode = new Int32Array(size).fill(-1);
  let count = 0;
  for (let node = 0; node < size; node++) {
    if (parent[node] === -1) continue;
    const root = find(node);
    byNode[node] = root === node ? count++ : byNode[root]!;
  }
  return {
    partOf: (node) => {
      const part = node < size ? byNode[node]! : -1;
      return part < 0 ? undefined : part;
    },
    byNode,
    count,
  };
}

/** Marks by network index, then part: 2 where the state may hold a route it can export to anyone, 1 where only to its customers. */
export type PolicyReach = readonly (Uint8Array | undefined)[];

const EXPORTS_TO_ALL = 2;
const EXPORTS_DOWN = 1;

/** What a network holds when its neighbour (`relation` to it) hands it a route: learned from a customer, exportable to all. */
const classFrom: Record<Relation, number> = { customer: EXPORTS_TO_ALL, peer: EXPORTS_DOWN, provider: EXPORTS_DOWN };

/**
 * The states from which a valley-free chain reaches metro node `to` in network `destination`, or undefined where
 * `to` lies outside the destination's footprint (then nothing is ruled out). The destination delivers from the
 * part that holds `to` and never passes traffic on, as in the search.
 */
export function policyReach(
  layer: NetworkLayer,
  parts: (network: number) => FootprintParts,
  destination: number,
  to: number,
  deadNodes?: Uint8Array,
): PolicyReach | undefined {
  const start = parts(destination).partOf(to);
  if (start === undefined) return undefined;
  const marks: (Uint8Array | undefined)[] = new Array(layer.networks.length);
  const queue: number[] = [];
  const mark = (network: number, part: number, cls: number) => {
    const own = (marks[network] ??= new Uint8Array(parts(network).count));
    if (own[part]! >= cls) return;
    own[part] = cls;
    queue.push(network, part, cls);
  };
  mark(destination, start, EXPORTS_TO_ALL);
  for (let q = 0; q < queue.length; q += 3) {
    const network = queue[q]!;
    const part = queue[q + 1]!;
    const cls = queue[q + 2]!;
    if (marks[network]![part]! > cls) continue;
    const own = parts(network).byNode;
    for (const adj of layer.adjacency[network]!) {
      const neighbour = adj.network;
      if (neighbour === destination) continue;
      // The network hands the route to a neighbour that is its customer (any route), or its peer or provider (only
      // routes it may export to anyone); `adj.relation` is what the neighbour is to this network.
      if (adj.relation !== 'customer' && cls !== EXPORTS_TO_ALL) continue;
      const held = classFrom[inverse[adj.relation]];
      const theirParts = parts(neighbour);
      // Most footprints are one piece: once that piece holds the class, no hand-off to it can add anything.
      const whole = theirParts.count === 1;
      if (whole && (marks[neighbour]?.[0] ?? 0) >= held) continue;
      const theirs = theirParts.byNode;
      for (const h of adj.handoffs) {
        if (deadNodes?.[h] || own[h] !== part) continue;
        const p = theirs[h] ?? -1;
        if (p < 0) continue;
        mark(neighbour, p, held);
        if (whole) break;
      }
    }
  }
  return marks;
}

/** What this network is to its neighbour, given what the neighbour is to it. */
const inverse: Record<Relation, Relation> = { customer: 'provider', peer: 'peer', provider: 'customer' };

/** Whether a network holding traffic at `node` may reach the destination; true where that cannot be ruled out. */
export function mayReach(reach: PolicyReach, parts: FootprintParts, network: number, node: number): boolean {
  const part = parts.partOf(node);
  return part === undefined || !!reach[network]?.[part];
}

/**
 * States one search decides before the destination's reach (policyReach.ts) is worked out, unless an earlier
 * search found no route to it: most searches need a few (the rest is remembered from earlier ones), the reach costs
 * about as much as a few dozen, and a search that ends with no route can need thousands.
 */
const REACH_AFTER_DECISIONS = 64;

/**
 * One router's reach: the parts of each network's footprint that its cut left (the intact network's, where the cut
 * does not touch the network) and each destination node's reach, worked out when first asked for.
 */
export class Reachability {
  private parts: (FootprintParts | undefined)[] = [];
  private reaches = new Map<number, PolicyReach | null>();
  /** Destination nodes some search has found no route to. */
  readonly stranded = new Set<number>();

  constructor(
    private readonly layer: NetworkLayer,
    private readonly edges: readonly { a: number; b: number }[],
    /** The edges of a network's footprint that the cut left. */
    private readonly openEdgesOf: (network: number) => Int32Array,
    private readonly deadNodes: Uint8Array | undefined,
    /** The intact network's, and which networks the cut touches. */
    private readonly intact?: { reachability: Reachability; touched: Uint8Array },
  ) {}

  partsOf(network: number): FootprintParts {
    // By index, not in a map: a reach asks for the parts of a network once for each neighbour it hands to.
    return (this.parts[network] ??=
      this.intact && !this.intact.touched[network]
        ? this.intact.reachability.partsOf(network)
        : footprintParts(this.edges, this.openEdgesOf(network), this.layer.networks[network]!.presence));
  }

  /** Where traffic for node `to` of network `destination` can get at all; null where nothing is ruled out. */
  of(destination: number, to: number): PolicyReach | null {
    let reach = this.reaches.get(to);
    if (reach === undefined) this.reaches.set(to, (reach = policyReach(this.layer, (n) => this.partsOf(n), destination, to, this.deadNodes) ?? null));
    return reach;
  }

  /**
   * Whether a search for node `to` (`decisions` states decided so far) can rule out a network holding its traffic
   * at `node`; the reach is worked out for a search that has decided many states, or a destination found stranded.
   */
  rulesOut(search: { destination: number; to: number; decisions: number; reach?: PolicyReach | null }, network: number, node: number): boolean {
    if (search.reach === undefined && (search.decisions > REACH_AFTER_DECISIONS || this.stranded.has(search.to))) search.reach = this.of(search.destination, search.to);
    return !!search.reach && !mayReach(search.reach, this.partsOf(network), network, node);
  }
}
