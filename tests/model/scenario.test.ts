// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createScenarioEngine, routeGeometry } from '../../src/model/scenario';
import { buildGraph } from '../../src/model/graph';
import { routeBetween } from '../../src/model/routing';
import { loadBackbone } from './fixture';

const backbone = loadBackbone();
const engine = createScenarioEngine(backbone);

describe('createScenarioEngine', () => {
  it('evaluate(year, {}) is the intact network: no change, every flow routed', () => {
    const view = engine.evaluate(2025, {});
    expect(view).toMatchObject({ rerouted: 0, stranded: 0, isolated: [], degraded: [], congested: [], changed: [], cutSegments: [], absent: [] });
    expect(view.flows.every((f) => f.path.length >= 2 && f.rttMs > 0)).toBe(true);
  });

  it('evaluate(year, {cables: [grace-hopper]}) lists the changed flows with their old and new paths, slowest first', () => {
    const view = engine.evaluate(2025, { cables: ['grace-hopper'] });
    expect(view.rerouted).toBeGreaterThan(0);
    const increases = view.changed.filter((c) => c.rttAfterMs !== null).map((c) => c.rttAfterMs! - c.rttBeforeMs);
    // Sorted on the unrounded increase; the views carry RTTs rounded to 0.1 ms.
    increases.slice(1).forEach((next, i) => expect(next).toBeLessThanOrEqual(increases[i]! + 0.11));
    for (const c of view.changed) expect(c.after).not.toEqual(c.before);
    expect(view.cutSegments).toEqual([{ cable: 'grace-hopper', segment: 0 }]);
  });

  it('evaluate reports a cable that was not yet in service as absent, and changes nothing', () => {
    const view = engine.evaluate(2018, { cables: ['iris'] });
    expect(view.absent).toEqual(['iris']);
    expect(view.rerouted + view.stranded).toBe(0);
  });

  it('route(year, a, b, cut) never beats the fibre floor and gets no shorter with a cut', () => {
    const intact = engine.route(2025, 'new-york', 'london', {});
    const cut = engine.route(2025, 'new-york', 'london', { cables: ['grace-hopper'] });
    expect(intact.rttMs!).toBeGreaterThanOrEqual(intact.floorMs);
    expect(cut.rttMs!).toBeGreaterThanOrEqual(intact.rttMs!);
    expect(cut.cables).not.toContain('grace-hopper');
  });

  it('route for an unknown city answers with no path rather than throwing', () => {
    expect(engine.route(2025, 'atlantis', 'london', {})).toMatchObject({ path: null, rttMs: null });
  });
});

describe('routeGeometry', () => {
  it('runs from the route’s first city to its last, whatever way the edges were drawn', () => {
    const graph = buildGraph(backbone, { year: 2025 });
    const there = routeBetween(graph, 'new-york', 'london')!;
    const back = routeBetween(graph, 'london', 'new-york')!;
    const a = routeGeometry(graph, there);
    const b = routeGeometry(graph, back);
    const ny = backbone.metros.get('new-york')!;
    const london = backbone.metros.get('london')!;
    expect(a[0]).toEqual([ny.lon, ny.lat]);
    expect(a[a.length - 1]).toEqual([london.lon, london.lat]);
    expect(b).toEqual([...a].reverse());
  });
});
