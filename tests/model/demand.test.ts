// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMAND_SHARE, GATEWAY_MIN_SHARE, buildDemand, buildGraph, countryWeights, internationalBandwidthTbps, metroWeights } from '../../src/model';
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

  it('countryWeights sums each country’s metro weights and takes as gateways its metros weighing at least half its heaviest', () => {
    const { weights } = metroWeights(graph);
    const countries = countryWeights(graph, weights);
    const us = countries.find((c) => c.country === 'US')!;
    expect(us.weight).toBe(weights.get('new-york' as never)! + weights.get('boston' as never)!);
    expect(us.gateways[0]).toBe('new-york');
    for (const c of countries) for (const g of c.gateways) expect(weights.get(g)!).toBeGreaterThanOrEqual(GATEWAY_MIN_SHARE * weights.get(c.gateways[0]!)!);
  });

  it('buildDemand sends every country to its largest partners, in proportion to the product of their weights, and carries the whole total', () => {
    const demand = buildDemand(graph, { totalTbps: 100, partners: 2 });
    expect(demand.flows.reduce((s, f) => s + f.tbps, 0)).toBeCloseTo(100, 9);
    const countryOf = (m: string) => graph.nodes[graph.metroNode.get(m as never)!]!.country;
    const sent = new Set(demand.flows.flatMap((f) => [countryOf(f.from), countryOf(f.to)]));
    for (const c of graph.countries) if (graph.backbone.metros.size && [...graph.backbone.metros.values()].some((m) => m.country === c)) expect(sent.has(c)).toBe(true);
    // Volumes stand in the ratio of the products of the two countries' weights (the geometric mean of market and border capacity).
    const [a, b] = demand.flows;
    expect(a!.tbps).toBeGreaterThanOrEqual(b!.tbps);
    for (let i = 1; i < demand.flows.length; i++) expect(demand.flows[i]!.tbps).toBeLessThanOrEqual(demand.flows[i - 1]!.tbps);
    expect(new Set(demand.flows.map((f) => f.id)).size).toBe(demand.flows.length);
  });

  it('buildDemand defaults the total to DEMAND_SHARE of the year’s used international bandwidth', () => {
    expect(buildDemand(graph).totalTbps).toBeCloseTo(DEMAND_SHARE * internationalBandwidthTbps(2025), 9);
    expect(internationalBandwidthTbps(2013)).toBe(138);
    expect(internationalBandwidthTbps(2024)).toBe(6400);
    // Geometric between published points, and onward at the last interval's growth.
    expect(internationalBandwidthTbps(2011)).toBeCloseTo(Math.sqrt(30 * 138), 9);
    expect(internationalBandwidthTbps(2025)).toBeCloseTo(6400 * 1.28, 9);
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
