import { cableGeometry } from '../geo/features';
import type { LonLat } from '../data/schema';
import { centreOf } from './kind';
import type { KindDefinition } from './kind';

export const cableKind: KindDefinition<'cable'> = {
  kind: 'cable',
  label: 'cable',
  searchRank: 0,
  zoom: 6,
  has: (backbone, id) => backbone.cables.has(id),
  name: (backbone, id) => backbone.cables.get(id)?.name ?? null,
  location: (backbone, id) =>
    centreOf(
      (backbone.cables.get(id)?.landingPoints ?? []).flatMap((lp) => {
        const l = backbone.landingPoints.get(lp);
        return l ? [[l.lon, l.lat] as LonLat] : [];
      }),
    ),
  extent: (backbone, id) => {
    const cable = backbone.cables.get(id);
    return cable ? cableGeometry(cable, backbone) : null;
  },
  search: (backbone, { kindName, messages }) =>
    backbone.dataset.cables.map((c) => ({
      id: c.id,
      label: c.name,
      detail: `${kindName} · ${c.status === 'planned' ? messages.search.planned(String(c.rfs)) : messages.search.rfs(String(c.rfs))}`,
      names: [c.name, c.id, ...(c.aliases ?? [])],
      weight: c.capacityTbps ?? 0,
    })),
};
