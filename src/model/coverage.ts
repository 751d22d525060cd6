import type { Backbone } from '../data/normalize';
import { isolatedCountries } from './countries';
import { buildGraph } from './graph';
import { buildNetworks } from './networks';
import { policyUnreachable } from './reality';

export interface CoverageProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What a failure simulation needs of a dataset beyond valid records: every
 * metro joined to something, every country reachable from the rest of the
 * network as it stands on the dataset's date, and by policy too: an upstream
 * for every country's access networks and a valley-free path between any two.
 */
export function checkCoverage(backbone: Backbone): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const linked = new Set<string>();
  for (const link of backbone.dataset.terrestrialLinks) linked.add(link.from).add(link.to);
  for (const lp of backbone.dataset.landingPoints) if ((backbone.cablesByLandingPoint.get(lp.id) ?? []).length) linked.add(lp.metro);
  backbone.dataset.metros.forEach((metro, i) => {
    if (!linked.has(metro.id)) problems.push({ path: ['metros', i], message: 'has no link: no terrestrial link ends here and no cable lands at a station that backhauls here' });
  });
  const graph = buildGraph(backbone);
  // A country whose only systems are retired (Norfolk Island after ANZCAN) is not expected to be reachable.
  const served = new Set<string>();
  for (const edge of graph.edges) for (const node of [graph.nodes[edge.a]!, graph.nodes[edge.b]!]) if (edge.kind !== 'interconnect') served.add(node.country);
  const isolated = isolatedCountries(graph);
  for (const country of isolated) {
    if (!served.has(country)) continue;
    problems.push({ path: ['metros'], message: `country ${country} has no path to the rest of the network in ${backbone.years.asOf}` });
  }
  // The network layer: every country's access networks buy transit from someone, and reach every other country
  // over a valley-free path of networks (the countries cut off even intact aside).
  const layer = buildNetworks(graph);
  for (const [country, access] of layer.accessOf) {
    if (isolated.includes(country)) continue;
    if (!layer.adjacency[access]!.some((a) => a.relation === 'provider' && a.handoffs.length)) {
      problems.push({ path: ['relationships'], message: `the access networks of ${country} have no upstream: no carrier that sells transit is present there or reachable over its cables` });
    }
  }
  const unreachable = policyUnreachable(layer, isolated);
  const byDestination = new Map<string, string[]>();
  for (const [from, to] of unreachable) byDestination.set(to, [...(byDestination.get(to) ?? []), from]);
  for (const [to, from] of byDestination) {
    problems.push({ path: ['relationships'], message: `no valley-free path of networks reaches ${to} from ${from.slice(0, 8).join(', ')}${from.length > 8 ? ` and ${from.length - 8} more` : ''}` });
  }
  return problems;
}
