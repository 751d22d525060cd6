import { popSince } from '../../data/normalize';
import type { Backbone } from '../../data/normalize';
import type { Pop } from '../../data/schema';
import type { Messages } from '../i18n/useMessages';

/**
 * When a PoP began, as far as the data knows, in words: its own opening year, else the year of the published list
 * that names it (and, for a current list, the year it is shown from), else the year its carrier's network began (it
 * cannot be older); null when none is known.
 */
export function popYearNote(backbone: Backbone, pop: Pop, m: Messages): string | null {
  if (pop.since !== undefined) return m.details.popSince(String(pop.since));
  if (pop.listed !== undefined) {
    const shownFrom = popSince(backbone, pop)!;
    return shownFrom < pop.listed ? m.details.popListedCurrent(String(pop.listed), String(shownFrom)) : m.details.popListed(String(pop.listed));
  }
  const network = backbone.carriers.get(pop.carrier)?.networkSince;
  return network !== undefined ? m.details.networkSince(String(network)) : null;
}
