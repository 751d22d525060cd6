import { repairedFrom } from './footprintTree';
import type { FootprintTree } from './footprintTree';
import { MinHeap } from './heap';
import type { Relation } from './networks';

/** Hand-offs within this many ms of each other are tied (docs/MODEL.md, "Policy routing"; policyRouting.ts). */
const HOT_POTATO_TIE_MS = 0.5;
/**
 * A country's access networks stand for many ISPs across the country, each meeting its upstreams where it is: for them
 * the hand-offs within this many ms (one way) of the nearest are tied, so that the route fastest end to end decides,
 * not which upstream has a router in the source's own city (Melbourne–Tokyo went by AT&T, Fiji and Oregon: 240 ms).
 */
export const ACCESS_HANDOFF_TIE_MS = 15;

/** A route a neighbour exports to a network for one destination, and where the two can hand over. */
export interface Option {
  neighbour: number;
  relation: Relation;
  rank: number;
  len: number;
  handoffs: readonly number[];
  /** The hand-offs' local indices in the network's footprint graph. */
  at: Int32Array;
  /** Where the group of options of its rank and length ends (options come sorted by rank, then length). */
  end: number;
}

/** One hand-off a network may take: to whom, where, and how far it is from where the network holds the traffic. */
export interface Candidate {
  neighbour: number;
  relation: Relation;
  h: number;
  ms: number;
}

const byNearest = (a: Candidate, b: Candidate) => a.ms - b.ms || a.neighbour - b.neighbour || a.h - b.h;

/**
 * Sorts a tie in place by byNearest, stably, as Array.prototype.sort would: most ties are a few hand-offs, and the
 * built-in sort copies every array it sorts into a scratch one, which was most of a cut's garbage at ten times the
 * data. Long ties (many hand-offs in one city) still take the built-in sort.
 */
function sortTie(tie: Candidate[]): Candidate[] {
  if (tie.length > 16) return tie.sort(byNearest);
  for (let i = 1; i < tie.length; i++) {
    const c = tie[i]!;
    let j = i - 1;
    while (j >= 0 && byNearest(tie[j]!, c) > 0) {
      tie[j + 1] = tie[j]!;
      j--;
    }
    tie[j + 1] = c;
  }
  return tie;
}

/** Ties picked out by scanning before the rest of a group's hand-offs are sorted. */
const PICKED_AT_MOST = 2;
/** A group of options with more hand-offs than this is read off each option's hand-offs in order of distance. */
const SCAN_AT_MOST = 256;

/**
 * The hand-offs of a group of options (one rank and AS-path length), a tie at a time: every hand-off within
 * `tieMs` (HOT_POTATO_TIE_MS, or ACCESS_HANDOFF_TIE_MS for an access network) of the nearest one left, in order of distance, then neighbour, then hand-off, as sorting
 * them all would give. Usually the first tie decides, so the first ties are picked out in two passes over the
 * hand-offs each, and the rest are sorted only when they do not. A group with many hand-offs (a large carrier's
 * peers or customers) is read off each option's hand-offs in order of distance (sorted once per tree), merged:
 * only the nearest are looked at.
 */
export class HandoffTies {
  /** The tree's distances, by the footprint's local index of each node. */
  private readonly dist: Float64Array;
  /** Where the group ends among the options. */
  private readonly end: number;
  /** Scanning: the ties after the first ones, once they have been tried. */
  private rest?: Candidate[];
  private restAt = 0;
  private limit = -Infinity;
  /** How many ties have been picked out by scanning. */
  private picked = 0;
  /** Merging: each option's hand-offs in order, how far each has been read, and the next of each, nearest first. */
  private lists?: HandoffsInOrder[];
  private at?: Int32Array;
  private heads?: MinHeap;
  /** Merging: the tie last handed out and the candidates it was made of, reused for the next one. */
  private tie?: Candidate[];
  private spare?: Candidate[];

  /** The group of `options` that starts at `g`, at `tree`; hand-offs at `deadNodes` are left out; `tieMs` apart at most tie. */
  constructor(
    tree: FootprintTree,
    private readonly options: readonly Option[],
    private readonly g: number,
    private readonly deadNodes: Uint8Array | undefined,
    private readonly tieMs: number = HOT_POTATO_TIE_MS,
  ) {
    const end = (this.end = options[g]!.end);
    this.dist = tree.dist;
    let handoffs = 0;
    for (let o = g; o < end; o++) handoffs += options[o]!.handoffs.length;
    if (handoffs > SCAN_AT_MOST) {
      this.lists = [];
      for (let o = g; o < end; o++) this.lists.push(handoffsInOrder(tree, options[o]!));
      this.at = new Int32Array(this.lists.length);
      this.heads = new MinHeap(this.lists.length);
      for (let j = 0; j < this.lists.length; j++) this.queue(j);
    }
  }

  /** The next tie, or null when there is none left. A tie (and its candidates) may be reused by the next call: read it before. */
  next(): Candidate[] | null {
    return this.heads ? this.merged() : this.scanned();
  }

  private scanned(): Candidate[] | null {
    const { dist, deadNodes, options, g, end } = this;
    if (this.picked < PICKED_AT_MOST) {
      // Everything up to `limit` has been handed out. One pass keeps what lies within the tie of the nearest seen so
      // far beyond it, dropping what falls out as nearer ones turn up.
      const from = this.limit;
      let limit = Infinity;
      let tie: Candidate[] = [];
      for (let o = g; o < end; o++) {
        const { neighbour, relation, handoffs, at } = options[o]!;
        for (let i = 0; i < at.length; i++) {
          const ms = dist[at[i]!]!;
          if (ms <= from || ms > limit || ms === Infinity || deadNodes?.[handoffs[i]!]) continue;
          if (ms + this.tieMs < limit) {
            limit = ms + this.tieMs;
            if (tie.some((c) => c.ms > limit)) tie = tie.filter((c) => c.ms <= limit);
          }
          tie.push({ neighbour, relation, h: handoffs[i]!, ms });
        }
      }
      if (!tie.length) return null;
      this.limit = limit;
      this.picked++;
      return sortTie(tie);
    }
    let rest = this.rest;
    if (!rest) {
      rest = this.rest = [];
      for (let o = g; o < end; o++) {
        const { neighbour, relation, handoffs, at } = options[o]!;
        for (let i = 0; i < at.length; i++) {
          const ms = dist[at[i]!]!;
          if (ms > this.limit && ms < Infinity && !deadNodes?.[handoffs[i]!]) rest.push({ neighbour, relation, h: handoffs[i]!, ms });
        }
      }
      rest.sort(byNearest);
    }
    const i = this.restAt;
    if (i >= rest.length) return null;
    let j = i;
    while (j < rest.length && rest[j]!.ms <= rest[i]!.ms + this.tieMs) j++;
    this.restAt = j;
    return rest.slice(i, j);
  }

  private merged(): Candidate[] | null {
    const heads = this.heads!;
    if (heads.size === 0) return null;
    const limit = heads.peekKey() + this.tieMs;
    // A large network's hand-offs are read a tie at a time, often a dozen ties for one decision: the candidates of
    // the last tie are refilled rather than allocated anew.
    const tie = (this.tie ??= []);
    const spare = (this.spare ??= []);
    tie.length = 0;
    while (heads.size > 0 && heads.peekKey() <= limit) {
      const ms = heads.peekKey();
      const j = heads.pop();
      const { neighbour, relation } = this.options[this.g + j]!;
      const h = this.lists![j]!.nodes[this.at![j]!++]!;
      let c = spare[tie.length];
      if (c) {
        c.neighbour = neighbour;
        c.relation = relation;
        c.h = h;
        c.ms = ms;
      } else spare.push((c = { neighbour, relation, h, ms }));
      tie.push(c);
      this.queue(j);
    }
    return sortTie(tie);
  }

  /** Queues option j's next hand-off that is not cut, if any. */
  private queue(j: number): void {
    const { nodes, ms } = this.lists![j]!;
    const at = this.at!;
    while (at[j]! < nodes.length && this.deadNodes?.[nodes[at[j]!]!]) at[j]!++;
    if (at[j]! < nodes.length) this.heads!.push(ms[at[j]!]!, j);
  }
}

/** An option's hand-offs that a tree reaches, nearest first (ties by node), and their distances. */
interface HandoffsInOrder {
  nodes: Int32Array;
  ms: Float64Array;
}

const handoffOrders = new WeakMap<FootprintTree, Map<Option['handoffs'], HandoffsInOrder>>();

/** Worked out once per tree and option; for a repaired tree, from its intact tree's order. */
function handoffsInOrder(tree: FootprintTree, option: Option): HandoffsInOrder {
  let orders = handoffOrders.get(tree);
  if (!orders) handoffOrders.set(tree, (orders = new Map()));
  let order = orders.get(option.handoffs);
  if (!order) {
    const repaired = repairedFrom(tree);
    order = repaired ? reordered(handoffsInOrder(repaired.base, option), tree, repaired.changed, option) : sortedHandoffs(tree, option);
    orders.set(option.handoffs, order);
  }
  return order;
}

/** The hand-offs a tree reaches, nearest first, ties by node. */
function sortedHandoffs(tree: FootprintTree, option: Option): HandoffsInOrder {
  const { at } = option;
  const reached: number[] = [];
  for (let i = 0; i < at.length; i++) if (at[i]! >= 0 && tree.dist[at[i]!]! < Infinity) reached.push(i);
  return inOrder(tree, option, reached);
}

/** The hand-offs of `option` at the indices given, nearest first in `tree`, ties by node. */
function inOrder(tree: FootprintTree, option: Option, indices: number[]): HandoffsInOrder {
  // Sorted by the distances read once into an array (option.at indexes the tree's own nodes), not looked up per comparison.
  const { handoffs, at } = option;
  const dist = tree.dist;
  const ms = new Float64Array(handoffs.length);
  for (const i of indices) ms[i] = dist[at[i]!]!;
  indices.sort((x, y) => ms[x]! - ms[y]! || handoffs[x]! - handoffs[y]!);
  return { nodes: Int32Array.from(indices, (i) => handoffs[i]!), ms: Float64Array.from(indices, (i) => ms[i]!) };
}

/**
 * A repaired tree's order, from its intact tree's: the hand-offs whose path the cut left alone keep their distance
 * and so their order; only those at `changed` nodes are sorted again, and the two lists are merged. A cut changes
 * a few hand-offs of a large network's thousands, so this reads each once instead of sorting them all again.
 */
function reordered(before: HandoffsInOrder, tree: FootprintTree, changed: Uint8Array, option: Option): HandoffsInOrder {
  const { at } = option;
  let any = false;
  const reached: number[] = [];
  for (let i = 0; i < at.length; i++) {
    const u = at[i]!;
    if (u < 0 || !changed[u]) continue;
    any = true;
    if (tree.dist[u]! < Infinity) reached.push(i);
  }
  if (!any) return before;
  const moved = inOrder(tree, option, reached);
  const local = tree.footprint.local;
  const nodes = new Int32Array(before.nodes.length + moved.nodes.length);
  const ms = new Float64Array(nodes.length);
  let k = 0;
  let j = 0;
  for (let i = 0; i < before.nodes.length; i++) {
    const node = before.nodes[i]!;
    if (changed[local[node]!]) continue;
    const d = before.ms[i]!;
    while (j < moved.nodes.length && (moved.ms[j]! < d || (moved.ms[j] === d && moved.nodes[j]! < node))) {
      nodes[k] = moved.nodes[j]!;
      ms[k++] = moved.ms[j++]!;
    }
    nodes[k] = node;
    ms[k++] = d;
  }
  for (; j < moved.nodes.length; j++) {
    nodes[k] = moved.nodes[j]!;
    ms[k++] = moved.ms[j]!;
  }
  return { nodes: nodes.subarray(0, k), ms: ms.subarray(0, k) };
}
