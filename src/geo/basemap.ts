import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Basemap {
  countries: FeatureCollection;
  /** Borders between countries only, drawn once each. */
  borders: MultiLineString;
}

/** Turns world-atlas's countries topology into GeoJSON for drawing. */
export function createBasemap(topology: Topology): Basemap {
  const countries = topology.objects.countries as GeometryCollection;
  return {
    countries: feature(topology, countries) as FeatureCollection,
    borders: mesh(topology, countries, (a, b) => a !== b),
  };
}

/** How many points a geometry has: the measure of how long it takes to project and draw. */
function pointCount(geometry: Geometry | null): number {
  if (!geometry) return 0;
  switch (geometry.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.reduce((sum, line) => sum + line.length, 0);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, polygon) => sum + polygon.reduce((s, ring) => s + ring.length, 0), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, g) => sum + pointCount(g), 0);
  }
}

/** Splits items, in order, into at most `count` consecutive runs of about equal weight. */
function balancedRuns<T>(items: readonly T[], weight: (item: T) => number, count: number): T[][] {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  const runs: T[][] = [];
  let run: T[] = [];
  let filled = 0;
  for (const item of items) {
    run.push(item);
    filled += weight(item);
    if (filled >= (total * (runs.length + 1)) / count && runs.length < count - 1) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

export interface BasemapPiece {
  countries: FeatureCollection;
  borders: MultiLineString;
}

/**
 * The basemap in `count` pieces of about equal size, each drawn by a component of its own: projecting and
 * clipping the whole outline took one task of 100–150 ms on a 2-core machine, and React can yield between
 * pieces, not inside one.
 */
export function basemapPieces(basemap: Basemap, count: number): BasemapPiece[] {
  const countries = balancedRuns(basemap.countries.features, (f) => pointCount(f.geometry), count);
  const borders = balancedRuns(basemap.borders.coordinates, (line) => line.length, count);
  return Array.from({ length: Math.max(countries.length, borders.length) }, (_, i) => ({
    countries: { type: 'FeatureCollection', features: countries[i] ?? [] },
    borders: { type: 'MultiLineString', coordinates: borders[i] ?? [] },
  }));
}
