// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ModelInputError, parsePrefix, rovValidators, simulateTrust } from '../../src/model';
import type { Relation, TrustGraph, TrustNetwork } from '../../src/model';

/**
 * A hand-drawn AS graph, small enough to work every answer out on paper:
 *
 *          t1a ====== t1b            (Tier 1s, peers)
 *         / |  \     /  |  \
 *       O  c1   multi   X   c2       (customers; multi buys from both)
 *                       |
 *                       x1           (a customer of the hijacker)
 *   leaker L buys from t1a and t1b; l1 is L's customer.
 */
const ids = ['t1a', 't1b', 'origin', 'attacker', 'c1', 'c2', 'multi', 'x1', 'leaker', 'l1'] as const;
type Id = (typeof ids)[number];
const at = (id: Id) => ids.indexOf(id);
const transit: [Id, Id][] = [
  ['origin', 't1a'],
  ['c1', 't1a'],
  ['multi', 't1a'],
  ['multi', 't1b'],
  ['attacker', 't1b'],
  ['c2', 't1b'],
  ['x1', 'attacker'],
  ['leaker', 't1a'],
  ['leaker', 't1b'],
  ['l1', 'leaker'],
];
function fixture(): TrustGraph {
  const networks: TrustNetwork[] = ids.map((id) => ({ id, name: id, asn: 64500 + at(id), tier: id.startsWith('t1') ? 1 : 2, kind: 'carrier', country: id === 'c2' ? 'B' : 'A', sellsTransit: true }));
  const adjacency: { network: number; relation: Relation }[][] = ids.map(() => []);
  for (const [customer, provider] of transit) {
    adjacency[at(customer)]!.push({ network: at(provider), relation: 'provider' });
    adjacency[at(provider)]!.push({ network: at(customer), relation: 'customer' });
  }
  adjacency[at('t1a')]!.push({ network: at('t1b'), relation: 'peer' });
  adjacency[at('t1b')]!.push({ network: at('t1a'), relation: 'peer' });
  return { networks, adjacency };
}
const graph = fixture();
const prefix = parsePrefix('192.0.2.0/24');
const names = (list: readonly number[]) => list.map((i) => ids[i]).sort();
const pathOf = (list: readonly number[]) => list.map((i) => ids[i]);
const block = { prefix, origin: at('origin') };
const signed = { ...block, roa: { asn: 64500 + at('origin'), maxLength: 24 } };

describe('simulateTrust, hijacks on the hand-drawn fixture', () => {
  it('a more-specific hijack captures every network: the /25 wins by longest match wherever it reaches', () => {
    const out = simulateTrust(graph, block, { kind: 'hijack', by: at('attacker'), moreSpecific: true }, { kind: 'none' });
    expect(out.announced).toEqual(parsePrefix('192.0.2.0/25'));
    expect(names(out.captured)).toEqual(names(ids.filter((id) => id !== 'attacker' && id !== 'origin').map(at)));
    // c1's traffic: up to t1a, across to t1b (its peer route to the /25), down to the attacker.
    expect(pathOf(out.after[at('c1')]!.path)).toEqual(['c1', 't1a', 't1b', 'attacker']);
  });

  it('an equal-length hijack captures only the networks closer to the attacker', () => {
    const out = simulateTrust(graph, block, { kind: 'hijack', by: at('attacker'), moreSpecific: false }, { kind: 'none' });
    // t1b: a customer route from the attacker (1 hop) beats its peer route via t1a (2 hops); c2 and x1 follow.
    // multi has two 2-hop provider routes; the tie goes to the lower index, t1a, the legitimate one.
    expect(names(out.captured)).toEqual(['c2', 't1b', 'x1']);
    expect(pathOf(out.after[at('multi')]!.path)).toEqual(['multi', 't1a', 'origin']);
    expect(pathOf(out.after[at('c1')]!.path)).toEqual(['c1', 't1a', 'origin']);
  });

  it('ROV at the Tier 1s contains an invalid hijack: only the attacker\'s own customer, which does not validate, is captured', () => {
    const out = simulateTrust(graph, signed, { kind: 'hijack', by: at('attacker'), moreSpecific: true }, { kind: 'tier1' });
    expect(out.rpki).toBe('invalid');
    expect(names(out.captured)).toEqual(['x1']);
    // c2 sits behind a validating provider: its traffic still reaches the origin.
    expect(pathOf(out.after[at('c2')]!.path)).toEqual(['c2', 't1b', 't1a', 'origin']);
  });

  it('a hijacker that announces to one neighbour only is heard through that neighbour alone', () => {
    // Announced only to x1, its customer: x1 holds it as a provider route, which goes on only to customers, and it has none.
    const out = simulateTrust(graph, block, { kind: 'hijack', by: at('attacker'), moreSpecific: true, only: [at('x1')] }, { kind: 'none' });
    expect(names(out.captured)).toEqual(['x1']);
    expect(() => simulateTrust(graph, block, { kind: 'hijack', by: at('attacker'), moreSpecific: true, only: [at('c1')] }, { kind: 'none' })).toThrow(/no relationship with c1/);
  });

  it('ROV does nothing for a block without a ROA (RPKI state not-found)', () => {
    const out = simulateTrust(graph, block, { kind: 'hijack', by: at('attacker'), moreSpecific: true }, { kind: 'all' });
    expect(out.rpki).toBe('not-found');
    expect(out.captured.length).toBe(ids.length - 2);
  });

  it('a more-specific beyond the ROA\'s maximum length is invalid even from the right origin', () => {
    const out = simulateTrust(graph, signed, { kind: 'leak', by: at('leaker'), from: at('t1a'), to: at('t1b'), moreSpecific: true }, { kind: 'all' });
    expect(out.rpki).toBe('invalid');
    expect(out.captured).toEqual([]);
  });
});

describe('simulateTrust, leaks on the hand-drawn fixture', () => {
  it('a leak from one provider to another crosses a valley: t1b prefers its customer\'s route and its customers follow', () => {
    const out = simulateTrust(graph, block, { kind: 'leak', by: at('leaker'), from: at('t1a'), to: at('t1b'), moreSpecific: false }, { kind: 'none' });
    expect(pathOf(out.before[at('c2')]!.path)).toEqual(['c2', 't1b', 't1a', 'origin']);
    // After: down from t1b to the leaker and up again to t1a, which valley-free export forbids.
    expect(pathOf(out.after[at('c2')]!.path)).toEqual(['c2', 't1b', 'leaker', 't1a', 'origin']);
    expect(names(out.captured)).toEqual(['attacker', 'c2', 't1b', 'x1']);
    // t1a sits on the leaked route itself: it drops the leak (its own AS is in the path) and keeps its customer route.
    expect(pathOf(out.after[at('t1a')]!.path)).toEqual(['t1a', 'origin']);
  });

  it('a leak back to a network already on the leaked route is dropped by its loop check and changes nothing', () => {
    // The leaker's route from t1b runs t1b > t1a > origin: t1a finds itself in the path and drops it.
    const out = simulateTrust(graph, block, { kind: 'leak', by: at('leaker'), from: at('t1b'), to: at('t1a'), moreSpecific: false }, { kind: 'none' });
    expect(out.captured).toEqual([]);
    expect(pathOf(out.after[at('c1')]!.path)).toEqual(['c1', 't1a', 'origin']);
  });

  it('a leak between a customer and a provider is refused with a clear error', () => {
    expect(() => simulateTrust(graph, block, { kind: 'leak', by: at('leaker'), from: at('l1'), to: at('t1a'), moreSpecific: false }, { kind: 'none' })).toThrow(ModelInputError);
    expect(() => simulateTrust(graph, block, { kind: 'leak', by: at('leaker'), from: at('c1'), to: at('t1a'), moreSpecific: false }, { kind: 'none' })).toThrow(/no relationship with c1/);
  });
});

describe('rovValidators', () => {
  it('chooses the Tier 1s, everyone, nobody, or a stable share', () => {
    expect(names([...rovValidators(graph, { kind: 'tier1' })].flatMap((v, i) => (v ? [i] : [])))).toEqual(['t1a', 't1b']);
    expect([...rovValidators(graph, { kind: 'all' })].every((v) => v === 1)).toBe(true);
    expect([...rovValidators(graph, { kind: 'none' })].every((v) => v === 0)).toBe(true);
    const half = rovValidators(graph, { kind: 'share', share: 0.5 });
    expect(rovValidators(graph, { kind: 'share', share: 0.5 })).toEqual(half);
    const more = rovValidators(graph, { kind: 'share', share: 0.9 });
    // A larger share keeps every validator of the smaller one.
    half.forEach((v, i) => expect(v <= more[i]!).toBe(true));
  });
});

describe('parsePrefix', () => {
  it('parsePrefix reads a block and refuses malformed ones with a message naming them', () => {
    expect(parsePrefix('208.65.152.0/22')).toEqual({ base: (208 * 2 ** 24 + 65 * 2 ** 16 + 152 * 256) >>> 0, length: 22 });
    expect(() => parsePrefix('208.65.153.0/22')).toThrow(/host bits set; the block starts at 208.65.152.0\/22/);
    expect(() => parsePrefix('youtube')).toThrow(/"youtube" is not an IPv4 prefix/);
    expect(() => parsePrefix('300.1.1.0/24')).toThrow(ModelInputError);
  });
});
