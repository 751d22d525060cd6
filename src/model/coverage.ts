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
  for (const country of isolatedCountries(graph)) {
    problems.push({ path: ['metros'], message: `country ${country} has no path to the rest of the network in ${backbone.years.asOf}` });
  }
  return problems;
}
