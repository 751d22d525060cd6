import type { Dataset } from './schema';
import type { PathPart } from './validate';

interface RelationProblem {
  path: PathPart[];
  message: string;
}

/** The id that stands for country CC's access networks (its incumbent and main ISPs, as one aggregate). */
export const accessNetworkId = (country: string): string => `access-${country.toLowerCase()}`;

/**
 * Relationships between networks: both ends resolve (a carrier, or the access
 * networks of a country that has a metro), no network relates to itself or to
 * the same network twice, providers sell transit, and customer → provider
 * chains never loop (a loop would let traffic climb forever).
 */
export function checkRelationships(d: Dataset): RelationProblem[] {
  const problems: RelationProblem[] = [];
  const report = (path: PathPart[], message: string) => problems.push({ path, message });
  const carriers = new Map(d.carriers.map((c) => [c.id, c]));
  const access = new Set(d.metros.map((m) => accessNetworkId(m.country)));
  const known = (id: string) => carriers.has(id) || access.has(id);
  const pairs = new Map<string, string>();
  const providers = new Map<string, string[]>();

  d.relationships.forEach((r, i) => {
    const ends: [string, string, PathPart, PathPart] =
      r.kind === 'transit' ? [r.customer, r.provider, 'customer', 'provider'] : [r.peers[0], r.peers[1], 'peers', 'peers'];
    const [a, b] = ends;
    ends.slice(0, 2).forEach((id, k) => {
      if (!known(id as string)) report(['relationships', i, ends[2 + k]!, ...(r.kind === 'peering' ? [k] : [])], `unknown network "${id}" (a carrier id, or access-XX for a country with a metro)`);
    });
    if (a === b) return report(['relationships', i], `relates "${a}" to itself`);
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const earlier = pairs.get(key);
    if (earlier) report(['relationships', i], `"${a}" and "${b}" are already related by ${earlier}`);
    else pairs.set(key, `relationships[${i}] (${r.id})`);
    if (r.kind === 'transit') {
      const provider = carriers.get(r.provider);
      if (provider && provider.sellsTransit === false) report(['relationships', i, 'provider'], `"${r.provider}" sells no transit (sellsTransit: false)`);
      if (provider?.tier === 1 && carriers.get(r.customer)?.tier === 1) report(['relationships', i], `a Tier 1 network ("${r.customer}") buys no transit`);
      providers.set(r.customer, [...(providers.get(r.customer) ?? []), r.provider]);
    }
  });

  // Depth-first search for a customer → provider cycle.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, 'open');
    for (const p of providers.get(id) ?? []) {
      const cycle = visit(p, [...trail, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return null;
  };
  for (const id of [...providers.keys()].sort()) {
    const cycle = visit(id, []);
    if (cycle) {
      const i = d.relationships.findIndex((r) => r.kind === 'transit' && r.customer === cycle[0] && r.provider === cycle[1]);
      report(['relationships', Math.max(0, i)], `transit relationships form a cycle: ${cycle.join(' → ')}`);
      break;
    }
  }
  return problems;
}
