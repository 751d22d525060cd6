import type { KindDefinition } from './kind';

export const metroKind: KindDefinition<'metro'> = {
  kind: 'metro',
  label: 'metro',
  searchRank: 2,
  zoom: 5,
  has: (backbone, id) => backbone.metros.has(id),
  name: (backbone, id) => backbone.metros.get(id)?.name ?? null,
  location: (backbone, id) => {
    const m = backbone.metros.get(id);
    return m ? [m.lon, m.lat] : null;
  },
  extent: () => null,
  search: (backbone, { kindName, countryName }) =>
    backbone.dataset.metros.map((m) => ({ id: m.id, label: m.name, detail: `${kindName} · ${countryName(m.country)}`, names: [m.name, m.id], weight: backbone.popsByMetro.get(m.id)?.length ?? 0 })),
};
