// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHANGED_DRAWN, createScenarioEngine, loadChanges, routeGeometry } from '../../src/model/scenario';
import { buildGraph } from '../../src/model/graph';
import { baselineSteps, computeBaseline } from '../../src/model/baseline';
import { buildDemand } from '../../src/model/demand';
import { routeBetween } from '../../src/model/routing';
import { loadBackbone } from './fixture';

const backbone = loadBackbone();
const engine = createScenarioEngine(backbone);

describe('createScenarioEngine', () => {
  it('evaluate(year, {}) is the intact network: no change, every flow routed', () => {
    const view = engine.evaluate(2025, {});
    expect(view).toMatchObject({ rerouted: 0, stranded: 0, isolated: [], degraded: [], congested: [], changed: [], changedRoutes: [], cutSegments: [], absent: [] });
    expect(view.flows.every((f) => f.path.length >= 2 && f.rttMs > 0)).toBe(true);
  });

  it('evaluate(year, {cables: [grace-hopper]}) lists the changed flows with their old and new paths, slowest first', () => {
    const view = engine.evaluate(2025, { cables: ['grace-hopper'] });
    expect(view.rerouted).toBeGreaterThan(0);
    const increases = view.changed.filter((c) => c.rttAfterMs !== null).map((c) => c.rttAfterMs! - c.rttBeforeMs);
    // Sorted on the unrounded increase; the views carry RTTs rounded to 0.1 ms.
    increases.slice(1).forEach((next, i) => expect(next).toBeLessThanOrEqual(increases[i]! + 0.11));
    // The map's routes before and after: for the first of them only, in the same order.
    expect(view.changedRoutes.map((c) => c.id)).toEqual(view.changed.slice(0, CHANGED_DRAWN).map((c) => c.id));
    for (const c of view.changedRoutes) expect(c.after).not.toEqual(c.before);
    expect(view.cutSegments).toEqual([{ cable: 'grace-hopper', segment: 0 }]);
  });

  it('evaluate reports a cable that was not yet in service as absent, and changes nothing', () => {
    const view = engine.evaluate(2018, { cables: ['iris'] });
    expect(view.absent).toEqual(['iris']);
    expect(view.rerouted + view.stranded).toBe(0);
  });

  it('route(year, a, b) lists the cities it passes through, from its first end to its last', () => {
    const view = engine.route(2025, 'new-york', 'london', {});
    expect(view.metros[0]).toBe('new-york');
    expect(view.metros[view.metros.length - 1]).toBe('london');
    view.metros.slice(1).forEach((m, i) => expect(m).not.toBe(view.metros[i]));
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

describe('loadChanges: one rule for what the map colours and what the panel counts', () => {
  const graph = buildGraph(backbone, { year: 2025 });
  const first = graph.edges.findIndex((e) => e.cable !== undefined);
  const second = graph.edges.findIndex((e, i) => i > first && e.cable !== undefined && e.cable !== graph.edges[first]!.cable);
  const cap = (i: number) => graph.edges[i]!.capacityTbps;

  it('a link the cut filled exactly to capacity is full, not congested; one pushed above it is congested', () => {
    const before = new Float64Array(graph.edges.length);
    const after = new Float64Array(graph.edges.length);
    after[first] = cap(first);
    after[second] = cap(second) * 1.5;
    const { utilisation, congested } = loadChanges(graph, before, after);
    expect(utilisation[graph.edges[first]!.cable!]).toBe(1);
    expect(utilisation[graph.edges[second]!.cable!]).toBeCloseTo(1.5);
    expect(congested.map((c) => c.element)).toEqual([graph.edges[second]!.cable]);
  });

  it('what was over capacity before the cut and the cut did not load more is neither coloured nor counted', () => {
    const before = new Float64Array(graph.edges.length);
    before[first] = cap(first) * 2;
    const after = Float64Array.from(before);
    const { utilisation, congested } = loadChanges(graph, before, after);
    expect(utilisation).toEqual({});
    expect(congested).toEqual([]);
  });

  it('every congested cable or link is coloured above capacity, and every one coloured above capacity is counted', () => {
    let congestedSeen = 0;
    for (const cut of [['aec-1', 'iris'], ['grace-hopper', 'tat-14'], ['tat-14', 'rockabill'], ['farice-1']]) {
      const view = engine.evaluate(2025, { cables: cut });
      const overOnMap = Object.entries(view.utilisation).filter(([, u]) => u > 1 + 1e-9).map(([id]) => id).sort();
      const counted = view.congested.filter((c) => c.element).map((c) => c.element!).sort();
      expect(counted).toEqual(overOnMap);
      congestedSeen += counted.length;
    }
    expect(congestedSeen).toBeGreaterThan(0);
  });
});

describe('routeStretches: which network carries each stretch of a drawn route', () => {
  it('one stretch per network on the AS path, in order, starting at the first point and never going back', () => {
    const view = engine.evaluate(2025, {});
    expect(view.flows.length).toBeGreaterThan(0);
    for (const flow of view.flows) {
      expect(flow.stretches.length).toBeGreaterThan(0);
      expect(flow.stretches[0]!.from).toBe(0);
      flow.stretches.slice(1).forEach((s, i) => expect(s.from).toBeGreaterThanOrEqual(flow.stretches[i]!.from));
      for (const s of flow.stretches) expect(s.from).toBeLessThan(flow.path.length);
    }
  });
});

describe('a year worked out in steps (the engine worker gives a year up between them)', () => {
  it('baselineSteps pauses several times and ends with the baseline computeBaseline gives', () => {
    const graph = buildGraph(backbone, { year: 2025 });
    const demand = buildDemand(graph);
    const steps = baselineSteps(graph, demand, undefined);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
    const atOnce = computeBaseline(graph, buildDemand(graph));
    expect(step.value.routes.map((r) => r?.rttMs)).toEqual(atOnce.routes.map((r) => r?.rttMs));
    expect([...step.value.load]).toEqual([...atOnce.load]);
  });

  /** Prepares `year` on `on`, counting the pauses it takes (0: the year was kept). */
  const pausesToPrepare = async (on: ReturnType<typeof createScenarioEngine>, year: number) => {
    let pauses = 0;
    await on.prepare(year, async () => {
      pauses++;
    });
    return pauses;
  };

  it('prepare keeps the year it works out; a pause that throws stops it, and asking again goes on from there', async () => {
    const full = await pausesToPrepare(createScenarioEngine(backbone), 2024);
    expect(full).toBeGreaterThan(4);
    const fresh = createScenarioEngine(backbone);
    let pauses = 0;
    await expect(
      fresh.prepare(2024, async () => {
        if (++pauses === 3) throw new Error('given up');
      }),
    ).rejects.toThrow('given up');
    // Not kept, but not started over either: the steps before the pause that threw are not done again.
    expect(await pausesToPrepare(fresh, 2024)).toBe(full - 3);
    // Kept: a further prepare does not pause, and the answers are those of an engine that never paused.
    expect(await pausesToPrepare(fresh, 2024)).toBe(0);
    expect(fresh.evaluate(2024, { cables: ['grace-hopper'] })).toEqual(createScenarioEngine(backbone).evaluate(2024, { cables: ['grace-hopper'] }));
  });

  it('an idle engine works out the years beside the one asked about last, and keeps those nearest it', async () => {
    const fresh = createScenarioEngine(backbone);
    const none = async () => {};
    expect(await fresh.prepareAhead(none)).toBe(false); // nothing asked yet
    fresh.evaluate(2023, {});
    expect(await fresh.prepareAhead(none)).toBe(true); // 2022
    expect(await fresh.prepareAhead(none)).toBe(true); // 2024
    expect(await fresh.prepareAhead(none)).toBe(false);
    // Worked out ahead, the years answer as if asked directly.
    expect(fresh.evaluate(2022, { cables: ['grace-hopper'] })).toEqual(createScenarioEngine(backbone).evaluate(2022, { cables: ['grace-hopper'] }));
    // Asked about 2022 now: the year ahead is 2021, and the farthest kept (2024) makes room for it.
    expect(await fresh.prepareAhead(none)).toBe(true);
    expect(await pausesToPrepare(fresh, 2021)).toBe(0);
    expect(await pausesToPrepare(fresh, 2022)).toBe(0);
    expect(await pausesToPrepare(fresh, 2023)).toBe(0);
    expect(await pausesToPrepare(fresh, 2024)).toBeGreaterThan(0);
  });

  it('works nothing out past the slider\'s last year', async () => {
    const fresh = createScenarioEngine(backbone);
    fresh.evaluate(backbone.years.max, {});
    expect(await fresh.prepareAhead(async () => {})).toBe(true); // the year before
    expect(await fresh.prepareAhead(async () => {})).toBe(false); // none after
  });
});
