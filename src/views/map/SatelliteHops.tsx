import { useMemo } from 'react';
import type { GeoPath } from 'd3';
import { geoDistance, geoInterpolate } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { LonLat } from '../../data/schema';
import type { ScenarioView } from '../../model/scenario';

/** How far the arc bows out at its middle, as a share of the distance between its ends: a hop through the sky, not a cable. */
const BOW = 0.3;
const STEPS = 32;

/**
 * The points of a hop from `a` to `b`: the great circle between them, bowed towards the pole by up to
 * BOW × their distance, so that it never lies along the fibre it replaces. Geographic, so that the map's
 * path clips it at the antimeridian and the globe's horizon like any other line.
 */
export function hopArc(a: LonLat, b: LonLat): LonLat[] {
  const along = geoInterpolate(a, b);
  const bowDeg = (BOW * geoDistance(a, b) * 180) / Math.PI;
  const towardsPole = a[1] + b[1] >= 0 ? 1 : -1;
  return Array.from({ length: STEPS + 1 }, (_, i) => {
    const [lon, lat] = along(i / STEPS);
    return [lon, Math.max(-89, Math.min(89, lat + towardsPole * bowDeg * Math.sin((Math.PI * i) / STEPS)))] as LonLat;
  });
}

/** Each isolated country's satellite hop, drawn from its metro to its ground station abroad. */
export function SatelliteHops({ path, backbone, scenario }: { path: GeoPath; backbone: Backbone; scenario: ScenarioView }) {
  const drawn = useMemo(
    () =>
      scenario.onSatellite.flatMap((s) => {
        const from = backbone.metros.get(s.from);
        const to = backbone.metros.get(s.gateway);
        if (!from || !to) return [];
        return [{ country: s.country, d: path({ type: 'LineString', coordinates: hopArc([from.lon, from.lat], [to.lon, to.lat]) }) ?? '' }];
      }),
    [scenario.onSatellite, backbone, path],
  );
  return (
    <g className="satellite-hops">
      {drawn.map(({ country, d }) => (
        <path key={country} className="satellite-hop" data-country={country} d={d} />
      ))}
    </g>
  );
}
