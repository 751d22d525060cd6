import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { createFormatters } from '../i18n/format';
import { centreOf, metroPoint } from './kind';
import type { KindDefinition } from './kind';

/** Where a satellite backup is drawn: the country it serves (its first metro) and its ground station abroad. */
function ends(backbone: Backbone, id: string): LonLat[] {
  const sat = backbone.satelliteBackups.get(id);
  if (!sat) return [];
  const home = backbone.dataset.metros.find((m) => m.country === sat.country);
  return [...(home ? metroPoint(backbone, home.id) : []), ...metroPoint(backbone, sat.gateway)];
}

export const satelliteKind: KindDefinition<'satellite'> = {
  kind: 'satellite',
  label: 'satellite backup',
  searchRank: 7,
  zoom: 2,
  has: (backbone, id) => backbone.satelliteBackups.has(id),
  name: (backbone, id, lang) => {
    const sat = backbone.satelliteBackups.get(id);
    return sat ? `${sat.operators.join(', ')} · ${createFormatters(lang).countryName(sat.country)}` : null;
  },
  location: (backbone, id) => centreOf(ends(backbone, id)),
  extent: (backbone, id) => {
    const points = ends(backbone, id);
    return points.length ? { type: 'MultiPoint', coordinates: points } : null;
  },
  search: (backbone, { kindName, countryName }) =>
    backbone.dataset.satelliteBackups.map((s) => ({
      id: s.id,
      label: `${s.operators.join(', ')} · ${countryName(s.country)}`,
      detail: `${kindName} · ${s.since}`,
      names: [...s.operators, countryName(s.country), s.id],
      weight: s.capacityGbps,
    })),
};
