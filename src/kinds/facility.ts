import type { KindDefinition } from './kind';

/** Data centres and cloud regions: points on the map, searchable by name, operator, region code or city. */
export const facilityKind: KindDefinition<'facility'> = {
  kind: 'facility',
  label: 'data centre or cloud region',
  searchRank: 4,
  zoom: 6,
  has: (backbone, id) => backbone.facilities.has(id),
  name: (backbone, id) => backbone.facilities.get(id)?.name ?? null,
  location: (backbone, id) => {
    const f = backbone.facilities.get(id);
    return f ? [f.lon, f.lat] : null;
  },
  extent: () => null,
  search: (backbone, { kindName, messages }) =>
    backbone.dataset.facilities.map((f) => {
      const city = backbone.metros.get(f.metro)?.name ?? f.metro;
      return {
        id: f.id,
        label: f.name,
        detail: `${kindName} · ${messages.facilityTypes[f.type]} · ${f.operator} · ${city}`,
        names: [f.name, f.operator, ...(f.regionCode ? [f.regionCode] : []), `${f.operator} ${city}`, f.id],
        // Cloud regions first among equal matches: they are what a route's end is most often named after.
        weight: f.type === 'cloud-region' ? 1 : 0,
      };
    }),
};
