// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMAND_RATIO, buildDemand, buildGraph, designCapacityTbps, metroWeights } from '../../src/model';
import { fixtureJson, loadBackbone } from './fixture';

const graph = buildGraph(loadBackbone(), { year: 2025 });

describe('buildDemand', () => {
  it('metroWeights derives 1 + PoPs + IXP peak Tbit/s + half the cables landing when metros have no population', () => {
    const { weights, basis } = metroWeights(graph);
    expect(basis).toBe('derived');
    // London: 1 + 2 PoPs + LINX 8 Tbit/s + ½ × 3 cables (Grace Hopper, Rockabill, FARICE-1).
    expect(weights.get('london' as never)).toBe(12.5);
    // New York: 1 + 2 PoPs + DE-CIX 2 Tbit/s + ½ × 2 cables (AEC-1, Grace Hopper).
    expect(weights.get('new-york' as never)).toBe(6);
    expect(weights.get('torshavn' as never)).toBe(1.5);
  });

  it('buildDemand splits the total in proportion to w_i × w_j and lists the largest flows first', () => {
    const demand = buildDemand(graph, { totalTbps: 100 });
    expect(demand.flows).toHaveLength(21);
    expect(demand.routedShare).toBeCloseTo(1, 12);
    expect(demand.flows.reduce((s, f) => s + f.tbps, 0)).toBeCloseTo(100, 9);
    const w = [...metroWeights(graph).weights.values()];
    const sumW = w.reduce((a, b) => a + b, 0);
    const pairs = (sumW ** 2 - w.reduce((a, b) => a + b * b, 0)) / 2;
    const londonNewYork = demand.flows.find((f) => f.id === 'london>new-york')!;
    expect(londonNewYork.tbps).toBeCloseTo((100 * 12.5 * 6) / pairs, 9);
    expect(demand.flows[0]!.id).toBe('london>new-york');
    for (let i = 1; i < demand.flows.length; i++) expect(demand.flows[i]!.tbps).toBeLessThanOrEqual(demand.flows[i - 1]!.tbps);
  });

  it('buildDemand defaults the total to DEFAULT_DEMAND_RATIO of the design capacity in service', () => {
    expect(designCapacityTbps(graph)).toBe(52 + 350 + 11 + 108 + 24);
    expect(buildDemand(graph).totalTbps).toBeCloseTo(DEFAULT_DEMAND_RATIO * 545, 9);
  });

  it('buildDemand({topFlows}) keeps only the largest flows and reports the share they carry', () => {
    const demand = buildDemand(graph, { topFlows: 3 });
    expect(demand.flows.map((f) => f.index)).toEqual([0, 1, 2]);
    expect(demand.routedShare).toBeGreaterThan(0);
    expect(demand.routedShare).toBeLessThan(1);
  });

  it('metroWeights uses population when every metro has one', () => {
    const json = fixtureJson();
    json.metros.forEach((m, i) => (m.population = (i + 1) * 1_000_000));
    const g = buildGraph(loadBackbone(json));
    const { weights, basis } = metroWeights(g);
    expect(basis).toBe('population');
    expect(weights.get(json.metros[2]!.id as never)).toBe(3);
  });
});
