// @vitest-environment node
// A cut can move traffic without changing any route: volume a flow had placed on a parallel path through what is cut
// is placed again on its other paths. The impact counts those flows (`replaced`), so that the panel does not call
// such a cut harmless.
import { describe, expect, it } from 'vitest';
import { applyCuts, buildDemand, buildGraph, computeBaseline, resolveCut } from '../../src/model';
import type { Baseline } from '../../src/model';
import { shippedDataset } from '../fixtures/loadFixture';
import { loadBackbone } from './fixture';

/** Flows with a route at baseline whose route or placed volume crosses an edge the cut kills, from the baseline alone. */
function touchedFlows(baseline: Baseline, deadEdges: readonly number[]): number {
  const flows = new Set<number>();
  for (const e of deadEdges) for (const f of baseline.flowsByEdge[e]!) if (baseline.routes[f]) flows.add(f);
  return flows.size;
}

function baselineOf(json?: unknown, year?: number): Baseline {
  const graph = buildGraph(loadBackbone(json), year === undefined ? {} : { year });
  return computeBaseline(graph, buildDemand(graph));
}

describe('flows whose volume a cut moves without changing their route', { timeout: 60_000 }, () => {
  it('every flow the cut touches is rerouted, stranded or replaced, and no other (each cable of the engine fixture)', () => {
    const baseline = baselineOf();
    for (const cable of baseline.graph.cables.keys()) {
      const impact = applyCuts(baseline, { cables: [cable] });
      expect(impact.rerouted.length + impact.stranded.length + impact.replaced, cable).toBe(touchedFlows(baseline, impact.mask.deadEdges));
      // No flow replaced, no country's traffic moved.
      if (impact.replaced === 0) for (const d of impact.degraded) expect(d.trafficMovedPct, `${cable} ${d.country}`).toBe(0);
    }
  });

  it('a cut of Rockabill (Ireland–Great Britain) in 2026 changes no route, yet moves volume onto other systems: it is counted as replaced', () => {
    const baseline = baselineOf(shippedDataset(), 2026);
    const mask = resolveCut(baseline.graph, { cables: ['rockabill'] });
    const impact = applyCuts(baseline, mask);
    expect(impact.rerouted).toHaveLength(0);
    expect(impact.stranded).toHaveLength(0);
    expect(impact.replaced).toBeGreaterThan(0);
    expect(impact.replaced).toBe(touchedFlows(baseline, mask.deadEdges));
    // What Rockabill carried now runs elsewhere: nothing on it, and some other edge carries more than before.
    for (const e of mask.deadEdges) expect(impact.load[e]).toBe(0);
    expect(baseline.load.some((before, e) => !mask.dead[e] && impact.load[e]! > before + 1e-6)).toBe(true);
    // Ireland, where Rockabill lands, is told the share of its traffic that moved, beside the border capacity it lost.
    const ireland = impact.degraded.find((d) => d.country === 'IE');
    expect(ireland?.trafficMovedPct).toBeGreaterThan(0);
    expect(ireland?.trafficReroutedPct).toBe(0);
    // What moved is what the replaced flows had on Rockabill: at most what it carried at baseline.
    const movedTbps = impact.degraded.reduce((sum, d) => Math.max(sum, (d.trafficMovedPct / 100) * baseline.countries.get(d.country)!.demandTbps), 0);
    expect(movedTbps).toBeLessThanOrEqual(Math.max(...mask.deadEdges.map((e) => baseline.load[e]!)) + 1e-9);
  });
});
