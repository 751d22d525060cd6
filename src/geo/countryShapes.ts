import { geoContains } from 'd3';
import type { Feature, FeatureCollection } from 'geojson';
import type { LonLat } from '../data/schema';

/**
 * Each country's shape on the basemap, found from places known to lie in it (its metros): the
 * basemap names countries by number, the dataset by ISO 3166 alpha-2 code, and a point test
 * joins the two without a table of codes. A country too small for the basemap (an island at
 * 1:110m) has no shape and is left out.
 */
export function countryShapes(countries: FeatureCollection, placesOf: ReadonlyMap<string, readonly LonLat[]>): Map<string, Feature> {
  const shapes = new Map<string, Feature>();
  for (const [code, places] of placesOf) {
    // The shape holding most of its places: a metro in disputed territory (Simferopol) must not give Ukraine Russia's shape.
    let best: Feature | undefined;
    let most = 0;
    for (const f of countries.features) {
      const inside = places.filter((p) => geoContains(f, p as [number, number])).length;
      if (inside > most) [best, most] = [f, inside];
    }
    if (best) shapes.set(code, best);
  }
  return shapes;
}
