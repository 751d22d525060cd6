// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyCuts, buildDemand, buildGraph, computeBaseline, findCorridors, rankCables } from '../../src/model';
import { loadBackbone } from './fixture';

const backbone = loadBackbone();
const baselineIn = (year: number) => {
  const g = buildGraph(backbone, { year });
  return computeBaseline(g, buildDemand(g));
};

describe('rankCables', () => {
  it('rankCables on the 2019 network puts FARICE-1 first: its loss alone isolates Iceland and the Faroes', () => {
    const ranking = rankCables(baselineIn(2019));
    expect(ranking.map((c) => c.cable).sort()).toEqual(['aec-1', 'farice-1', 'rockabill', 'tat-14']);
    expect(ranking[0]!.cable).toBe('farice-1');
    expect(ranking[0]!.isolated).toEqual(['FO', 'IS']);
    expect(ranking[0]!.strandedFlows).toBeGreaterThan(0);
  });

  it('rankCables reports for each cable what applyCuts reports for that cable alone', () => {
    const base = baselineIn(2025);
    for (const c of rankCables(base)) {
      const impact = applyCuts(base, { cables: [c.cable] });
      expect(c.reroutedFlows).toBe(impact.rerouted.length);
      expect(c.strandedFlows).toBe(impact.stranded.length);
      expect(c.addedLatency).toBeCloseTo(impact.rerouted.reduce((s, r) => s + r.flow.tbps * r.rttIncreaseMs, 0), 9);
    }
  });

  it('rankCables orders by isolated countries, then stranded demand, then added latency', () => {
    const ranking = rankCables(baselineIn(2025));
    for (let i = 1; i < ranking.length; i++) {
      const [a, b] = [ranking[i - 1]!, ranking[i]!];
      const key = (x: typeof a) => [x.isolated.length, x.strandedTbps, x.addedLatency];
      const [ka, kb] = [key(a), key(b)];
      const firstDiff = ka.findIndex((v, j) => v !== kb[j]);
      if (firstDiff >= 0) expect(ka[firstDiff]!).toBeGreaterThanOrEqual(kb[firstDiff]!);
    }
  });
});

describe('findCorridors', () => {
  it('findCorridors({minCables: 2}) finds the mid-Atlantic corridor shared by AEC-1 and Grace Hopper', () => {
    const corridors = findCorridors(buildGraph(backbone, { year: 2025 }), { minCables: 2 });
    const atlantic = corridors.find((c) => c.cables.includes('aec-1' as never) && c.cables.includes('grace-hopper' as never));
    expect(atlantic).toBeDefined();
    expect(atlantic!.peakCables).toBe(2);
    expect(atlantic!.center[0]).toBeLessThan(-10);
  });

  it('findCorridors with the default of three cables finds none in a fixture that never runs three together', () => {
    expect(findCorridors(buildGraph(backbone, { year: 2025 }))).toEqual([]);
  });
});
