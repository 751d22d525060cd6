// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { createProjection, isPointVisible } from '../../src/geo/projection';
import { cableGeometry, linkGeometry } from '../../src/geo/features';
import { measureLandCrossing, polylineLengthKm } from '../../src/geo/landCrossing';
import { createBasemap } from '../../src/geo/basemap';
import { tinyBackbone } from '../fixtures/loadFixture';

const topology = JSON.parse(readFileSync('node_modules/world-atlas/land-110m.json', 'utf8')) as Topology;
const land = feature(topology, topology.objects.land as GeometryCollection);

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
});
