// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { CONCEPTS, findConcept } from '../../src/embed/concepts';
import { createScenarioEngine } from '../../src/model/scenario';
import { failoverStory } from '../../src/model/failoverStory';

// A concept's caption says what its view shows: where it names a model result, the model must give it.
const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
if (!parsed.ok) throw new Error('data/backbone.json is invalid');
const backbone = parsed.backbone;
const engine = createScenarioEngine(backbone);
const year = backbone.years.asOf;

// The real dataset's engine: its first baseline takes seconds on a busy 2-core machine.
describe('glossary concepts show what their captions say', { timeout: 120_000 }, () => {
  it('internet-backbone cuts the cable New York–London runs over, and a backup path takes over', () => {
    const options = findConcept('internet-backbone')!.options;
    const [from, to] = options.route!;
    const cables = options.cut!.map((c) => c.replace(/^cable:/, ''));
    const intact = engine.route(year, from, to, {});
    expect(intact.cables).toEqual(expect.arrayContaining(cables));
    const after = engine.route(year, from, to, { cables });
    expect(after.rttMs).not.toBeNull();
    expect(after.cables.some((c) => cables.includes(c))).toBe(false);
    expect(engine.evaluate(year, { cables }).rerouted).toBeGreaterThan(0);
  });

  it('peering: from Johannesburg to Frankfurt, Cogent hands the traffic to its peer PCCW Global in Johannesburg', () => {
    const [from, to] = findConcept('peering')!.options.route!;
    expect([from, to]).toEqual(['johannesburg', 'frankfurt']);
    const hops = engine.route(year, from, to, {}).asPath;
    const i = hops.findIndex((h) => h.carrier === 'cogent');
    expect(hops[i]).toMatchObject({ to: 'johannesburg', next: 'peer' });
    expect(hops[i + 1]).toMatchObject({ carrier: 'pccw', from: 'johannesburg' });
  });

  it('bgp-failover: cutting the Bay of Bengal Gateway, Tata withdraws Frankfurt–Tokyo and Arelion, a provider of German access networks, takes it over across the Atlantic and the Pacific', () => {
    const options = findConcept('bgp-failover')!.options;
    const cables = options.cut!.map((c) => c.replace(/^cable:/, ''));
    const [from, to] = options.route!;
    const intact = engine.route(year, from, to, {});
    expect(intact.cables).toEqual(expect.arrayContaining(cables));
    const after = engine.route(year, from, to, { cables });
    const story = failoverStory(intact, after);
    expect(story).toMatchObject({ kind: 'as-path', withdrawn: [{ carrier: 'tata' }], via: [{ carrier: 'arelion', relation: 'provider' }] });
    // The other way round the world: Apollo across the Atlantic, Topaz across the Pacific.
    expect(after.cables).toEqual(expect.arrayContaining(['apollo', 'topaz']));
    expect(engine.evaluate(year, { cables }).rerouted).toBeGreaterThan(0);
  });

  it('tier-1: Arelion peers with the other 14 Tier 1s and buys transit from no one', () => {
    expect(findConcept('tier-1')!.options.select).toBe('carrier:arelion');
    const { relations } = engine.evaluate(year, {}).networks;
    const tier1 = backbone.dataset.carriers.filter((c) => c.tier === 1 && c.id !== 'arelion').map((c) => c.id);
    expect(tier1).toHaveLength(14);
    const peers = relations.flatMap(([a, b, r]) => (r === 'peer' && (a === 'arelion' || b === 'arelion') ? [a === 'arelion' ? b : a] : []));
    expect(peers).toEqual(expect.arrayContaining(tier1));
    // What b is to a: Arelion has no provider.
    const providers = relations.filter(([a, b, r]) => (a === 'arelion' && r === 'provider') || (b === 'arelion' && r === 'customer'));
    expect(providers).toEqual([]);
  });

  it('bgp-hijack: Pakistan Telecom\'s more-specific of YouTube\'s block, announced to PCCW, takes nearly every country in the model', () => {
    const event = findConcept('bgp-hijack')!.options.bgpEvent!;
    const view = engine.trust(event, null);
    expect(view.report).toMatchObject({ by: { asn: 17557 }, origin: { asn: 36561 }, announced: '208.65.153.0/24', prefix: '208.65.152.0/22' });
    expect(view.networksMatched).toContain('pccw');
    expect(view.report.captureShare).toBeGreaterThan(0.9);
    // Route origin validation everywhere would not help in 2008: there was no ROA to validate against.
    expect(engine.trust(event, 'all').report.rpki).toBe('not-found');
  });

  it('route-leak: Allegheny Technologies passes DQE\'s more-specifics of Cloudflare to Verizon, and the traffic runs through it', () => {
    const event = findConcept('route-leak')!.options.bgpEvent!;
    const { report } = engine.trust(event, null);
    expect(report).toMatchObject({ by: { id: 'allegheny-technologies' }, from: { id: 'dqe' }, to: { id: 'verizon' }, origin: { id: 'cloudflare' } });
    expect(report.captureShare).toBeGreaterThan(0.9);
    for (const p of report.paths) expect(p.after.join(' ')).toContain('AS701 AS396531 AS33154');
  });

  it('every concept names only records the dataset has', () => {
    for (const concept of CONCEPTS) {
      const { select, route, cut, carriers } = concept.options;
      if (select) expect(backbone[`${select.split(':')[0]}s` as 'cables' | 'metros' | 'ixps' | 'carriers'].has(select.split(':')[1]!), `${concept.id}: ${select}`).toBe(true);
      for (const id of route ?? []) expect(backbone.metros.has(id), `${concept.id}: ${id}`).toBe(true);
      for (const c of cut ?? []) expect(backbone.cables.has(c.replace(/^cable:/, '')), `${concept.id}: ${c}`).toBe(true);
      for (const id of carriers ?? []) expect(backbone.carriers.has(id), `${concept.id}: ${id}`).toBe(true);
      const { bgpEvent } = concept.options;
      if (bgpEvent) expect(backbone.dataset.routingEvents.some((e) => e.id === bgpEvent), `${concept.id}: ${bgpEvent}`).toBe(true);
    }
  });
});
