import { memo, useMemo } from 'react';
import { geoGraticule10 } from 'd3';
import type { GeoPath } from 'd3';
import type { Basemap } from '../../geo/basemap';

const SPHERE = { type: 'Sphere' } as const;
const GRATICULE = geoGraticule10();

/**
 * The sea, the graticule, the land and the borders: drawn once per projection. The land and the borders take
 * `outlinePath`, the same projection without resampling (their points are dense already), and the sphere and
 * the graticule, whose few long lines must bend, take `path`.
 */
export const BasemapLayer = memo(function BasemapLayer({ path, outlinePath = path, basemap }: { path: GeoPath; outlinePath?: GeoPath; basemap: Basemap | null }) {
  const d = useMemo(
    () => ({
      sphere: path(SPHERE) ?? '',
      graticule: path(GRATICULE) ?? '',
      land: basemap ? (outlinePath(basemap.countries) ?? '') : '',
      borders: basemap ? (outlinePath(basemap.borders) ?? '') : '',
    }),
    [path, outlinePath, basemap],
  );
  return (
    <g className="basemap" aria-hidden="true">
      <path className="sphere" d={d.sphere} />
      <path className="graticule" d={d.graticule} />
      <path className="land" d={d.land} />
      <path className="borders" d={d.borders} />
    </g>
  );
});
