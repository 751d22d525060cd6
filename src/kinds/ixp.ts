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
      weight: ixpSize(x),
    })),
};

/**
 * An exchange's size for ordering equal search matches: its peak traffic where one is published, and after every
 * exchange with a peak, its member count. Tbit/s and members are not one unit: 64 members is not more than 18 Tbit/s.
 */
function ixpSize(x: { peakTraffic?: { tbps: number }; members?: { count: number } }): number {
  if (x.peakTraffic) return 1e6 + x.peakTraffic.tbps;
  return Math.min(x.members?.count ?? 0, 1e5);
}
