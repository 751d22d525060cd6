import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * Land as a raster of cells on a longitude/latitude grid, filled by scanlines:
 * checking a point is then one array read, where geoContains on Natural Earth's
 * land walks every polygon. At 0.05° a cell is at most 5.6 km across, well below
 * the tolerance of the checks that use it.
 */
export interface LandMask {
  readonly resolutionDeg: number;
  isLand(lon: number, lat: number): boolean;
}

type Ring = Position[];

function ringsOf(geometry: Geometry | null): Ring[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(ringsOf);
    default:
      return [];
  }
}

/**
 * Makes a ring's longitudes continuous (no jump of more than 180° between
 * neighbours), and closes a ring that goes round a pole through that pole, so
 * that it is an ordinary polygon in the plane of (longitude, latitude).
 */
function unwrapRing(ring: Ring): [number, number][] {
  const out: [number, number][] = [];
  let shift = 0;
  ring.forEach((p, i) => {
    const lon = p[0]!;
    if (i > 0) {
      const previous = ring[i - 1]![0]!;
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    out.push([lon + shift, p[1]!]);
  });
  if (shift !== 0 && out.length) {
    const pole = out.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1]![0], pole], [out[0]![0], pole], out[0]!);
  }
  return out;
}

export function createLandMask(land: Feature | FeatureCollection, resolutionDeg = 0.05): LandMask {
  const cols = Math.round(360 / resolutionDeg);
  const rows = Math.round(180 / resolutionDeg);
  const cells = new Uint8Array(cols * rows);
  const features = land.type === 'FeatureCollection' ? land.features : [land];
  for (const feature of features) {
    for (const ring of ringsOf(feature.geometry)) {
      // For every row, the longitudes where the ring's edges cross the row's centre line.
      const crossings = new Map<number, number[]>();
      const points = unwrapRing(ring);
      for (let i = 1; i < points.length; i++) {
        const [lonA, latA] = points[i - 1]!;
        const [lonB, latB] = points[i]!;
        if (latA === latB) continue;
        const lo = Math.min(latA, latB);
        const hi = Math.max(latA, latB);
        const firstRow = Math.max(0, Math.ceil((90 - hi) / resolutionDeg - 0.5));
        const lastRow = Math.min(rows - 1, Math.floor((90 - lo) / resolutionDeg - 0.5));
        for (let r = firstRow; r <= lastRow; r++) {
          const lat = 90 - (r + 0.5) * resolutionDeg;
          if (lat < lo || lat >= hi) continue;
          const list = crossings.get(r) ?? [];
          list.push(lonA + ((lat - latA) / (latB - latA)) * (lonB - lonA));
          crossings.set(r, list);
        }
      }
      // Even-odd spans, toggled rather than set, so that a hole (a lake) cancels its island.
      for (const [r, xs] of crossings) {
        xs.sort((a, b) => a - b);
        for (let i = 0; i + 1 < xs.length; i += 2) {
          const from = Math.ceil((xs[i]! + 180) / resolutionDeg - 0.5);
          const to = Math.floor((xs[i + 1]! + 180) / resolutionDeg - 0.5);
          for (let c = from; c <= to; c++) cells[r * cols + (((c % cols) + cols) % cols)]! ^= 1;
        }
      }
    }
  }
  return {
    resolutionDeg,
    isLand(lon, lat) {
      const c = Math.floor(((((lon + 180) % 360) + 360) % 360) / resolutionDeg);
      const r = Math.floor((90 - lat) / resolutionDeg);
      if (r < 0 || r >= rows) return false;
      return cells[r * cols + Math.min(cols - 1, c)] === 1;
    },
  };
}
