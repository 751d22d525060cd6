import { distanceTo, edgesTo } from './footprintTree';
import type { FootprintTree } from './footprintTree';
import type { CutMask } from './cuts';
import type { NetworkLayer } from './networks';
import type { PolicyPath } from './continuation';

/** What a domestic route needs of the router: the networks, the cut and each network's footprint trees. */
export interface FootprintTrees {
  readonly layer: NetworkLayer;
  readonly mask?: CutMask;
  tree(network: number, node: number): FootprintTree;
}

/** Inside one country: over its access networks' own fibre, else through one of their upstreams and back. */
export function domesticRoute(router: FootprintTrees, access: number, from: number, to: number): PolicyPath | null {
  const inside = router.tree(access, from);
  const direct = distanceTo(inside, to);
  if (direct < Infinity) return { edges: edgesTo(inside, to), oneWayMs: direct, hops: [{ network: access, entry: from, exit: to, next: null }] };
  let best: { ms: number; via: number; h1: number; h2: number } | null = null;
  for (const adj of router.layer.adjacency[access]!) {
    if (adj.relation !== 'provider') continue;
    for (const h1 of adj.handoffs) {
      if (router.mask?.deadNodes[h1] || !(distanceTo(inside, h1) < Infinity)) continue;
      const carried = router.tree(adj.network, h1);
      for (const h2 of adj.handoffs) {
        const last = distanceTo(router.tree(access, h2), to);
        const ms = distanceTo(inside, h1) + distanceTo(carried, h2) + last;
        if (ms < Infinity && (!best || ms < best.ms - 1e-9)) best = { ms, via: adj.network, h1, h2 };
      }
    }
  }
  if (!best) return null;
  const { via, h1, h2, ms } = best;
  return {
    edges: [...edgesTo(inside, h1), ...edgesTo(router.tree(via, h1), h2), ...edgesTo(router.tree(access, h2), to)],
    oneWayMs: ms,
    hops: [
      { network: access, entry: from, exit: h1, next: 'provider' },
      { network: via, entry: h1, exit: h2, next: 'customer' },
      { network: access, entry: h2, exit: to, next: null },
    ],
  };
}
