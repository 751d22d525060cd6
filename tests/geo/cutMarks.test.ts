// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cutMarkAt } from '../../src/geo/cutMarks';
import { distanceToRouteKm, greatCircleKm, nearestPointOnRoute } from '../../src/sphere';
import type { LonLat } from '../../src/sphere';

describe('nearestPointOnRoute', () => {
  it('drops a point onto the leg it lies beside, at the distance the route is measured from', () => {
    const route: LonLat[] = [[0, 0], [10, 0], [10, 10]];
    const p: LonLat = [4, 1];
    const at = nearestPointOnRoute(p, route);
    expect(at[0]).toBeCloseTo(4, 1);
    expect(at[1]).toBeCloseTo(0, 6);
    expect(greatCircleKm(p, at)).toBeCloseTo(distanceToRouteKm(p, route), 3);
  });

  it('takes the nearer end when the foot of the perpendicular falls outside every leg', () => {
    expect(nearestPointOnRoute([-5, 2], [[0, 0], [10, 0]])).toEqual([0, 0]);
    expect(nearestPointOnRoute([12, 12], [[0, 0], [10, 0], [10, 10]])).toEqual([10, 10]);
  });

  it('finds the fault of the Red Sea cuts of 2024 on a route drawn up the Red Sea, not at its middle', () => {
    const djiboutiToSuez: LonLat[] = [[43.14, 11.59], [43.68, 12.18], [42.48, 13.73], [36.23, 25.28], [32.65, 29.11]];
    const at = nearestPointOnRoute([43, 13.7], djiboutiToSuez);
    expect(greatCircleKm([43, 13.7], at)).toBeLessThan(60);
    expect(at[1]).toBeGreaterThan(13);
    expect(at[1]).toBeLessThan(14.5);
  });

  it('returns the one point of a route of one point', () => {
    expect(nearestPointOnRoute([1, 1], [[3, 4]])).toEqual([3, 4]);
  });
});

describe('cutMarkAt', () => {
  const route: LonLat[] = [[43.14, 11.59], [43.68, 12.18], [42.48, 13.73], [36.23, 25.28], [32.65, 29.11]];
  const middle = cutMarkAt(route, 'aae-1', []);

  it('crosses a segment out where its cable was reported cut', () => {
    const at = cutMarkAt(route, 'aae-1', [{ at: [43, 13.7], cable: 'aae-1' }]);
    expect(greatCircleKm([43, 13.7], at)).toBeLessThan(60);
    expect(greatCircleKm(middle, at)).toBeGreaterThan(500);
  });

  it("ignores another cable's fault and a region the segment does not reach: halfway along its middle leg", () => {
    expect(middle[1]).toBeCloseTo(19.5, 0);
    expect(cutMarkAt(route, 'aae-1', [{ at: [43, 13.7], cable: 'eig' }])).toEqual(middle);
    expect(cutMarkAt(route, 'aae-1', [{ at: [50, 0], radiusKm: 100 }])).toEqual(middle);
  });

  it('crosses it out nearest the centre of a region cut on the map that it passes through', () => {
    const at = cutMarkAt(route, 'aae-1', [{ at: [35, 27], radiusKm: 300 }]);
    expect(greatCircleKm([35, 27], at)).toBeLessThan(300);
    expect(at[1]).toBeGreaterThan(25);
  });

  it("takes the nearest of an incident's faults on the cable (one cable cut at two places)", () => {
    const at = cutMarkAt(route, 'seacom-cable', [{ at: [31.5, -29.5], cable: 'seacom-cable' }, { at: [43, 13.7], cable: 'seacom-cable' }]);
    expect(greatCircleKm([43, 13.7], at)).toBeLessThan(60);
  });
});
