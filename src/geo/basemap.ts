import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString } from 'geojson';
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
