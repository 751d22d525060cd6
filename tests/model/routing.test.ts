// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY, FIBRE_KM_PER_MS, MinHeap, ModelInputError, buildGraph, routeBetween, routePath } from '../../src/model';
import { fixtureJson, haversineKm, loadBackbone, polylineKm } from './fixture';

const backbone = loadBackbone();
const g = buildGraph(backbone, { year: 2025 });
const json = fixtureJson();
const place = (id: string): [number, number] => {
  const r = [...json.metros, ...json.landingPoints].find((x) => x.id === id)!;
  return [r.lon, r.lat];
};
const segmentRoute = (cable: string, i = 0) => json.cables.find((c) => c.id === cable)!.segments[i]!.route!;
const hop = DEFAULT_LATENCY.hopMs;
const ms = (km: number) => km / FIBRE_KM_PER_MS;

describe('routeBetween', () => {
  it('routeBetween(new-york, london) takes Grace Hopper, and its RTT is worked out by hand from the fixture', () => {
    const route = routeBetween(g, 'new-york', 'london')!;
    expect(routePath(g, route)).toEqual(['new-york', 'bellport', 'bude', 'london']);
    expect(route.cables).toEqual(['grace-hopper']);
    // One way: NY interconnect + Bellport backhaul + the drawn route × route factor + Bude backhaul + London interconnect.
    const oneWay =
      hop.interconnect +
      ms(haversineKm(place('bellport'), place('new-york')) * DEFAULT_LATENCY.backhaulSlack) + hop.backhaul +
      ms(polylineKm(segmentRoute('grace-hopper')) * DEFAULT_LATENCY.seaRouteFactor) + hop.segment +
      ms(haversineKm(place('bude'), place('london')) * DEFAULT_LATENCY.backhaulSlack) + hop.backhaul +
      hop.interconnect;
    expect(route.rttMs).toBeCloseTo(2 * oneWay, 6);
    expect(route.floorMs).toBeCloseTo((2 * haversineKm(place('new-york'), place('london'))) / FIBRE_KM_PER_MS, 6);
    expect(route.rttMs).toBeGreaterThan(route.floorMs);
  });

  it('routeBetween(a, b) avoids a cut cable and returns the next-shortest path', () => {
    const route = routeBetween(g, 'new-york', 'london', { cables: ['grace-hopper'] })!;
    expect(routePath(g, route)).toEqual(['new-york', 'shirley', 'killala', 'dublin', 'portmarnock', 'southport', 'london']);
    expect(route.cables).toEqual(['aec-1', 'rockabill']);
    expect(route.rttMs).toBeGreaterThan(routeBetween(g, 'new-york', 'london')!.rttMs);
  });

  it('routeBetween(a, b) returns null when every path is cut', () => {
    expect(routeBetween(g, 'new-york', 'london', { cables: ['grace-hopper', 'aec-1'] })).toBeNull();
    expect(routeBetween(g, 'paris', 'london', { links: ['london-paris'] })).toBeNull();
    expect(routeBetween(g, 'paris', 'boston', { metros: ['london'] })).toBeNull();
  });

  it('routeBetween(a, b) on the 2018 network crosses TAT-14, retired in 2020', () => {
    const route = routeBetween(buildGraph(backbone, { year: 2018 }), 'new-york', 'london')!;
    expect(route.cables).toEqual(['tat-14']);
  });

  it('routeBetween(a, b) and routeBetween(b, a) have the same RTT', () => {
    expect(routeBetween(g, 'reykjavik', 'boston')!.rttMs).toBeCloseTo(routeBetween(g, 'boston', 'reykjavik')!.rttMs, 9);
  });

  it('a route lists the carriers of what it crosses, each once', () => {
    const route = routeBetween(g, 'boston', 'paris')!;
    expect(route.links).toEqual(['new-york-boston', 'london-paris']);
    expect([...route.carriers].sort()).toEqual(['lumen', 'zayo']);
  });

  it('routeBetween throws ModelInputError for an unknown metro or an unknown cut id', () => {
    expect(() => routeBetween(g, 'atlantis', 'london')).toThrow(ModelInputError);
    expect(() => routeBetween(g, 'new-york', 'london', { cables: ['no-such-cable'] })).toThrow(/unknown cable "no-such-cable"/);
  });
});

describe('MinHeap', () => {
  it('pops keys in ascending order and equal keys by ascending value', () => {
    const heap = new MinHeap(2);
    const input: [number, number][] = [[5, 1], [1, 9], [3, 2], [1, 4], [5, 0], [0.5, 7], [3, 1]];
    for (const [k, v] of input) heap.push(k, v);
    const out: number[] = [];
    while (heap.size) out.push(heap.pop());
    expect(out).toEqual([7, 4, 9, 1, 2, 0, 1]);
  });
});
