import { isExported, ORIGIN, VIA_CUSTOMER, VIA_PEER, VIA_PROVIDER } from './asTree';
import type { AsTree } from './asTree';
import type { Continuation } from './continuation';
import { handoffsAt } from './footprintTree';
import type { Graph } from './graph';
import type { Option } from './handoffTies';
import type { NetworkLayer, Relation } from './networks';

/** Local preference: a route learned from a customer over one from a peer over one from a provider. */
const RANK: Record<Relation, number> = { customer: VIA_CUSTOMER, peer: VIA_PEER, provider: VIA_PROVIDER };

/**
 * The routes a network's neighbours export to it for one destination (whose AS-level tree is `tree`), best first:
 * by local preference, then AS-path length, then neighbour; each option knows where its group (the options of its
 * rank and length) ends.
 */
export function exportedOptions(graph: Graph, layer: NetworkLayer, tree: AsTree, network: number): Option[] {
  const options: Option[] = [];
  const at = handoffsAt(graph, layer, network);
  layer.adjacency[network]!.forEach((adj, k) => {
    if (!isExported(adj.relation, tree.cls[adj.network]!)) return;
    options.push({ neighbour: adj.network, relation: adj.relation, rank: RANK[adj.relation], len: tree.len[adj.network]! + 1, handoffs: adj.handoffs, at: at[k]!, end: 0 });
  });
  options.sort((a, b) => a.rank - b.rank || a.len - b.len || a.neighbour - b.neighbour);
  for (let g = 0; g < options.length; ) {
    let end = g;
    while (end < options.length && options[end]!.rank === options[g]!.rank && options[end]!.len === options[g]!.len) end++;
    for (let o = g; o < end; o++) options[o]!.end = end;
    g = end;
  }
  return options;
}

/** The class of a route as its first network holds it: its own, or learned from a customer, peer or provider. */
export function classOf(route: Continuation): number {
  const { next } = route.hop;
  return next === null ? ORIGIN : RANK[next];
}
