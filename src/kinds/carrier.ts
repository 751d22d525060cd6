import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { centreOf, metroPoint } from './kind';
import type { KindDefinition } from './kind';

/**
 * Where a carrier is: its PoP cities; for one with none in the dataset (a network known by its links or
 * cables alone, such as TransTeleCom), the cities its links join, else the landings of the cables it owns a share of,
 * else its home country's cities.
 */
function carrierPoints(backbone: Backbone, id: string): LonLat[] {
  const pops = (backbone.popsByCarrier.get(id) ?? []).flatMap((p) => metroPoint(backbone, p.metro));
  if (pops.length) return pops;
  const links = backbone.dataset.terrestrialLinks.filter((l) => l.carriers?.includes(id)).flatMap((l) => [...metroPoint(backbone, l.from), ...metroPoint(backbone, l.to)]);
  if (links.length) return links;
  const landings = backbone.dataset.cables
    .filter((c) => c.carriers?.includes(id))
    .flatMap((c) => c.landingPoints)
    .flatMap((lp) => {
      const l = backbone.landingPoints.get(lp);
      return l ? [[l.lon, l.lat] as LonLat] : [];
    });
  if (landings.length) return landings;
  // A network known only from BGP incidents (routing-only) has no place on the fibre: its home country's cities stand for it.
  const hq = backbone.carriers.get(id)?.hq;
  return [...backbone.metros.values()].filter((m) => m.country === hq).map((m) => [m.lon, m.lat] as LonLat);
}

export const carrierKind: KindDefinition<'carrier'> = {
  kind: 'carrier',
  label: 'carrier',
  searchRank: 1,
  zoom: 6,
  has: (backbone, id) => backbone.carriers.has(id),
  name: (backbone, id) => backbone.carriers.get(id)?.name ?? null,
  location: (backbone, id) => centreOf(carrierPoints(backbone, id)),
  extent: (backbone, id) => ({ type: 'MultiPoint', coordinates: carrierPoints(backbone, id) }),
  search: (backbone, { kindName }) =>
    backbone.dataset.carriers.map((c) => ({
      id: c.id,
      label: c.name,
      detail: `${kindName} · AS${c.asn}`,
      names: [c.name, `as${c.asn}`, String(c.asn), ...(c.aliases ?? [])],
      weight: c.tier === 1 ? 1 : 0,
    })),
};
