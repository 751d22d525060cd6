import type { Dataset } from './schema';
import type { PathPart } from './validate';

interface SinceProblem {
  path: PathPart[];
  message: string;
}

/** How far past the dataset's date a first year may lie: a network or link announced for the next few years. */
const SINCE_MAX_YEARS_AHEAD = 5;

/**
 * The years that date carriers, PoPs, terrestrial links and facilities for the year slider. The schema
 * bounds each to 1960 or later; here, what it cannot see: none lies more than five years after
 * the dataset's date, and no PoP opened before its carrier's network began. A carrier's PoP list
 * (the year it describes) is not after the dataset's date.
 */
export function checkSince(d: Dataset): SinceProblem[] {
  const problems: SinceProblem[] = [];
  const asOfYear = Number(d.meta.asOf.slice(0, 4));
  const latest = asOfYear + SINCE_MAX_YEARS_AHEAD;
  const tooLate = (path: PathPart[], field: string, year: number | undefined) => {
    if (year !== undefined && year > latest) {
      problems.push({ path, message: `${field} ${year} is more than ${SINCE_MAX_YEARS_AHEAD} years after the dataset's date ${d.meta.asOf} (latest ${latest})` });
    }
  };

  const networkSince = new Map<string, number>();
  d.carriers.forEach((carrier, i) => {
    tooLate(['carriers', i, 'networkSince'], 'networkSince', carrier.networkSince);
    if (carrier.networkSince !== undefined) networkSince.set(carrier.id, carrier.networkSince);
    // A list read for this dataset cannot be from after its date.
    if (carrier.popList && carrier.popList.year > asOfYear) {
      problems.push({ path: ['carriers', i, 'popList', 'year'], message: `a PoP list from ${carrier.popList.year} is after the dataset's date ${d.meta.asOf}` });
    }
  });

  d.pops.forEach((pop, i) => {
    tooLate(['pops', i, 'since'], 'since', pop.since);
    tooLate(['pops', i, 'listed'], 'listed', pop.listed);
    if (pop.since !== undefined && pop.listed !== undefined) {
      problems.push({ path: ['pops', i, 'listed'], message: 'a PoP with an opening year (since) needs no listed year: drop one' });
    }
    const start = networkSince.get(pop.carrier);
    if (pop.since !== undefined && start !== undefined && pop.since < start) {
      problems.push({ path: ['pops', i, 'since'], message: `opened in ${pop.since}, before its carrier "${pop.carrier}" began its network (networkSince ${start})` });
    }
  });

  d.terrestrialLinks.forEach((link, i) => tooLate(['terrestrialLinks', i, 'since'], 'since', link.since));
  (d.facilities ?? []).forEach((facility, i) => tooLate(['facilities', i, 'since'], 'since', facility.since));
  return problems;
}
