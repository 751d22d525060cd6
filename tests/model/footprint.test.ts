// @vitest-environment node
// Where a carrier may carry traffic: its own cables, and the haul from their landings to its routers.
import { describe, expect, it } from 'vitest';
import { PolicyRouter, buildGraph, buildNetworks, policyRouteBetween } from '../../src/model';
import { shippedDataset } from '../fixtures/loadFixture';
import { loadBackbone } from './fixture';

const backbone = loadBackbone(shippedDataset());
const graph = buildGraph(backbone, { year: 2026 });
const layer = buildNetworks(graph);
const footprintOf = (carrier: string) => layer.networks[layer.byId.get(carrier)!]!.closed;
const linkEdge = (id: string) => graph.edgesByLink.get(id as never)!;

describe('carrier footprints: the haul from a cable landing to the owner’s nearest PoP', () => {
  it('NTT, whose APG and APCN-2 land at Busan and whose router is in Seoul, carries Busan–Seoul over land', () => {
    // The premise, from the data: NTT holds APG, has a PoP in Seoul and none in Busan; the link is KT's, not NTT's.
    expect(backbone.cablesByCarrier.get('ntt')!.map((c) => c.id)).toContain('apg');
    const nttMetros = backbone.popsByCarrier.get('ntt')!.map((p) => p.metro);
    expect(nttMetros).toContain('seoul');
    expect(nttMetros).not.toContain('busan');
    expect(footprintOf('ntt')[linkEdge('seoul-busan')]).toBe(0);
  });

  it('a carrier with no cable landing at Busan gets no haul there', () => {
    // Cogent has a Seoul PoP too, but none of its cables lands in Korea: Busan–Seoul stays outside its footprint.
    const cogentCables = backbone.cablesByCarrier.get('cogent') ?? [];
    const landsInKorea = cogentCables.some((c) => c.landingPoints.some((lp) => backbone.landingPoints.get(lp)?.country === 'KR'));
    expect(landsInKorea).toBe(false);
    expect(backbone.popsByCarrier.get('cogent')!.map((p) => p.metro)).toContain('seoul');
    expect(footprintOf('cogent')[linkEdge('seoul-busan')]).toBe(1);
  });

  it('Hong Kong–Seoul takes a direct cable, near the 39 ms Azure measures, not a detour by Japan', () => {
    const route = policyRouteBetween(new PolicyRouter(graph, layer), 'hong-kong', 'seoul')!;
    expect(new Set(route.nodes.map((n) => graph.nodes[n]!.country as string)).has('JP')).toBe(false);
    expect(route.rttMs).toBeLessThan(39 * 1.15);
  });
});
