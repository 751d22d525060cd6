import { selectVisibleIxps } from '../../../store/selectors';
import type { ListDefinition } from './listTypes';

/** Internet exchanges open in the year, as the map draws them; carriers do not own exchanges, so their filter does not apply. */
export const ixpList: ListDefinition = {
  byCarrier: false,
  columns: [{ key: 'name' }, { key: 'city' }, { key: 'country' }, { key: 'founded', format: 'plain' }, { key: 'peakTbps', format: 'decimal' }, { key: 'members', format: 'count' }],
  rows: (backbone, { year }, { f }) =>
    selectVisibleIxps(backbone, year).map((ixp) => {
      const metro = backbone.metros.get(ixp.metro);
      return {
        ref: { kind: 'ixp', id: ixp.id },
        cells: {
          name: ixp.name,
          city: metro?.name ?? null,
          country: metro ? f.countryName(metro.country) : null,
          founded: ixp.founded,
          peakTbps: ixp.peakTraffic?.tbps ?? null,
          members: ixp.members?.count ?? null,
        },
      };
    }),
};
