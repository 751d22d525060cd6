import type { Relation } from './networks';

/** One network of a route as the explorer shows it (asPathJson's shape). */
export interface StoryHop {
  carrier: string;
  name: string;
  next: Relation | null;
  elements: readonly string[];
}

export interface StoryRoute {
  rttMs: number | null;
  asPath: readonly StoryHop[];
}

export interface StoryNetwork {
  carrier: string;
  name: string;
}

/**
 * What the cuts did to one route, as BGP failover:
 * - `unchanged`: the same networks over the same fibre;
 * - `inside`: the same networks, one of them (the first whose stretch changed) rerouted inside its own network,
 *   `over` the cables and links it now uses that it did not before;
 * - `as-path`: a network withdrew the route and its neighbours chose again: `withdrawn` are the networks no longer
 *   on the path, `via` the ones that took over, each with what it is to the network before it;
 * - `lost`: no path of networks reaches any more.
 */
export type FailoverStory =
  | { kind: 'unchanged' }
  | { kind: 'inside'; network: StoryNetwork; over: string[] }
  | { kind: 'as-path'; withdrawn: StoryNetwork[]; via: (StoryNetwork & { relation: Relation | null })[] }
  | { kind: 'lost'; networks: StoryNetwork[] };

const network = (h: StoryHop): StoryNetwork => ({ carrier: h.carrier, name: h.name });

export function failoverStory(intact: StoryRoute, current: StoryRoute): FailoverStory {
  if (current.rttMs === null) return intact.rttMs === null ? { kind: 'unchanged' } : { kind: 'lost', networks: intact.asPath.map(network) };
  const before = intact.asPath.map((h) => h.carrier);
  const after = current.asPath.map((h) => h.carrier);
  const sameNetworks = before.length === after.length && before.every((c, i) => c === after[i]);
  if (sameNetworks) {
    const changed = current.asPath.findIndex((h, i) => !sameList(h.elements, intact.asPath[i]!.elements));
    if (changed < 0) return { kind: 'unchanged' };
    const hop = current.asPath[changed]!;
    const old = new Set(intact.asPath[changed]!.elements);
    return { kind: 'inside', network: network(hop), over: hop.elements.filter((e) => !old.has(e)) };
  }
  const withdrawn = intact.asPath.filter((h) => !after.includes(h.carrier)).map(network);
  const via = current.asPath.flatMap((h, i) => (before.includes(h.carrier) ? [] : [{ ...network(h), relation: i > 0 ? current.asPath[i - 1]!.next : null }]));
  return { kind: 'as-path', withdrawn, via };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
