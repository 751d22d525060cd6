// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ModelInputError, buildGraph, greatCircleKm } from '../../src/model';
import { fixtureJson, loadBackbone } from './fixture';

const backbone = loadBackbone();

describe('buildGraph', () => {
  it('buildGraph(fixture) makes two nodes per metro, one per active landing, and an edge per segment, backhaul, link and metro', () => {
    const g = buildGraph(backbone, { year: 2025 });
    // 7 metros × 2 + 11 landings in service (Tuckerton only served TAT-14, retired 2020).
    expect(g.nodes.length).toBe(7 * 2 + 11);
    const kinds = g.edges.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ interconnect: 7, backhaul: 11, segment: 6, terrestrial: 2 });
    expect([...g.cables.keys()].sort()).toEqual(['aec-1', 'farice-1', 'grace-hopper', 'iris', 'rockabill']);
    expect(g.countries).toEqual(['FO', 'FR', 'GB', 'IE', 'IS', 'US']);
  });

  it('buildGraph(backbone, {year: 2018}) leaves out cables not yet in service and keeps TAT-14 before its retirement', () => {
    const g = buildGraph(backbone, { year: 2018 });
    expect([...g.cables.keys()].sort()).toEqual(['aec-1', 'farice-1', 'tat-14']);
    expect(g.landingNode.has('tuckerton' as never)).toBe(true);
    expect(g.landingNode.has('galway' as never)).toBe(false);
  });

  it('buildGraph leaves out a segment finished after the rest of its cable until its own RFS year', () => {
    const json = fixtureJson();
    const farice = json.cables.find((c) => c.id === 'farice-1')!;
    farice.segments[1]!.rfs = 2010;
    const late = loadBackbone(json);
    const ids = (year: number) => buildGraph(late, { year }).edges.filter((e) => e.cable === 'farice-1').map((e) => e.id);
    expect(ids(2008)).toEqual(['seg:farice-1:0']);
    expect(ids(2010)).toEqual(['seg:farice-1:0', 'seg:farice-1:1']);
  });

  it('buildGraph takes PoPs, terrestrial links and exchanges as they stood in the year, as the map draws them', () => {
    const json = fixtureJson();
    json.pops.find((p) => p.id === 'lumen-new-york')!.since = 2015;
    json.terrestrialLinks.find((l) => l.id === 'london-paris')!.since = 2012;
    const dated = loadBackbone(json);
    const at = (year: number) => buildGraph(dated, { year });
    const carriersAt = (year: number, metro: string) => at(year).edges.find((e) => e.kind === 'interconnect' && e.a === at(year).metroNode.get(metro as never))!.carriers;
    expect(carriersAt(2014, 'new-york')).not.toContain('lumen');
    expect(carriersAt(2015, 'new-york')).toContain('lumen');
    expect(at(2011).edgeIndex.has('link:london-paris')).toBe(false);
    expect(at(2012).edgeIndex.has('link:london-paris')).toBe(true);
    // Nothing dated after the dataset's year: the graph of that year is built from the very same backbone.
    expect(buildGraph(backbone).backbone).toBe(backbone);
  });

  it('every edge is at least as long as the great circle between its ends', () => {
    const g = buildGraph(backbone);
    for (const e of g.edges) expect(e.lengthKm).toBeGreaterThanOrEqual(greatCircleKm(g.nodes[e.a]!.lonLat, g.nodes[e.b]!.lonLat) - 1e-9);
  });

  it('a segment carries its cable design capacity and a link without capacity gets the default for each carrier that operates it', () => {
    const g = buildGraph(backbone);
    expect(g.edges[g.edgeIndex.get('seg:grace-hopper:0')!]!.capacityTbps).toBe(350);
    // Operated by Zayo and Lumen in the fixture: each lights its own pairs.
    expect(g.edges[g.edgeIndex.get('link:new-york-boston')!]!.capacityTbps).toBe(2 * g.capacity.terrestrialTbps);
    // Backhaul at Bude carries Grace Hopper only in 2025.
    expect(g.edges[g.edgeIndex.get('backhaul:bude')!]!.capacityTbps).toBe(350);
  });

  it('buildGraph is independent of the order of records in the file', () => {
    const shuffled = fixtureJson();
    shuffled.metros.reverse();
    shuffled.cables.reverse();
    shuffled.landingPoints.reverse();
    shuffled.terrestrialLinks.reverse();
    const a = buildGraph(backbone);
    const b = buildGraph(loadBackbone(shuffled));
    expect(b.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
    expect(b.edges.map((e) => [e.id, e.a, e.b, e.latencyMs])).toEqual(a.edges.map((e) => [e.id, e.a, e.b, e.latencyMs]));
  });

  it('buildGraph rejects a year outside the dataset range with ModelInputError', () => {
    expect(() => buildGraph(backbone, { year: 1700 })).toThrow(ModelInputError);
    expect(() => buildGraph(backbone, { year: 2200 })).toThrow(/1990–2025/);
    expect(() => buildGraph(backbone, { year: 2020.5 })).toThrow(ModelInputError);
  });
});
