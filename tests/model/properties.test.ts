// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PolicyRouter, applyCuts, buildDemand, buildGraph, componentsOf, computeBaseline, congestedEdges, isolatedCountries, partsUnchanged, resolveCut, routeFlows } from '../../src/model';
import type { Baseline, CutSet } from '../../src/model';
import { syntheticDataset } from '../../bench/synthetic';
import { loadBackbone } from './fixture';

const fixtureBaseline = (() => {
  const g = buildGraph(loadBackbone(), { year: 2025 });
  return computeBaseline(g, buildDemand(g));
})();
const syntheticBaseline = (() => {
  const g = buildGraph(loadBackbone(syntheticDataset({ metros: 40, cables: 18, links: 30, seed: 3 })));
  return computeBaseline(g, buildDemand(g));
})();

/** Random cut sets drawn from what exists in the baseline's graph. */
function cutSets(b: Baseline): fc.Arbitrary<CutSet> {
  const g = b.graph;
  const pick = <T>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: Math.min(4, xs.length) });
  return fc.record({
    cables: pick([...g.cables.keys()]),
    edges: pick(g.edges.filter((e) => e.kind === 'segment' || e.kind === 'backhaul').map((e) => e.id)),
    links: pick([...g.edgesByLink.keys()]),
    metros: fc.subarray([...g.metroNode.keys()], { maxLength: 2 }),
    landingPoints: fc.subarray([...g.landingNode.keys()], { maxLength: 2 }),
  });
}

describe.each([
  ['the fixture', fixtureBaseline],
  ['a synthetic network', syntheticBaseline],
])('applyCuts over random cut sets on %s', (_, base) => {
  const runs = { numRuns: 150, seed: 20240601 };
  vi.setConfig({ testTimeout: 30_000 });

  it('no route after a cut uses a cut edge or a cut node', () => {
    fc.assert(
      fc.property(cutSets(base), (cut) => {
        const mask = resolveCut(base.graph, cut);
        const used = applyCuts(base, mask).routes.filter((r) => r && (r.edges.some((e) => mask.dead[e]) || r.nodes.some((n) => mask.deadNodes[n])));
        expect(used).toEqual([]);
      }),
      runs,
    );
  });

  // A withdrawn route can be replaced by one that is faster (BGP ranks by policy and AS-path length, not by
  // latency), so RTTs may fall after a cut; but never below the fibre floor, and an intact route is kept.
  it('every RTT after a cut is at least its fibre floor, and a route that crossed nothing cut is kept', () => {
    fc.assert(
      fc.property(cutSets(base), (cut) => {
        const mask = resolveCut(base.graph, cut);
        const impact = applyCuts(base, mask);
        const belowFloor = impact.routes.filter((r) => r && r.rttMs < r.floorMs - 1e-9);
        expect(belowFloor).toEqual([]);
        const intact = base.routes.map((r, f) => (r && !r.edges.some((e) => mask.dead[e]) && !r.nodes.some((n) => mask.deadNodes[n]) ? f : -1)).filter((f) => f >= 0);
        for (const f of intact) expect(impact.routes[f]).toBe(base.routes[f]);
      }),
      runs,
    );
  });

  it('rerouting only the touched flows gives the same routes as routing every flow again', () => {
    fc.assert(
      fc.property(cutSets(base), (cut) => {
        const mask = resolveCut(base.graph, cut);
        const full = routeFlows(new PolicyRouter(base.graph, base.layer, mask), base.demand.flows);
        const incremental = applyCuts(base, mask).routes.map((r) => r?.edges ?? null);
        expect(incremental).toEqual(base.demand.flows.map((f) => full.get(f.index)?.edges ?? null));
      }),
      runs,
    );
  });

  it('is deterministic, and cutting then restoring returns the baseline', () => {
    fc.assert(
      fc.property(cutSets(base), (cut) => {
        const a = applyCuts(base, cut);
        const b = applyCuts(base, cut);
        expect(b.routes).toEqual(a.routes);
        expect([...b.load]).toEqual([...a.load]);
        expect(b.isolated).toEqual(a.isolated);
        expect(b.degraded).toEqual(a.degraded);
        const restored = applyCuts(base, {});
        expect(restored.routes).toEqual(base.routes);
        expect([...restored.load]).toEqual([...base.load]);
        expect(restored.rerouted.length + restored.stranded.length + restored.isolated.length).toBe(0);
      }),
      runs,
    );
  });

  it('a larger cut set never strands fewer flows nor isolates fewer countries', () => {
    fc.assert(
      fc.property(cutSets(base), cutSets(base), (a, b) => {
        const union: CutSet = {
          cables: [...a.cables!, ...b.cables!],
          edges: [...a.edges!, ...b.edges!],
          links: [...a.links!, ...b.links!],
          metros: [...a.metros!, ...b.metros!],
          landingPoints: [...a.landingPoints!, ...b.landingPoints!],
        };
        const small = applyCuts(base, a);
        const big = applyCuts(base, union);
        expect(big.stranded.length).toBeGreaterThanOrEqual(small.stranded.length);
        for (const c of small.isolated) if (!a.metros!.length && !b.metros!.length) expect(big.isolated).toContain(c);
      }),
      { ...runs, numRuns: 80 },
    );
  });

  // applyCuts looks only at what a cut touches (the edges whose load changed, a search around each dead edge);
  // these check it against the same questions asked of the whole network.
  it('the isolated and congested it reports are those of the whole network after the cut', () => {
    const wasIsolated = new Set(base.isolated);
    fc.assert(
      fc.property(cutSets(base), (cut) => {
        const mask = resolveCut(base.graph, cut);
        const impact = applyCuts(base, mask);
        const anything = mask.deadEdges.length > 0;
        expect(impact.isolated).toEqual(anything ? isolatedCountries(base.graph, mask).filter((c) => !wasIsolated.has(c)) : []);
        expect(impact.congested).toEqual(congestedEdges(base.graph, impact.load, base.graph.capacity));
      }),
      runs,
    );
  });

  it('a cut of single cables changes the connected parts exactly when the whole-graph count says so', () => {
    const components = (mask?: ReturnType<typeof resolveCut>) => new Set(componentsOf(base.graph, mask)).size;
    const intact = components();
    for (const id of base.graph.cables.keys()) {
      const mask = resolveCut(base.graph, { cables: [id] });
      expect(partsUnchanged(base.graph, mask)).toBe(components(mask) === intact);
    }
  });
});
