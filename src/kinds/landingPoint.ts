import type { KindDefinition } from './kind';

export const landingPointKind: KindDefinition<'landingPoint'> = {
  kind: 'landingPoint',
  label: 'landing point',
  searchRank: 5,
  zoom: 5,
  has: (backbone, id) => backbone.landingPoints.has(id),
  name: (backbone, id) => backbone.landingPoints.get(id)?.name ?? null,
  location: (backbone, id) => {
    const l = backbone.landingPoints.get(id);
    return l ? [l.lon, l.lat] : null;
  },
  extent: () => null,
  search: (backbone, { kindName, countryName }) =>
    backbone.dataset.landingPoints.map((lp) => ({ id: lp.id, label: lp.name, detail: `${kindName} · ${countryName(lp.country)}`, names: [lp.name], weight: 0 })),
};
