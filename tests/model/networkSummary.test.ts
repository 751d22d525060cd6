// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createScenarioEngine } from '../../src/model/scenario';
import { loadBackbone } from './fixture';

// The fixture's networks, worked out by hand: Lumen and Zayo (Tier 1s, so peers by the mesh rule); each country's
// access networks buy transit from the carriers with a PoP there (modelled: the fixture publishes no relationship).
describe('the networks as the carrier and country views show them', () => {
  const engine = createScenarioEngine(loadBackbone());

  it('lists every relationship once, with what the second network is to the first and whether a rule made it', () => {
    const { relations } = engine.evaluate(2025, {}).networks;
    expect(relations).toContainEqual(['lumen', 'zayo', 'peer', 0]);
    expect(relations).toContainEqual(['lumen', 'access-ie', 'customer', 1]);
    // Zayo has no PoP in Ireland: Ireland's access networks do not buy from it.
    expect(relations.some(([a, b]) => a === 'zayo' && b === 'access-ie')).toBe(false);
    const pairs = relations.map(([a, b]) => [a, b].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("gives each country's upstreams their share of its international traffic, summing to 100 %", () => {
    const { upstreamShare } = engine.evaluate(2025, {}).networks;
    for (const [country, shares] of Object.entries(upstreamShare)) {
      expect(shares.reduce((s, [, pct]) => s + pct, 0), country).toBeCloseTo(100, 0);
      for (const [carrier] of shares) expect(['lumen', 'zayo']).toContain(carrier);
    }
    expect(Object.keys(upstreamShare).sort()).toEqual(['FO', 'FR', 'GB', 'IE', 'IS', 'US']);
  });

  it('says what the cuts do to each network: Lumen keeps its routes without Grace Hopper (it reroutes inside), and nothing before a cut', () => {
    expect(engine.evaluate(2025, {}).networks.underCuts).toEqual({});
    const { underCuts, ...rest } = engine.evaluate(2025, { cables: ['grace-hopper'] as never }).networks;
    expect(underCuts.lumen).toEqual({ kept: 2, withdrew: 0, tookOver: 0, lost: 0 });
    expect(underCuts.zayo).toBeUndefined();
    // The relationships and shares are the year's, whatever is cut.
    expect(rest).toEqual((({ underCuts: _, ...intact }) => intact)(engine.evaluate(2025, {}).networks));
  });
});
