// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TrustModel, buildGraph, buildNetworks, replayRoutingEvents, simulateTrust } from '../../src/model';
import type { RovSetting } from '../../src/model';
import { END, START, routingTable } from '../../scripts/replay-routing';
import { shippedDataset } from '../fixtures/loadFixture';
import { loadBackbone } from './fixture';

const backbone = loadBackbone(shippedDataset());
const graph = buildGraph(backbone);
const model = new TrustModel(graph, buildNetworks(graph));
const nets = model.trust.networks;
const carriers = nets.flatMap((n, i) => (n.kind === 'carrier' && n.asn !== null ? [i] : []));

describe('routing trust on the shipped dataset', () => {
  it('every network with a neighbour has a route to a routing-only content origin before any attack', () => {
    const youtube = model.trust.byId.get('youtube')!;
    const out = simulateTrust(model.trust, { origin: youtube }, { kind: 'hijack', by: model.trust.byId.get('ptcl')!, moreSpecific: false }, { kind: 'none' });
    const lost = nets.filter((_, i) => i !== youtube && out.before[i]!.end !== 'delivered').map((n) => n.id);
    // Only the access networks the engine itself finds cut off even intact (no relationship at all: Macau, Norfolk Island).
    expect(lost).toEqual(nets.filter((_, i) => model.trust.adjacency[i]!.length === 0).map((n) => n.id));
  });

  // A hijacker that already carries a network's traffic (it lies on the legitimate path) keeps it whatever the others validate:
  // it answers for the block itself. Every other capture needs a route that validators drop.
  it('property: a hijack of a signed block captures a validating network only where the hijacker was already on its path, and nobody else when all validate', () => {
    fc.assert(
      fc.property(fc.constantFrom(...carriers), fc.constantFrom(...carriers), fc.double({ min: 0, max: 1, noNaN: true }), (origin, by, share) => {
        fc.pre(origin !== by);
        const block = { origin, roa: { asn: nets[origin]!.asn!, maxLength: 24 }, prefix: { base: 0xc0000200, length: 24 } };
        const rov: RovSetting = { kind: 'share', share };
        const out = simulateTrust(model.trust, block, { kind: 'hijack', by, moreSpecific: false }, rov);
        for (const i of out.captured) if (out.validators[i]) expect(out.before[i]!.path).toContain(by);
        for (const moreSpecific of [false, true]) {
          const all = simulateTrust(model.trust, block, { kind: 'hijack', by, moreSpecific }, { kind: 'all' });
          expect(all.captured.filter((i) => !all.before[i]!.path.includes(by))).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 14 },
    );
  });

  it('property: a more-specific hijack takes at least what the same-length one takes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...carriers), fc.constantFrom(...carriers), (origin, by) => {
        fc.pre(origin !== by);
        const same = simulateTrust(model.trust, { origin }, { kind: 'hijack', by, moreSpecific: false }, { kind: 'none' });
        const specific = simulateTrust(model.trust, { origin }, { kind: 'hijack', by, moreSpecific: true }, { kind: 'none' });
        const taken = new Set(specific.captured);
        for (const i of same.captured) expect(taken.has(i)).toBe(true);
      }),
      { numRuns: 30, seed: 8 },
    );
  });

  it('property: every network a leak captures sends its traffic through the leaker, which it did not before', () => {
    const verizon = model.trust.byId.get('verizon')!;
    const leaker = model.trust.byId.get('allegheny-technologies')!;
    const dqe = model.trust.byId.get('dqe')!;
    fc.assert(
      fc.property(fc.constantFrom(...carriers), (origin) => {
        fc.pre(origin !== leaker && origin !== dqe && origin !== verizon);
        const out = simulateTrust(model.trust, { origin }, { kind: 'leak', by: leaker, from: dqe, to: verizon, moreSpecific: true }, { kind: 'none' });
        for (const i of out.captured) {
          expect(out.after[i]!.path).toContain(leaker);
          expect(out.before[i]!.path).not.toContain(leaker);
        }
      }),
      { numRuns: 30, seed: 3 },
    );
  });

  it('ROV at the Tier 1s protects the customers behind them: RTComm\'s hijack of Twitter takes the Russian networks and the peers that hear it from them, not a quarter of the world', () => {
    const none = model.request({ kind: 'hijack', target: 'twitter', by: 'rtcomm', rov: { kind: 'none' } });
    const tier1 = model.request({ kind: 'hijack', target: 'twitter', by: 'rtcomm', rov: { kind: 'tier1' } });
    expect(none.captureShare).toBeGreaterThan(0.1);
    expect(tier1.captureShare).toBeLessThan(0.05);
    // No Tier 1 takes the invalid route, so it travels only from RTComm's Russian neighbours to their own peers and
    // customers (Rostelecom's peers KT, KDDI, Singtel and China's carriers, which do not validate in this setting).
    const russian = new Set(nets.filter((n) => n.country === 'RU' && n.asn !== null).map((n) => `AS${n.asn}`));
    expect(tier1.captured.networks.some((n) => nets[model.trust.byId.get(n.id)!]!.tier === 1)).toBe(false);
    expect(tier1.paths.length).toBeGreaterThan(0);
    for (const path of tier1.paths) {
      const at = path.after.indexOf('AS8342');
      expect(at).toBeGreaterThan(0);
      expect(russian.has(path.after[at - 1]!)).toBe(true);
    }
  });
});

describe('replayRoutingEvents', () => {
  const replays = replayRoutingEvents(backbone);

  it('replays every recorded event, and the table in docs/MODEL.md is what they give now', () => {
    expect(replays.map((r) => r.event.id)).toEqual(backbone.dataset.routingEvents.map((e) => e.id));
    const doc = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');
    const table = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    expect(table).toBe(routingTable(replays).join('\n'));
  });

  it('the YouTube hijack of 2008 spreads to most of the world through PCCW, as reported', () => {
    const youtube = replays.find((r) => r.event.id === 'youtube-pakistan-2008')!;
    expect(youtube.report.captureShare).toBeGreaterThan(0.9);
    expect(youtube.networksMatched).toEqual(['pccw']);
    const us = youtube.report.paths.find((p) => p.country === 'US')!;
    expect(us.after.slice(-2)).toEqual(['AS3491', 'AS17557']);
  });
});
