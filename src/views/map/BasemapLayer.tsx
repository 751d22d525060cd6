import { memo, useMemo } from 'react';
import { geoGraticule10 } from 'd3';
import type { GeoPath, GeoPermissibleObjects } from 'd3';
import { basemapPieces } from '../../geo/basemap';
import { cachedFor } from './projectionCache';
import type { Basemap, BasemapPiece } from '../../geo/basemap';

const SPHERE = { type: 'Sphere' } as const;
const GRATICULE = geoGraticule10();
/** Pieces of the land and of the borders: each some 10–20 ms to project on a busy 2-core machine. */
export const BASEMAP_PIECES = 8;

/** Outlines already projected, per projection (cachedFor). */
const projected = new WeakMap<GeoPath, WeakMap<GeoPermissibleObjects, string>>();

const projectedOutline = (path: GeoPath, object: GeoPermissibleObjects): string => cachedFor(projected, path, object, () => path(object) ?? '');

const piecesByBasemap = new WeakMap<Basemap, BasemapPiece[]>();

function piecesOf(basemap: Basemap): BasemapPiece[] {
  let split = piecesByBasemap.get(basemap);
  if (!split) piecesByBasemap.set(basemap, (split = basemapPieces(basemap, BASEMAP_PIECES)));
  return split;
}

/** One piece of the outline, projected in a render of its own so that React can yield between pieces. */
const OutlinePiece = memo(function OutlinePiece({ path, object, className }: { path: GeoPath; object: GeoPermissibleObjects; className: string }) {
  const d = projectedOutline(path, object);
  return <path className={className} d={d} />;
});

/**
 * The sea, the graticule, the land and the borders: drawn once per projection. The land and the borders take
 * `outlinePath`, the same projection without resampling (their points are dense already), and the sphere and
 * the graticule, whose few long lines must bend, take `path`. All the land is drawn before any border, so no
 * piece of land covers a border drawn before it.
 */
export const BasemapLayer = memo(function BasemapLayer({ path, outlinePath = path, basemap, limit }: { path: GeoPath; outlinePath?: GeoPath; basemap: Basemap | null; /** How many pieces of the outline to draw; all when undefined (useFirstDrawing). */ limit?: number }) {
  const d = useMemo(() => ({ sphere: path(SPHERE) ?? '', graticule: path(GRATICULE) ?? '' }), [path]);
  const pieces = basemap ? piecesOf(basemap).slice(0, limit) : [];
  return (
    <g className="basemap" aria-hidden="true">
      <path className="sphere" d={d.sphere} />
      <path className="graticule" d={d.graticule} />
      {pieces.map((piece, i) => (
        <OutlinePiece key={`land-${i}`} path={outlinePath} object={piece.countries} className="land" />
      ))}
      {pieces.map((piece, i) => (
        <OutlinePiece key={`borders-${i}`} path={outlinePath} object={piece.borders} className="borders" />
      ))}
    </g>
  );
});
