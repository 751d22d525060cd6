import type { Baseline } from './baseline';
import type { Impact } from './failover';
import type { Relation } from './networks';
import type { Route } from './routing';

/**
 * The networks as the explorer's carrier and country views show them (plain data a worker can post): every
 * relationship the engine routes with, published or modelled; the share of each country's international traffic
 * that its access networks hand to each upstream; and what the current cuts do to each network's routes.
 */
export interface NetworkSummaryView {
  /** Each relationship once: [a, b, what b is to a, 1 when modelled by a rule (docs/MODEL.md §3), else 0]. */
  relations: [string, string, Relation, 0 | 1][];
  /** By country code: [upstream carrier id, per cent of the country's routed international traffic it carries first], largest first. */
  upstreamShare: Record<string, [string, number][]>;
  /** By network id, over the flows the cuts rerouted or stranded: how many it still carries (rerouted inside its own network or unchanged), withdrew (another network took over), took over, or lost with no route left. */
  underCuts: Record<string, { kept: number; withdrew: number; tookOver: number; lost: number }>;
}

export function networkRelations(baseline: Baseline): NetworkSummaryView['relations'] {
  const { networks, adjacency } = baseline.layer;
  const out: NetworkSummaryView['relations'] = [];
  adjacency.forEach((list, a) => {
    for (const adj of list) if (a < adj.network) out.push([networks[a]!.id, networks[adj.network]!.id, adj.relation, adj.modelled ? 1 : 0]);
  });
  return out;
}

/** Who each country's access networks hand their international traffic to first, weighted by demand (both ends of each flow). */
export function upstreamShares(baseline: Baseline): NetworkSummaryView['upstreamShare'] {
  const { demand, routes, graph } = baseline;
  const byCountry = new Map<string, Map<string, number>>();
  const add = (country: string, upstream: string, tbps: number) => {
    let shares = byCountry.get(country);
    if (!shares) byCountry.set(country, (shares = new Map()));
    shares.set(upstream, (shares.get(upstream) ?? 0) + tbps);
  };
  demand.flows.forEach((flow, f) => {
    const hops = routes[f]?.asPath;
    if (!hops || hops.length < 3) return;
    add(graph.nodes[hops[0]!.entry]!.country, hops[1]!.id, flow.tbps);
    add(graph.nodes[hops[hops.length - 1]!.exit]!.country, hops[hops.length - 2]!.id, flow.tbps);
  });
  const out: NetworkSummaryView['upstreamShare'] = {};
  for (const [country, shares] of [...byCountry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const total = [...shares.values()].reduce((s, x) => s + x, 0);
    out[country] = [...shares]
      .map(([id, tbps]): [string, number] => [id, Math.round((1000 * tbps) / total) / 10])
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  }
  return out;
}

/** What the cuts did to each network's routes (see NetworkSummaryView.underCuts). */
export function networksUnderCuts(impact: Pick<Impact, 'rerouted' | 'stranded'>): NetworkSummaryView['underCuts'] {
  const out: NetworkSummaryView['underCuts'] = {};
  const of = (id: string) => (out[id] ??= { kept: 0, withdrew: 0, tookOver: 0, lost: 0 });
  const ids = (route: Route) => new Set((route.asPath ?? []).map((h) => h.id));
  for (const r of impact.rerouted) {
    const before = ids(r.before);
    const after = ids(r.after);
    for (const id of before) of(id)[after.has(id) ? 'kept' : 'withdrew']++;
    for (const id of after) if (!before.has(id)) of(id).tookOver++;
  }
  for (const s of impact.stranded) for (const id of ids(s.before)) of(id).lost++;
  return out;
}
