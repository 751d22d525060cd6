// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyCuts, buildDemand, buildGraph, computeBaseline, resolveCut } from '../../src/model';
import type { Baseline } from '../../src/model';
import { loadBackbone } from './fixture';

const backbone = loadBackbone();
const baselineOf = (year = 2025): Baseline => {
  const graph = buildGraph(backbone, { year });
  return computeBaseline(graph, buildDemand(graph));
};
const base = baselineOf();
const flowName = (b: Baseline, f: number) => b.demand.flows[f]!.id;

describe('applyCuts', () => {
  it('applyCuts(baseline, {}) reproduces the baseline exactly', () => {
    const impact = applyCuts(base, {});
    expect(impact.routes).toEqual(base.routes);
    impact.routes.forEach((r, f) => expect(r).toBe(base.routes[f]));
    expect([...impact.load]).toEqual([...base.load]);
    expect(impact.rerouted).toEqual([]);
    expect(impact.stranded).toEqual([]);
    expect(impact.isolated).toEqual([]);
    expect(impact.degraded).toEqual([]);
    expect(impact.congested).toEqual(base.congested);
  });

  it('applyCuts(baseline, {cables: [grace-hopper]}) reroutes exactly the flows that crossed it and leaves the others untouched', () => {
    const impact = applyCuts(base, { cables: ['grace-hopper'] });
    const crossed = base.routes.flatMap((r, f) => (r?.cables.includes('grace-hopper' as never) ? [f] : []));
    expect(crossed.length).toBeGreaterThan(0);
    expect(impact.rerouted.map((r) => r.flow.index)).toEqual(crossed);
    expect(impact.stranded).toEqual([]);
    for (const r of impact.rerouted) {
      expect(r.after.cables).not.toContain('grace-hopper');
      expect(r.rttIncreaseMs).toBeGreaterThan(0);
    }
    base.routes.forEach((r, f) => {
      if (!crossed.includes(f)) expect(impact.routes[f]).toBe(r);
    });
  });

  it('cutting FARICE-1 and IRIS isolates Iceland and the Faroes, and strands every flow to them', () => {
    const impact = applyCuts(base, { cables: ['farice-1', 'iris'] });
    expect(impact.isolated).toEqual(['FO', 'IS']);
    const toIsolated = base.demand.flows.filter((f) => ['reykjavik', 'torshavn'].includes(f.from) || ['reykjavik', 'torshavn'].includes(f.to));
    expect(impact.stranded.map((s) => s.flow.id).sort()).toEqual(toIsolated.map((f) => f.id).sort());
    expect(impact.degraded.map((d) => d.country)).not.toContain('IS');
  });

  it('on the 2020 network (before IRIS) one FARICE-1 segment isolates Iceland alone, the other Iceland and the Faroes', () => {
    const b2020 = baselineOf(2020);
    expect(applyCuts(b2020, { edges: ['seg:farice-1:0'] }).isolated).toEqual(['IS']);
    expect(applyCuts(b2020, { edges: ['seg:farice-1:1'] }).isolated).toEqual(['FO', 'IS']);
  });

  it('cutting the London–Paris link isolates France; cutting the London metro isolates Britain and France', () => {
    expect(applyCuts(base, { links: ['london-paris'] }).isolated).toEqual(['FR']);
    const impact = applyCuts(base, { metros: ['london'] });
    expect(impact.isolated).toEqual(['FR', 'GB']);
    for (const s of impact.stranded) expect([s.flow.from, s.flow.to].some((m) => m === 'london' || m === 'paris')).toBe(true);
  });

  it('capacityLostPct is the share of the country’s border capacity that is cut (IRIS: 108 of 52 + 108 + 24 Tbit/s for Ireland)', () => {
    const impact = applyCuts(base, { cables: ['iris'] });
    const ie = impact.degraded.find((d) => d.country === 'IE')!;
    expect(ie.capacityLostTbps).toBe(108);
    expect(ie.capacityLostPct).toBeCloseTo((100 * 108) / (52 + 108 + 24), 9);
    const is = impact.degraded.find((d) => d.country === 'IS')!;
    expect(is.capacityLostPct).toBeCloseTo((100 * 108) / (108 + 11), 9);
    expect(is.rttIncreasePct).toBeGreaterThan(0);
  });

  it('rttIncreasePct is the rise of the demand-weighted mean RTT of the country’s surviving flows', () => {
    const impact = applyCuts(base, { cables: ['rockabill'] });
    const ie = impact.degraded.find((d) => d.country === 'IE')!;
    const touches = (f: number) => [base.demand.flows[f]!.from, base.demand.flows[f]!.to].includes('dublin' as never);
    let before = 0;
    let after = 0;
    base.routes.forEach((r, f) => {
      if (!r || !touches(f)) return;
      before += base.demand.flows[f]!.tbps * r.rttMs;
      after += base.demand.flows[f]!.tbps * impact.routes[f]!.rttMs;
    });
    expect(ie.rttIncreasePct).toBeCloseTo(100 * (after / before - 1), 9);
  });

  it('load after a cut moves the rerouted flows’ demand from their old edges to their new ones', () => {
    const impact = applyCuts(base, { cables: ['grace-hopper'] });
    const gh = base.graph.edgeIndex.get('seg:grace-hopper:0')!;
    expect(impact.load[gh]).toBe(0);
    const expected = new Float64Array(base.graph.edges.length);
    impact.routes.forEach((r, f) => r?.edges.forEach((e) => (expected[e]! += base.demand.flows[f]!.tbps)));
    impact.load.forEach((x, e) => expect(x).toBeCloseTo(expected[e]!, 9));
  });

  it('applyCuts accepts a resolved CutMask and gives the same result as the CutSet', () => {
    const cut = { cables: ['aec-1'], links: ['new-york-boston'] };
    const a = applyCuts(base, cut);
    const b = applyCuts(base, resolveCut(base.graph, cut));
    expect(b.routes).toEqual(a.routes);
    expect(b.degraded).toEqual(a.degraded);
  });

  it('with avoidCongestion, displaced flows avoid edges they would overflow when a detour exists, and never beat their baseline RTT', () => {
    const plain = applyCuts(base, { cables: ['grace-hopper'] });
    const aware = applyCuts(base, { cables: ['grace-hopper'] }, { avoidCongestion: true });
    const overload = (load: Float64Array) => base.graph.edges.reduce((s, e) => s + Math.max(0, load[e.index]! - e.capacityTbps), 0);
    expect(plain.congested.length).toBeGreaterThan(0);
    expect(overload(aware.load)).toBeLessThan(overload(plain.load));
    for (const r of aware.rerouted) expect(r.after.rttMs).toBeGreaterThanOrEqual(r.before.rttMs);
    expect(aware.rerouted.map((r) => flowName(base, r.flow.index))).toEqual(plain.rerouted.map((r) => flowName(base, r.flow.index)));
  });
});

describe('congestion', () => {
  it('impact.worsened lists the congested edges whose load the cut raised; an empty cut worsens nothing', () => {
    expect(applyCuts(base, {}).worsened).toEqual([]);
    const impact = applyCuts(base, { cables: ['grace-hopper'] });
    expect(impact.worsened.map((c) => c.edge)).toContain('seg:rockabill:0');
    for (const c of impact.worsened) {
      const e = base.graph.edgeIndex.get(c.edge)!;
      expect(impact.load[e]!).toBeGreaterThan(base.load[e]!);
      expect(c.utilisation).toBeGreaterThan(1);
    }
  });
});
