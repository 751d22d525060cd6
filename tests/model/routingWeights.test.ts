// @vitest-environment node
// The weights networks route on inside their own footprints: latency, with thin systems as paths of last resort.
import { describe, expect, it } from 'vitest';
import { PolicyRouter, buildGraph, buildNetworks, estimateCableTbps, policyRouteBetween } from '../../src/model';
import { THIN_PENALTY, THIN_SHARE, routingWeights } from '../../src/model/routingWeights';
import { shippedDataset } from '../fixtures/loadFixture';
import { loadBackbone } from './fixture';

const backbone = loadBackbone(shippedDataset());
const graph = buildGraph(backbone, { year: 2020 });

describe('routingWeights', () => {
  it('weighs a thin system’s segments THIN_PENALTY times their latency and every other edge at its latency', () => {
    const weights = routingWeights(graph);
    const thin = THIN_SHARE * estimateCableTbps(2020);
    let thinSegments = 0;
    graph.edges.forEach((edge, e) => {
      const isThin = edge.kind === 'segment' && edge.capacityTbps < thin;
      if (isThin) thinSegments++;
      expect(weights[e]).toBeCloseTo(graph.weight[e]! * (isThin ? THIN_PENALTY : 1), 12);
    });
    // Atlantis-2 (20 Gbit/s, 2000) is one of them; a trunk of 2016 (SEA-ME-WE 5, 24 Tbit/s) is not.
    const segmentsOf = (cable: string) => graph.edges.flatMap((edge, e) => (edge.cable === cable ? [e] : []));
    expect(segmentsOf('atlantis-2').length).toBeGreaterThan(0);
    for (const e of segmentsOf('atlantis-2')) expect(weights[e]).toBeCloseTo(graph.weight[e]! * THIN_PENALTY, 12);
    for (const e of segmentsOf('sea-me-we-5')) expect(weights[e]).toBe(graph.weight[e]);
    expect(thinSegments).toBeGreaterThan(0);
  });

  it('keeps bulk traffic off a thin system, and the route’s RTT is still its latency', () => {
    const router = new PolicyRouter(graph, buildNetworks(graph));
    const route = policyRouteBetween(router, 'london', 'sao-paulo')!;
    expect(route.cables).not.toContain('atlantis-2');
    // By way of New York, as WonderProxy measured in July 2020 (179 ms); over Atlantis-2 the model said 126 ms.
    expect(new Set(route.nodes.map((n) => graph.nodes[n]!.country as string)).has('US')).toBe(true);
    expect(route.rttMs).toBeCloseTo(2 * route.edges.reduce((ms, e) => ms + graph.weight[e]!, 0), 9);
  });
});
