// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { createBasemap } from '../../src/geo/basemap';
import { countryShapes } from '../../src/geo/countryShapes';
import type { LonLat } from '../../src/data/schema';

const basemap = createBasemap(JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology);

describe('countryShapes', () => {
  it('finds each country\'s shape from its places, by the shape holding most of them, and leaves out one too small for the basemap', () => {
    const places = new Map<string, LonLat[]>([
      ['UA', [[34.1, 44.95], [30.52, 50.45], [36.23, 49.99]]], // Simferopol, Kyiv, Kharkiv
      ['RU', [[37.62, 55.75]]],
      ['TO', [[-175.2, -21.13]]], // Nuku'alofa: no shape at 1:110m
    ]);
    const shapes = countryShapes(basemap.countries, places);
    expect(shapes.get('UA')?.properties?.name).toBe('Ukraine');
    expect(shapes.get('RU')?.properties?.name).toBe('Russia');
    expect(shapes.has('TO')).toBe(false);
  });
});
