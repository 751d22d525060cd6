import type { Backbone } from '../data/normalize';
import { isolatedCountries } from './countries';
import { buildGraph } from './graph';

export interface CoverageProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What a failure simulation needs of a dataset beyond valid records: every
 * metro joined to something, and every country reachable from the rest of the
 * network as it stands on the dataset's date.
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
  for (const country of isolatedCountries(graph)) {
    if (!served.has(country)) continue;
    problems.push({ path: ['metros'], message: `country ${country} has no path to the rest of the network in ${backbone.years.asOf}` });
  }
  return problems;
}
