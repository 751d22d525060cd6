// @vitest-environment node
import { geoDistance, geoInterpolate } from 'd3';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/data/schema';
import { EARTH_RADIUS_KM, polylineLengthKm } from '../../src/geo/landCrossing';
import { createRouteTrack } from '../../src/geo/routeTrack';

const KM_PER_DEG = (EARTH_RADIUS_KM * Math.PI) / 180;

function expectPoint(actual: LonLat, expected: LonLat, digits = 9): void {
  expect(actual[0]).toBeCloseTo(expected[0], digits);
  expect(actual[1]).toBeCloseTo(expected[1], digits);
}

describe('createRouteTrack', () => {
  it('createRouteTrack([[0, 0], [90, 0]]) is a quarter of the equator long and pointAt interpolates on it', () => {
    const track = createRouteTrack([
      [0, 0],
      [90, 0],
    ]);
    expect(track.lengthKm).toBeCloseTo(90 * KM_PER_DEG, 6);
    expectPoint(track.pointAt(30 * KM_PER_DEG), [30, 0]);
    expectPoint(track.pointAt(45 * KM_PER_DEG), [45, 0]);
    expectPoint(track.pointAt(89 * KM_PER_DEG), [89, 0]);
  });

  it('createRouteTrack(path).pointAt(km) finds the right leg of a path with several legs', () => {
    const track = createRouteTrack([
      [0, 0],
      [10, 0],
      [10, 10],
      [10, 20],
    ]);
    expect(Array.from(track.vertexKm, (km) => km / KM_PER_DEG)).toEqual([0, 10, 20, 30].map((d) => expect.closeTo(d, 9)));
    expectPoint(track.pointAt(5 * KM_PER_DEG), [5, 0]);
    expectPoint(track.pointAt(10 * KM_PER_DEG), [10, 0]);
    expectPoint(track.pointAt(15 * KM_PER_DEG), [10, 5]);
    expectPoint(track.pointAt(27.5 * KM_PER_DEG), [10, 17.5]);
  });

  it('createRouteTrack(path).lengthKm equals polylineLengthKm(path) on a route across an ocean', () => {
    const path: LonLat[] = [
      [-74, 40.7],
      [-50, 45],
      [-20, 50],
      [-5.5, 50.1],
    ];
    expect(createRouteTrack(path).lengthKm).toBeCloseTo(polylineLengthKm(path), 9);
  });

  it('createRouteTrack([[170, 0], [-170, 0]]) crosses the antimeridian the short way (20°, not 340°)', () => {
    const track = createRouteTrack([
      [170, 0],
      [-170, 0],
    ]);
    expect(track.lengthKm).toBeCloseTo(20 * KM_PER_DEG, 6);
    expectPoint(track.pointAt(5 * KM_PER_DEG), [175, 0]);
    expect(Math.abs(track.pointAt(10 * KM_PER_DEG)[0])).toBeCloseTo(180, 9);
    expectPoint(track.pointAt(15 * KM_PER_DEG), [-175, 0]);
  });

  it('createRouteTrack(path).pointAt(km) clamps distances before the start and past the end (and NaN) to the ends', () => {
    const track = createRouteTrack([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    expectPoint(track.pointAt(-500), [0, 0]);
    expectPoint(track.pointAt(Number.NaN), [0, 0]);
    expectPoint(track.pointAt(track.lengthKm), [10, 10]);
    expectPoint(track.pointAt(track.lengthKm + 1e6), [10, 10]);
  });

  it('createRouteTrack(path) skips repeated points: they add no length and pointAt never lands between them', () => {
    const track = createRouteTrack([
      [0, 0],
      [0, 0],
      [10, 0],
      [10, 0],
      [20, 0],
    ]);
    expect(track.lengthKm).toBeCloseTo(20 * KM_PER_DEG, 6);
    expect(track.vertexKm[0]).toBe(0);
    expect(track.vertexKm[1]).toBe(0);
    expect(track.vertexKm[3]).toBe(track.vertexKm[2]);
    expectPoint(track.pointAt(10 * KM_PER_DEG), [10, 0]);
    expectPoint(track.pointAt(15 * KM_PER_DEG), [15, 0]);
    expect(track.pointAt(3 * KM_PER_DEG).every(Number.isFinite)).toBe(true);
  });

  it('createRouteTrack of one point (or only repeats of it) has length 0 and pointAt returns that point', () => {
    const track = createRouteTrack([
      [5, 6],
      [5, 6],
    ]);
    expect(track.lengthKm).toBe(0);
    expectPoint(track.pointAt(100), [5, 6]);
    expect(track.headingAt(0)).toBe(0);
  });

  it('createRouteTrack(path).pointAt(km) agrees with d3 geoInterpolate on every leg of a route across the Pacific', () => {
    const path: LonLat[] = [
      [139.7, 35.7],
      [170, 45],
      [-160, 48],
      [-122.4, 37.8],
    ];
    const track = createRouteTrack(path);
    for (let leg = 0; leg < path.length - 1; leg++) {
      const along = geoInterpolate(path[leg]!, path[leg + 1]!);
      const legKm = geoDistance(path[leg]!, path[leg + 1]!) * EARTH_RADIUS_KM;
      for (const t of [0.1, 0.37, 0.5, 0.93]) expectPoint(track.pointAt(track.vertexKm[leg]! + t * legKm), along(t) as LonLat, 7);
    }
  });

  it('createRouteTrack(path).writePointAt(km, out, offset) writes the same point as pointAt into out at offset', () => {
    const track = createRouteTrack([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    const out = new Float64Array(6);
    track.writePointAt(15 * KM_PER_DEG, out, 2);
    track.writePointAt(-1, out, 4);
    expect(Array.from(out)).toEqual([0, 0, expect.closeTo(10, 9), expect.closeTo(5, 9), 0, 0]);
  });

  it('createRouteTrack([]) throws a RangeError', () => {
    expect(() => createRouteTrack([])).toThrow(RangeError);
  });

  it('createRouteTrack(path).pointAt returns a fresh array that callers may keep', () => {
    const track = createRouteTrack([
      [0, 0],
      [10, 0],
    ]);
    const a = track.pointAt(0);
    a[0] = 99;
    expectPoint(track.pointAt(0), [0, 0]);
  });

  it('createRouteTrack(path).headingAt(km) is 90° going east on the equator, 0° going north, 270° going west', () => {
    const track = createRouteTrack([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    const offBy = (heading: number, expected: number) => Math.abs(((heading - expected + 540) % 360) - 180);
    expect(offBy(track.headingAt(5 * KM_PER_DEG), 90)).toBeLessThan(1e-4);
    expect(offBy(track.headingAt(15 * KM_PER_DEG), 0)).toBeLessThan(1e-4);
    expect(offBy(track.headingAt(0), 90)).toBeLessThan(1e-4);
    // The last leg runs west along the 10th parallel on a great circle, so it starts a little north of west.
    const west = track.headingAt(track.lengthKm);
    expect(west).toBeGreaterThan(260);
    expect(west).toBeLessThan(280);
  });
});
