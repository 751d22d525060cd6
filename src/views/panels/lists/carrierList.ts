import { isCableActiveIn, isPopPresentIn } from '../../../data/normalize';
import type { ListDefinition } from './listTypes';

/** Carriers, only the selected ones while the carrier filter is on (as the map shows only theirs); their PoPs, countries and cables as of the year. */
export const carrierList: ListDefinition = {
  byCarrier: true,
  columns: [{ key: 'name' }, { key: 'asn', format: 'asn' }, { key: 'tier', format: 'plain' }, { key: 'hq' }, { key: 'pops', format: 'count' }, { key: 'popList', format: 'plain' }, { key: 'countries', format: 'count' }, { key: 'cables', format: 'count' }],
  rows: (backbone, { year, carrierFilter, day }, { f }) =>
    backbone.dataset.carriers
      .filter((c) => carrierFilter.size === 0 || carrierFilter.has(c.id))
      .map((carrier) => {
        const pops = (backbone.popsByCarrier.get(carrier.id) ?? []).filter((p) => isPopPresentIn(backbone, p, year));
        const countries = new Set(pops.flatMap((p) => backbone.metros.get(p.metro)?.country ?? []));
        return {
          ref: { kind: 'carrier', id: carrier.id },
          cells: {
            name: carrier.name,
            asn: carrier.asn,
            tier: carrier.tier,
            hq: f.countryName(carrier.hq),
            pops: pops.length,
            // The year of the carrier's own published PoP list its PoPs were checked against; none where no list was found.
            popList: carrier.popList?.year ?? null,
            countries: countries.size,
            cables: (backbone.cablesByCarrier.get(carrier.id) ?? []).filter((c) => isCableActiveIn(c, year, day)).length,
          },
        };
      }),
};
