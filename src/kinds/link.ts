import { linkGeometry } from '../geo/features';
import { centreOf, metroPoint } from './kind';
import type { KindDefinition } from './kind';

export const linkKind: KindDefinition<'link'> = {
  kind: 'link',
  label: 'terrestrial link',
  searchRank: 6,
  zoom: 8,
  has: (backbone, id) => backbone.terrestrialLinks.has(id),
  name: (backbone, id) => {
    const link = backbone.terrestrialLinks.get(id);
    if (!link) return null;
    return link.name ?? `${backbone.metros.get(link.from)?.name ?? link.from} – ${backbone.metros.get(link.to)?.name ?? link.to}`;
  },
  location: (backbone, id) => {
    const link = backbone.terrestrialLinks.get(id);
    return link ? centreOf([...metroPoint(backbone, link.from), ...metroPoint(backbone, link.to)]) : null;
  },
  extent: (backbone, id) => {
    const link = backbone.terrestrialLinks.get(id);
    return link ? linkGeometry(link, backbone) : null;
  },
  // Links are found through their cities; a search for "London" that listed every link from London would bury the city.
  search: () => [],
};
