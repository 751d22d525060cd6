// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackbone } from '../../src/data/load';
import { CONCEPTS, findConcept } from '../../src/embed/concepts';
import { createScenarioEngine } from '../../src/model/scenario';

// A concept's caption says what its view shows: where it names a model result, the model must give it.
const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
if (!parsed.ok) throw new Error('data/backbone.json is invalid');
const backbone = parsed.backbone;
const engine = createScenarioEngine(backbone);
const year = backbone.years.asOf;

describe('glossary concepts show what their captions say', { timeout: 60_000 }, () => {
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

  it('peering: from Brussels to Stockholm, Liberty Global hands the traffic to its peer Arelion in Amsterdam', () => {
    const [from, to] = findConcept('peering')!.options.route!;
    expect([from, to]).toEqual(['brussels', 'stockholm']);
    const hops = engine.route(year, from, to, {}).asPath;
    const i = hops.findIndex((h) => h.carrier === 'liberty-global');
    expect(hops[i]).toMatchObject({ to: 'amsterdam', next: 'peer' });
    expect(hops[i + 1]).toMatchObject({ carrier: 'arelion', from: 'amsterdam' });
  });

  it('bgp-failover cuts a cable whose loss reroutes traffic', () => {
    const cables = findConcept('bgp-failover')!.options.cut!.map((c) => c.replace(/^cable:/, ''));
    expect(engine.evaluate(year, { cables }).rerouted).toBeGreaterThan(0);
  });

  it('every concept names only records the dataset has', () => {
    for (const concept of CONCEPTS) {
      const { select, route, cut, carriers } = concept.options;
      if (select) expect(backbone[`${select.split(':')[0]}s` as 'cables' | 'metros' | 'ixps'].has(select.split(':')[1]!), `${concept.id}: ${select}`).toBe(true);
      for (const id of route ?? []) expect(backbone.metros.has(id), `${concept.id}: ${id}`).toBe(true);
      for (const c of cut ?? []) expect(backbone.cables.has(c.replace(/^cable:/, '')), `${concept.id}: ${c}`).toBe(true);
      for (const id of carriers ?? []) expect(backbone.carriers.has(id), `${concept.id}: ${id}`).toBe(true);
    }
  });
});
