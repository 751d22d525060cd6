// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createProjection, isPointVisible } from '../../src/geo/projection';
import { cableGeometry, cableGeometryIn, linkGeometry } from '../../src/geo/features';
import { measureLandCrossing, polylineLengthKm } from '../../src/geo/landCrossing';
import { basemapPieces, createBasemap } from '../../src/geo/basemap';
import { createLandMask } from '../../src/geo/landMask';
import { createSeaRouter } from '../../src/geo/seaRouter';
import { geoContains } from 'd3';
import { tinyBackbone } from '../fixtures/loadFixture';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/land-110m.json', 'utf8')) as Topology;
const landFeature = feature(topology, topology.objects.land as GeometryCollection);
const mask = createLandMask(landFeature, 0.1);
const land = mask.isLand;

describe('createProjection', () => {
  it('createProjection("natural-earth", 800×600) fits the whole sphere across the width, inset included', () => {
    const p = createProjection('natural-earth', { width: 800, height: 600, inset: 10 });
    const [x0, y0] = p([-180, 0])!;
    const [x1] = p([180, 0])!;
    expect(x0).toBeCloseTo(10, 0);
    expect(x1).toBeCloseTo(790, 0);
    expect(y0).toBeCloseTo(300, 0);
  });

  it('createProjection("orthographic") centres the globe on the point opposite its rotation', () => {
    const p = createProjection('orthographic', { width: 500, height: 500, rotate: [-2, -51] });
    const [x, y] = p([2, 51])!;
    expect(x).toBeCloseTo(250, 5);
    expect(y).toBeCloseTo(250, 5);
  });
});

describe('isPointVisible', () => {
  it('is true everywhere on a flat map', () => {
    expect(isPointVisible(createProjection('equal-earth', { width: 400, height: 200 }), [179, -80])).toBe(true);
  });

  it('hides the far side of the globe', () => {
    const p = createProjection('orthographic', { width: 400, height: 400, rotate: [0, 0] });
    expect(isPointVisible(p, [10, 10])).toBe(true);
    expect(isPointVisible(p, [170, 0])).toBe(false);
  });
});

describe('cable and link geometry', () => {
  const backbone = tinyBackbone();

  it('cableGeometry(apollo) follows the segment’s route at sea', () => {
    const apollo = backbone.cables.get('apollo')!;
    expect(cableGeometry(apollo, backbone).coordinates).toEqual([apollo.segments[0]!.route]);
  });

  it('cableGeometry(amitie) joins the landing points of segments that have no route', () => {
    const geometry = cableGeometry(backbone.cables.get('amitie')!, backbone);
    expect(geometry.coordinates).toEqual([
      [
        [-70.9495, 42.4668],
        [-1.2036, 44.8733],
      ],
      [
        [-1.2036, 44.8733],
        [-4.5449, 50.8293],
      ],
    ]);
  });

  it('linkGeometry(london-paris) joins the two metros', () => {
    expect(linkGeometry(backbone.terrestrialLinks.get('london-paris')!, backbone)?.coordinates).toEqual([
      [-0.1278, 51.5074],
      [2.3522, 48.8566],
    ]);
  });
});

describe('polylineLengthKm and measureLandCrossing', () => {
  it('polylineLengthKm along the equator is 111.2 km per degree', () => {
    expect(polylineLengthKm([
      [0, 0],
      [1, 0],
      [3, 0],
    ])).toBeCloseTo(333.6, 0);
  });

  it('finds no land on a route across the open Atlantic', () => {
    expect(measureLandCrossing([[-30, 40], [-40, 35]], land).landKm).toBe(0);
  });

  it('measures the land a straight line across Africa crosses, ends excepted', () => {
    const { landKm, firstOnLand } = measureLandCrossing([[-17.4, 14.7], [39.7, -4.0]], land);
    expect(landKm).toBeGreaterThan(5000);
    expect(firstOnLand).not.toBeNull();
  });
});

describe('createBasemap', () => {
  it('turns the world-atlas countries topology into features and inner borders', () => {
    const countries = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
    const basemap = createBasemap(countries);
    expect(basemap.countries.features.length).toBeGreaterThan(150);
    expect(basemap.borders.type).toBe('MultiLineString');
    expect(basemap.borders.coordinates.length).toBeGreaterThan(100);
  });

  it('splits into pieces of about equal size that hold every country and border once, in order', () => {
    const basemap = createBasemap(JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology);
    const pieces = basemapPieces(basemap, 8);
    expect(pieces).toHaveLength(8);
    expect(pieces.flatMap((p) => p.countries.features)).toEqual(basemap.countries.features);
    expect(pieces.flatMap((p) => p.borders.coordinates)).toEqual(basemap.borders.coordinates);
    const borderPoints = pieces.map((p) => p.borders.coordinates.reduce((sum, line) => sum + line.length, 0));
    const total = borderPoints.reduce((a, b) => a + b, 0);
    // Runs of whole lines: a piece can overshoot its share by at most one line.
    const longest = Math.max(...basemap.borders.coordinates.map((line) => line.length));
    for (const points of borderPoints) expect(points).toBeLessThanOrEqual(total / 8 + longest);
  });

  it('gives fewer pieces than asked when there is less to split', () => {
    const tiny = { countries: { type: 'FeatureCollection' as const, features: [] }, borders: { type: 'MultiLineString' as const, coordinates: [[[0, 0], [1, 1]]] } };
    const pieces = basemapPieces(tiny, 8);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.borders.coordinates).toEqual(tiny.borders.coordinates);
  });
});

describe('createLandMask', () => {
  it('agrees with geoContains on land and sea for known places', () => {
    const places: [string, number, number, boolean][] = [
      ['Paris', 2.35, 48.86, true],
      ['Sahara', 10, 23, true],
      ['Amazon', -60, -5, true],
      ['central Australia', 134, -25, true],
      ['Siberia', 100, 65, true],
      ['mid-Atlantic', -35, 30, false],
      ['Bay of Biscay', -5, 45.5, false],
      ['Mediterranean', 18, 35, false],
      ['mid-Pacific', -150, 0, false],
      ['Red Sea', 38, 20, false],
    ];
    for (const [, lon, lat, expected] of places) {
      expect(mask.isLand(lon, lat)).toBe(expected);
      expect(geoContains(landFeature, [lon, lat])).toBe(expected);
    }
  });

  it('agrees with geoContains on at least 99% of a grid of points', () => {
    let agree = 0;
    let total = 0;
    for (let lon = -179; lon < 180; lon += 7.3) {
      for (let lat = -60; lat <= 75; lat += 4.1) {
        total++;
        if (mask.isLand(lon, lat) === geoContains(landFeature, [lon, lat])) agree++;
      }
    }
    expect(agree / total).toBeGreaterThan(0.99);
  });
});

describe('createSeaRouter', () => {
  // The settings scripts/route-cables.ts uses: Natural Earth 1:50m land, a 0.25° search grid.
  const land50 = JSON.parse(readFileSync('node_modules/world-atlas/land-50m.json', 'utf8')) as Topology;
  const fineMask = createLandMask(feature(land50, land50.objects.land as GeometryCollection));
  const router = createSeaRouter(fineMask);
  const overLand = (route: [number, number][]) => measureLandCrossing(route, fineMask.isLand).landKm;

  it('route(Marseille, Bude) leaves the Mediterranean by Gibraltar and stays at sea', () => {
    const route = router.route([5.37, 43.29], [-4.5449, 50.8293])!;
    expect(route[0]).toEqual([5.37, 43.29]);
    expect(route[route.length - 1]).toEqual([-4.5449, 50.8293]);
    expect(route.some(([lon, lat]) => lon < -5 && lon > -7 && lat > 35 && lat < 37)).toBe(true);
    // Within the 15 km the sea-route check tolerates: the Strait of Gibraltar is 14 km wide.
    expect(overLand(route)).toBeLessThan(15);
  });

  it('route(a, b) is the straight leg when the great circle is already at sea', () => {
    expect(router.route([-40, 30], [-50, 25])).toEqual([
      [-40, 30],
      [-50, 25],
    ]);
  });

  it('route(Mumbai, Singapore) rounds India and Sri Lanka instead of crossing them', () => {
    const route = router.route([72.82, 18.93], [103.64, 1.3])!;
    expect(overLand(route)).toBe(0);
    expect(Math.min(...route.map((p) => p[1]))).toBeLessThan(8);
  });
});

describe('cableGeometryIn', () => {
  it('cableGeometryIn(cable, backbone, year) puts a segment finished after that year apart, to be drawn as planned', () => {
    const backbone = tinyBackbone();
    const amitie = backbone.cables.get('amitie')!;
    const late = { ...amitie, segments: amitie.segments.map((s, i) => (i === 1 ? { ...s, rfs: amitie.rfs + 2 } : s)) };
    const all = cableGeometry(late, backbone).coordinates;
    const before = cableGeometryIn(late, backbone, amitie.rfs);
    expect(before.inService.coordinates).toEqual([all[0]]);
    expect(before.later?.coordinates).toEqual([all[1]]);
    const after = cableGeometryIn(late, backbone, amitie.rfs + 2);
    expect(after.inService.coordinates).toEqual(all);
    expect(after.later).toBeNull();
  });
});
