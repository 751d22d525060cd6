import { memo, useMemo } from 'react';
import { geoGraticule10 } from 'd3';
import type { GeoPath } from 'd3';
import type { Basemap } from '../../geo/basemap';

const SPHERE = { type: 'Sphere' } as const;
const GRATICULE = geoGraticule10();

/** The sea, the graticule, the land and the borders: drawn once per projection. */
export const BasemapLayer = memo(function BasemapLayer({ path, basemap }: { path: GeoPath; basemap: Basemap | null }) {
  const d = useMemo(
    () => ({
      sphere: path(SPHERE) ?? '',
      graticule: path(GRATICULE) ?? '',
      land: basemap ? (path(basemap.countries) ?? '') : '',
      borders: basemap ? (path(basemap.borders) ?? '') : '',
    }),
    [path, basemap],
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
