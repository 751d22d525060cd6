import { memo, useMemo } from 'react';
import type { GeoPath, GeoProjection } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { LonLat } from '../../data/schema';
import type { Basemap } from '../../geo/basemap';
import { countryShapes } from '../../geo/countryShapes';
import { useExplorer } from '../../store/context';
import { selectTrustShown } from '../../store/slices/trustSlice';

/** Countries whose traffic a replayed hijack or leak pulls away, shaded; those too small for the basemap as a dot at their metros. */
export const TrustLayer = memo(function TrustLayer({ path, projection, backbone, basemap }: { path: GeoPath; projection: GeoProjection; backbone: Backbone; basemap: Basemap | null }) {
  const trust = useExplorer(selectTrustShown);
  const places = useMemo(() => {
    const byCountry = new Map<string, LonLat[]>();
    for (const m of backbone.metros.values()) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), [m.lon, m.lat]]);
    return byCountry;
  }, [backbone]);
  const captured = trust?.report.captured.countries;
  // Only the captured countries' shapes, and only while a replay is shown: the point tests are not free.
  const shapes = useMemo(
    () => (basemap && captured ? countryShapes(basemap.countries, new Map(captured.flatMap((c) => (places.has(c) ? [[c, places.get(c)!] as const] : [])))) : new Map()),
    [basemap, places, captured],
  );
  if (!trust || !captured) return null;
  return (
    <g className="trust-layer" data-event={trust.key}>
      {captured.map((c) => {
        const shape = shapes.get(c);
        if (shape) return <path key={c} className="trust-captured" data-country={c} d={path(shape) ?? ''} />;
        const at = places.get(c)?.[0];
        const xy = at ? projection(at) : null;
        return xy ? <circle key={c} className="trust-captured" data-country={c} cx={xy[0]} cy={xy[1]} r={4} /> : null;
      })}
    </g>
  );
});

/** What the shading means, shown while it is drawn. */
export function TrustLegend({ label }: { label: string }) {
  const shown = useExplorer((s) => (selectTrustShown(s)?.report.captured.countries.length ?? 0) > 0);
  if (!shown) return null;
  return (
    <p className="trust-legend">
      <span className="trust-swatch" aria-hidden="true" /> {label}
    </p>
  );
}
