import { useMemo } from 'react';
import type { GeoProjection } from 'd3';
import type { Backbone } from '../../data/normalize';
import { isPointVisible } from '../../geo/projection';
import type { ScenarioView } from '../../model/scenario';

/** How far the arc bows out, as a share of the distance between its ends: enough to read as a hop through the sky, not a cable. */
const BOW = 0.3;

/**
 * A quadratic arc from `a` to `b` bowed to the left of the way from a to b (upwards on the map for a hop
 * eastwards), so that a hop through space never lies along the fibre it replaces. Screen coordinates.
 */
export function hopArc(a: readonly [number, number], b: readonly [number, number]): string {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const cx = (a[0] + b[0]) / 2 + dy * BOW;
  const cy = (a[1] + b[1]) / 2 - dx * BOW;
  const r = (x: number) => Math.round(x * 10) / 10;
  return `M${r(a[0])},${r(a[1])}Q${r(cx)},${r(cy)} ${r(b[0])},${r(b[1])}`;
}

/** Each isolated country's satellite hop, drawn from its metro to its ground station abroad. */
export function SatelliteHops({ projection, backbone, scenario }: { projection: GeoProjection; backbone: Backbone; scenario: ScenarioView }) {
  const drawn = useMemo(
    () =>
      scenario.onSatellite.flatMap((s) => {
        const from = backbone.metros.get(s.from);
        const to = backbone.metros.get(s.gateway);
        if (!from || !to || !isPointVisible(projection, [from.lon, from.lat]) || !isPointVisible(projection, [to.lon, to.lat])) return [];
        const a = projection([from.lon, from.lat]);
        const b = projection([to.lon, to.lat]);
        return a && b ? [{ country: s.country, d: hopArc(a, b) }] : [];
      }),
    [scenario.onSatellite, backbone, projection],
  );
  return (
    <g className="satellite-hops">
      {drawn.map(({ country, d }) => (
        <path key={country} className="satellite-hop" data-country={country} d={d} />
      ))}
    </g>
  );
}
