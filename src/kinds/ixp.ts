import type { KindDefinition } from './kind';

export const ixpKind: KindDefinition<'ixp'> = {
  kind: 'ixp',
  label: 'IXP',
  searchRank: 3,
  zoom: 5,
  has: (backbone, id) => backbone.ixps.has(id),
  name: (backbone, id) => backbone.ixps.get(id)?.name ?? null,
  location: (backbone, id) => {
    const x = backbone.ixps.get(id);
    return x ? [x.lon, x.lat] : null;
  },
  extent: () => null,
  search: (backbone, { kindName }) =>
    backbone.dataset.ixps.map((x) => ({
      id: x.id,
      label: x.name,
      detail: `${kindName} · ${backbone.metros.get(x.metro)?.name ?? x.metro}`,
      names: [x.name, x.id],
      weight: x.peakTraffic?.tbps ?? x.members?.count ?? 0,
    })),
};
