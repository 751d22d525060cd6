// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/schema';
import { tinyDataset } from '../fixtures/loadFixture';

const src = ['https://www.ripe.net/publications/news/industry-developments/youtube-hijacking-a-ripe-ncc-ris-case-study'];

function problemsAfter(mutate: (d: Dataset) => void): string[] {
  const d = tinyDataset();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

const block = (over: Partial<Dataset['prefixes'][number]> = {}): Dataset['prefixes'][number] => ({ id: 'lumen-block', prefix: '192.0.2.0/24', origin: 'lumen', sources: src, ...over });
const event = (over: Partial<Dataset['routingEvents'][number]> = {}): Dataset['routingEvents'][number] => ({
  id: 'an-event',
  name: 'An event',
  date: '2008-02-24',
  kind: 'hijack',
  prefix: 'lumen-block',
  by: 'vodafone',
  rov: 'none',
  reported: 'what was reported',
  reportedCountries: [],
  reportedNetworks: [],
  sources: src,
  ...over,
});

describe('validateDataset, routing-trust records', () => {
  it('accepts a block with its origin and a hijack of it', () => {
    expect(problemsAfter((d) => ((d.prefixes = [block({ roa: { maxLength: 24 } })]), (d.routingEvents = [event({ announced: '192.0.2.0/25' })])))).toEqual([]);
  });

  it('names a malformed block, one with host bits set, an unknown origin, a ROA shorter than its block and a block with two origins', () => {
    const lines = problemsAfter((d) => {
      d.prefixes = [block({ id: 'a', prefix: '192.0.2.1/24' }), block({ id: 'b', origin: 'atlantis' }), block({ id: 'c', prefix: '198.51.100.0/24', roa: { maxLength: 20 } }), block({ id: 'd' })];
    });
    expect(lines).toContain('prefixes[0] "a".prefix: "192.0.2.1/24" has host bits set (the address is not the first of its block)');
    expect(lines).toContain('prefixes[1] "b".origin: unknown carrier "atlantis"');
    expect(lines).toContain('prefixes[2] "c".roa.maxLength: maximum length /20 is shorter than the block itself (/24)');
    expect(lines).toContain('prefixes[3] "d".prefix: 192.0.2.0/24 is already recorded by "b": a block has one legitimate origin');
    expect(problemsAfter((d) => (d.prefixes = [block({ prefix: 'youtube' })]))).toContain('prefixes[0] "lumen-block".prefix: must be an IPv4 prefix written a.b.c.d/n');
  });

  it('names an event whose networks, block or announced more-specific do not fit', () => {
    const lines = problemsAfter((d) => {
      d.prefixes = [block()];
      d.routingEvents = [
        event({ id: 'self', by: 'lumen' }),
        event({ id: 'outside', announced: '198.51.100.0/25' }),
        event({ id: 'leak-without-ends', kind: 'leak' }),
        event({ id: 'both', origin: 'arelion' }),
        event({ id: 'unknown', prefix: 'nowhere', reportedNetworks: ['atlantis'], reportedCountries: ['ZZ'] }),
      ];
    });
    expect(lines).toContain('routingEvents[0] "self".by: "lumen" is the block\'s own origin; a hijack or leak is by another network');
    expect(lines).toContain('routingEvents[1] "outside".announced: 198.51.100.0/25 does not lie within 192.0.2.0/24');
    expect(lines).toContain('routingEvents[2] "leak-without-ends".from: a leak names the neighbour its routes were learned from');
    expect(lines).toContain('routingEvents[2] "leak-without-ends".to: a leak names the neighbour its routes were passed to');
    expect(lines).toContain('routingEvents[3] "both".prefix: give either a prefix record or an origin network, not both or neither');
    expect(lines).toContain('routingEvents[4] "unknown".prefix: unknown prefix record "nowhere"');
    expect(lines).toContain('routingEvents[4] "unknown".reportedNetworks[0]: unknown network "atlantis" (a carrier id or access-xx)');
    expect(lines).toContain('routingEvents[4] "unknown".reportedCountries[0]: unknown country "ZZ" (no metro or landing point in the dataset)');
  });

  it('names a routing-only carrier that has PoPs', () => {
    const lines = problemsAfter((d) => (d.carriers.find((c) => c.id === 'lumen')!.routingOnly = true));
    expect(lines).toContain('carriers[1] "lumen".routingOnly: carrier "lumen" is routing-only but has PoPs, cables or links; a routing-only network has no place on the fibre');
  });
});
