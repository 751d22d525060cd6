import { selectVisibleCables, selectVisibleIxps } from '../../../store/selectors';
import type { ListDefinition } from './listTypes';

/**
 * Every country with a city or a landing point in the dataset. Its exchanges
 * and cables are those the map shows: exchanges open in the year, cables in
 * service then and, with the carrier filter on, owned by a selected carrier.
 */
export const countryList: ListDefinition = {
  byCarrier: true,
  columns: [{ key: 'name' }, { key: 'metros', format: 'count' }, { key: 'ixps', format: 'count' }, { key: 'cablesLanding', format: 'count' }],
  rows: (backbone, { year, carrierFilter, day }, { f }) => {
    const d = backbone.dataset;
    const metros = new Map<string, number>();
    for (const metro of d.metros) metros.set(metro.country, (metros.get(metro.country) ?? 0) + 1);
    const ixps = new Map<string, number>();
    for (const ixp of selectVisibleIxps(backbone, year)) {
      const country = backbone.metros.get(ixp.metro)?.country;
      if (country) ixps.set(country, (ixps.get(country) ?? 0) + 1);
    }
    const cables = new Map<string, Set<string>>();
    for (const cable of selectVisibleCables(backbone, year, carrierFilter, day)) {
      for (const id of cable.landingPoints) {
        const country = backbone.landingPoints.get(id)?.country;
        if (country) cables.set(country, (cables.get(country) ?? new Set()).add(cable.id));
      }
    }
    const codes = new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)]);
    return [...codes].map((code) => ({
      ref: { kind: 'country', id: code },
      cells: { name: f.countryName(code), metros: metros.get(code) ?? 0, ixps: ixps.get(code) ?? 0, cablesLanding: cables.get(code)?.size ?? 0 },
    }));
  },
};
