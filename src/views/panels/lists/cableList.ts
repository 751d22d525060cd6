import { selectVisibleCables } from '../../../store/selectors';
import type { ListDefinition } from './listTypes';

/** Cables as the map draws them: in service in the year, owned by one of the selected carriers when any are. */
export const cableList: ListDefinition = {
  byCarrier: true,
  columns: [{ key: 'name' }, { key: 'status' }, { key: 'rfs', format: 'plain' }, { key: 'lengthKm', format: 'count' }, { key: 'capacityTbps', format: 'decimal' }, { key: 'owners' }, { key: 'countries' }],
  rows: (backbone, { year, carrierFilter, day }, { m, f, lang }) =>
    selectVisibleCables(backbone, year, carrierFilter, day).map((cable) => {
      const codes = new Set(cable.landingPoints.flatMap((id) => backbone.landingPoints.get(id)?.country ?? []));
      return {
        ref: { kind: 'cable', id: cable.id },
        cells: {
          name: cable.name,
          status: m.details.status[cable.status],
          rfs: cable.rfs,
          lengthKm: cable.lengthKm ?? null,
          capacityTbps: cable.capacityTbps ?? null,
          owners: cable.owners.join(', '),
          countries: [...codes].map(f.countryName).sort((a, b) => a.localeCompare(b, lang)).join(', ') || null,
        },
      };
    }),
};
