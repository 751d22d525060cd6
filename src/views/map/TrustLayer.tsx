import { memo, useMemo } from 'react';
import type { GeoPath, GeoProjection } from 'd3';
import type { Backbone } from '../../data/normalize';
import type { LonLat } from '../../data/schema';
import type { Basemap } from '../../geo/basemap';
import { countryShapes } from '../../geo/countryShapes';
import { useExplorer } from '../../store/context';
import { selectTrustShown } from '../../store/slices/trustSlice';
import { useMessages } from '../i18n/useMessages';
import { prefersReducedMotion } from './PacketCanvas';

/**
 * Countries whose traffic a hijack or leak pulls away, shaded; those too small for the basemap as a dot at their metros.
 * With reduced motion, where no packets run, the diverted countries' routes are drawn still instead.
 */
export const TrustLayer = memo(function TrustLayer({ path, projection, backbone, basemap }: { path: GeoPath; projection: GeoProjection; backbone: Backbone; basemap: Basemap | null }) {
  const trust = useExplorer(selectTrustShown);
  const places = useMemo(() => {
    const byCountry = new Map<string, LonLat[]>();
    for (const m of backbone.metros.values()) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), [m.lon, m.lat]]);
    return byCountry;
  }, [backbone]);
  const captured = trust?.report.captured.countries;
  // Only the captured countries' shapes, and only while a result is shown: the point tests are not free.
  const shapes = useMemo(
    () => (basemap && captured ? countryShapes(basemap.countries, new Map(captured.flatMap((c) => (places.has(c) ? [[c, places.get(c)!] as const] : [])))) : new Map()),
    [basemap, places, captured],
  );
  const still = prefersReducedMotion();
  const diverted = useMemo(() => (still && trust ? trust.flows.filter((f) => f.diverted) : []), [still, trust]);
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
      {diverted.map((f) => (
        <path key={f.country} className="trust-route-diverted" data-country={f.country} d={path({ type: 'LineString', coordinates: f.path.map(([lon, lat]) => [lon, lat]) }) ?? ''} />
      ))}
    </g>
  );
});

/** What the shading and the packets mean, shown while they are drawn. */
export function TrustLegend() {
  const m = useMessages().trust;
  const trust = useExplorer(selectTrustShown);
  if (!trust) return null;
  const shaded = trust.report.captured.countries.length > 0;
  const diverted = trust.flows.some((f) => f.diverted);
  const toOrigin = trust.flows.some((f) => !f.diverted);
  const still = prefersReducedMotion();
  if (!shaded && !diverted && (still || !toOrigin)) return null;
  return (
    <ul className="trust-legend">
      {shaded && (
        <li>
          <span className="trust-swatch" aria-hidden="true" /> {m.legend}
        </li>
      )}
      {!still && toOrigin && (
        <li>
          <span className="packet-swatch origin" aria-hidden="true" /> {m.legendOrigin}
        </li>
      )}
      {diverted && (
        <li>
          <span className={still ? 'route-swatch diverted' : 'packet-swatch diverted'} aria-hidden="true" /> {still ? m.legendDivertedStill : m.legendDiverted}
        </li>
      )}
    </ul>
  );
}
