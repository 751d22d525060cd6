// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/data/validate';
import { backboneIn, isIxpOpenIn, normalizeDataset, popSince } from '../../src/data/normalize';
import { selectVisibleIxps } from '../../src/store/selectors';
import type { Dataset } from '../../src/data/schema';
import { shippedDataset, tinyDataset } from '../fixtures/loadFixture';

/** Validates a copy of the tiny fixture after `mutate` breaks it, and returns "where: message" lines. */
function problemsAfter(mutate: (d: Dataset) => void): string[] {
  const d = tinyDataset();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

describe('validateDataset', () => {
  it('accepts the shipped dataset data/backbone.json', () => {
    const result = validateDataset(shippedDataset());
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it('accepts the tiny fixture and returns it typed', () => {
    const result = validateDataset(tinyDataset());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.cables.map((c) => c.id)).toEqual(['apollo', 'amitie']);
  });

  it('names a duplicate id with the record that used it first', () => {
    const lines = problemsAfter((d) => (d.metros[1]!.id = 'london'));
    expect(lines[0]).toBe('metros[1] "london".id: duplicate id "london" (already used by metros[0])');
    // The records that pointed at the renamed metro are reported too.
    expect(lines).toContain('pops[2] "lumen-new-york".metro: unknown metro "new-york"');
  });

  it('names a relationship whose network does not exist, a network related to itself, and a pair related twice', () => {
    const src = ['https://en.wikipedia.org/wiki/Tier_1_network'];
    const lines = problemsAfter((d) => {
      d.relationships = [
        { id: 'vodafone-transit-atlantis', kind: 'transit', customer: 'vodafone', provider: 'atlantis', sources: src },
        { id: 'lumen-peers-lumen', kind: 'peering', peers: ['lumen', 'lumen'], sources: src },
        { id: 'arelion-peers-lumen', kind: 'peering', peers: ['arelion', 'lumen'], sources: src },
        { id: 'lumen-transit-arelion', kind: 'transit', customer: 'lumen', provider: 'arelion', sources: src },
        { id: 'access-zz-transit-lumen', kind: 'transit', customer: 'access-zz', provider: 'lumen', sources: src },
      ];
    });
    expect(lines).toContain('relationships[0] "vodafone-transit-atlantis".provider: unknown network "atlantis" (a carrier id, or access-XX for a country with a metro)');
    expect(lines).toContain('relationships[1] "lumen-peers-lumen": relates "lumen" to itself');
    expect(lines).toContain('relationships[3] "lumen-transit-arelion": "lumen" and "arelion" are already related by relationships[2] (arelion-peers-lumen)');
    expect(lines).toContain('relationships[4] "access-zz-transit-lumen".customer: unknown network "access-zz" (a carrier id, or access-XX for a country with a metro)');
  });

  it('names a cycle of transit relationships, which would let traffic climb forever', () => {
    const src = ['https://example.org/press-release'];
    const lines = problemsAfter((d) => {
      d.carriers.forEach((c) => (c.tier = 2));
      d.relationships = [
        { id: 'vodafone-transit-lumen', kind: 'transit', customer: 'vodafone', provider: 'lumen', sources: src },
        { id: 'lumen-transit-arelion', kind: 'transit', customer: 'lumen', provider: 'arelion', sources: src },
        { id: 'arelion-transit-vodafone', kind: 'transit', customer: 'arelion', provider: 'vodafone', sources: src },
      ];
    });
    expect(lines.some((l) => /transit relationships form a cycle: (\w+ → ){3}\w+/.test(l))).toBe(true);
  });

  it('names a satellite backup whose gateway or country does not exist, one landing at home, and one ending before it began', () => {
    const sat = { kind: 'geo' as const, operators: ['Intelsat'], capacityGbps: 1, since: 2022, sources: ['https://example.org/teleport'] };
    const lines = problemsAfter((d) => {
      d.satelliteBackups = [
        { id: 'gb-via-atlantis', country: 'GB', gateway: 'atlantis', ...sat },
        { id: 'zz-via-new-york', country: 'ZZ', gateway: 'new-york', ...sat },
        { id: 'gb-via-london', country: 'GB', gateway: 'london', ...sat },
        { id: 'gb-backwards', country: 'GB', gateway: 'new-york', ...sat, until: 2020 },
      ];
    });
    expect(lines).toEqual([
      'satelliteBackups[0] "gb-via-atlantis".gateway: unknown metro "atlantis"',
      'satelliteBackups[1] "zz-via-new-york".country: unknown country "ZZ" (no metro or landing point in the dataset)',
      'satelliteBackups[2] "gb-via-london".gateway: gateway "london" is in GB itself; a backup lands abroad',
      'satelliteBackups[3] "gb-backwards".until: ends in 2020, not after it began (2022)',
    ]);
  });

  it('names a facility whose metro does not exist, one too far from its metro, a bad opening year and a region code where it does not belong', () => {
    const site = { operator: 'Example Cloud', lat: 51.5, lon: -0.1, sources: ['https://example.org/regions'] };
    const lines = problemsAfter((d) => {
      d.facilities = [
        { id: 'dc-in-atlantis', type: 'data-centre', name: 'Atlantis 1', metro: 'atlantis', ...site },
        { id: 'dc-far-away', type: 'data-centre', name: 'Far 1', metro: 'london', ...site, lat: 40.7, lon: -74 },
        { id: 'region-from-the-future', type: 'cloud-region', name: 'Future', metro: 'london', ...site, regionCode: 'eu-future-1', since: 2040 },
        { id: 'region-without-code', type: 'cloud-region', name: 'Nameless', metro: 'london', ...site },
        { id: 'dc-with-code', type: 'data-centre', name: 'Coded', metro: 'london', ...site, regionCode: 'eu-west-9' },
      ];
    });
    expect(lines).toEqual([
      'facilities[0] "dc-in-atlantis".metro: unknown metro "atlantis"',
      // New York, given as London's: some 5,570 km away, far past the leash of a campus out of town.
      expect.stringMatching(/^facilities\[1\] "dc-far-away": lies 55\d\d km from its metro "london"; check its coordinates or metro$/),
      'facilities[3] "region-without-code".regionCode: a cloud region needs its provider\'s region code',
      'facilities[4] "dc-with-code".regionCode: only a cloud region has a region code',
      'facilities[2] "region-from-the-future".since: since 2040 is more than 5 years after the dataset\'s date 2022-06-01 (latest 2027)',
    ]);
    // A year before 1960 is the schema's to refuse, by record and field.
    expect(problemsAfter((d) => (d.facilities = [{ id: 'dc-ancient', type: 'data-centre', name: 'Old', metro: 'london', ...site, since: 1850 }]))).toEqual([
      'facilities[0] "dc-ancient".since: year must be 1960 or later',
    ]);
  });

  it('treats ids as one namespace across collections', () => {
    expect(problemsAfter((d) => (d.ixps[0]!.id = 'apollo'))).toEqual(['cables[0] "apollo".id: duplicate id "apollo" (already used by ixps[0])']);
  });

  it('reports an unknown metro reference at its path', () => {
    expect(problemsAfter((d) => (d.pops[0]!.metro = 'atlantis'))).toEqual(['pops[0] "arelion-london".metro: unknown metro "atlantis"']);
  });

  it('reports an unknown carrier on a terrestrial link', () => {
    expect(problemsAfter((d) => (d.terrestrialLinks[0]!.carriers = ['arelion', 'nobody']))).toEqual([
      'terrestrialLinks[0] "london-paris".carriers[1]: unknown carrier "nobody"',
    ]);
  });

  it('reports a latitude out of range', () => {
    expect(problemsAfter((d) => (d.metros[0]!.lat = 91))).toEqual(['metros[0] "london".lat: latitude must be between -90 and 90']);
  });

  it('reports a segment endpoint that is not among the cable’s landing points', () => {
    expect(problemsAfter((d) => (d.cables[0]!.segments[0]!.to = 'le-porge-fr'))).toEqual([
      'cables[0] "apollo".segments[0].to: segment endpoint "le-porge-fr" is not among the cable\'s landing points',
      'cables[0] "apollo".segments[0].route[4]: route does not end at "le-porge-fr"',
      'cables[0] "apollo".landingPoints[1]: landing point "shirley-us" is not joined by any segment',
    ]);
  });

  it('reports a route that starts away from its landing point', () => {
    expect(problemsAfter((d) => (d.cables[0]!.segments[0]!.route![0] = [0, 0]))).toEqual(['cables[0] "apollo".segments[0].route[0]: route does not start at "bude-gb"']);
  });

  it('reports a status that disagrees with the years', () => {
    expect(problemsAfter((d) => (d.cables[0]!.status = 'retired'))).toEqual(['cables[0] "apollo".retired: a retired cable needs the year it was retired']);
    expect(problemsAfter((d) => (d.cables[1]!.rfs = 2019))).toEqual(['cables[1] "amitie".rfs: planned but its RFS year 2019 is before the dataset\'s date 2022-06-01']);
  });

  it('reports a segment dated before its cable, and an unrepaired fault dated after its incident', () => {
    expect(problemsAfter((d) => (d.cables[0]!.segments[0]!.rfs = 2001))).toEqual(['cables[0] "apollo".segments[0].rfs: segment RFS 2001 is before its cable\'s RFS 2003']);
    expect(
      problemsAfter((d) => {
        d.incidents = [{ id: 'apollo-cut', name: 'Apollo cut', date: '2010-05-01', cause: 'Anchor', faults: [{ cable: 'apollo', since: '2010-06' }], reported: 'Slow.', sources: ['https://example.org'] }];
      }),
    ).toEqual(['incidents[0] "apollo-cut".faults[0].since: 2010-06 is after the incident\'s date 2010-05-01']);
  });

  it('reports a service date outside its RFS year or badly written, and a fault on a cable not yet in service that day', () => {
    expect(problemsAfter((d) => (d.cables[0]!.rfsDate = '2003-06'))).toEqual([]);
    expect(problemsAfter((d) => (d.cables[0]!.rfsDate = '2004-06'))).toEqual(['cables[0] "apollo".rfsDate: RFS date 2004-06 is not in its RFS year 2003']);
    expect(problemsAfter((d) => (d.cables[0]!.segments[0]!.rfsDate = '2002-12-31'))).toEqual(['cables[0] "apollo".segments[0].rfsDate: segment RFS date 2002-12-31 is not in its RFS year 2003']);
    expect(problemsAfter((d) => (d.cables[0]!.rfsDate = '2003-13'))).toEqual(['cables[0] "apollo".rfsDate: must be a date written YYYY-MM or YYYY-MM-DD']);
    expect(
      problemsAfter((d) => {
        d.cables[0]!.rfsDate = '2003-06-15';
        d.incidents = [{ id: 'early', name: 'Early cut', date: '2003-05-01', cause: 'Anchor', faults: [{ cable: 'apollo' }], reported: 'Slow.', sources: ['https://example.org'] }];
      }),
    ).toEqual(['incidents[0] "early".faults[0].cable: cable "apollo" was not yet in service on 2003-05-01 (in service from 2003-06-15)']);
  });

  it('takes a fault on a terrestrial link (a dig on land) and names an unknown one by record and field', () => {
    const incident = (faults: unknown[]) => ({ id: 'dig', name: 'A dig', date: '2011-03-28', cause: 'A spade', faults, reported: 'Offline.', sources: ['https://example.org'] });
    expect(problemsAfter((d) => (d.incidents = [incident([{ link: 'london-paris' }]) as never]))).toEqual([]);
    expect(problemsAfter((d) => (d.incidents = [incident([{ link: 'london-atlantis' }]) as never]))).toEqual(['incidents[0] "dig".faults[0].link: unknown terrestrial link "london-atlantis"']);
    // A fault names a cable or a link, not both, and a link takes no position.
    expect(problemsAfter((d) => (d.incidents = [incident([{ link: 'london-paris', at: [0, 50] }]) as never])).length).toBe(1);
    expect(problemsAfter((d) => (d.incidents = [incident([{ cable: 'apollo', link: 'london-paris' }]) as never]))).toEqual([
      'incidents[0] "dig".faults[0]: matches none of the forms it may take: (1) has unknown field(s): link; (2) has unknown field(s): cable',
    ]);
  });

  it('accepts first years for carriers, PoPs and links within 1960 to five years after the dataset\'s date', () => {
    expect(
      problemsAfter((d) => {
        d.carriers[0]!.networkSince = 1993;
        d.pops[0]!.since = 1993;
        d.pops[3]!.since = 2027;
        d.terrestrialLinks[0]!.since = 1960;
      }),
    ).toEqual([]);
  });

  it('rejects a networkSince or since before 1960 or more than five years after the dataset\'s date', () => {
    expect(problemsAfter((d) => (d.carriers[0]!.networkSince = 1959))).toEqual(['carriers[0] "arelion".networkSince: year must be 1960 or later']);
    expect(problemsAfter((d) => (d.pops[1]!.since = 1900))).toEqual(['pops[1] "lumen-london".since: year must be 1960 or later']);
    expect(problemsAfter((d) => (d.terrestrialLinks[0]!.since = 1850))).toEqual(['terrestrialLinks[0] "london-paris".since: year must be 1960 or later']);
    expect(problemsAfter((d) => (d.carriers[1]!.networkSince = 1998.5))).toEqual(['carriers[1] "lumen".networkSince: must be a whole number, got 1998.5']);
    // The fixture's date is 2022-06-01: 2027 is the latest first year it accepts.
    expect(problemsAfter((d) => (d.carriers[0]!.networkSince = 2028))).toEqual([
      'carriers[0] "arelion".networkSince: networkSince 2028 is more than 5 years after the dataset\'s date 2022-06-01 (latest 2027)',
    ]);
    expect(problemsAfter((d) => (d.pops[2]!.since = 2030))).toEqual([
      'pops[2] "lumen-new-york".since: since 2030 is more than 5 years after the dataset\'s date 2022-06-01 (latest 2027)',
    ]);
    expect(problemsAfter((d) => (d.terrestrialLinks[0]!.since = 2099))).toEqual([
      'terrestrialLinks[0] "london-paris".since: since 2099 is more than 5 years after the dataset\'s date 2022-06-01 (latest 2027)',
    ]);
  });

  it('takes the year of the list that names a PoP (listed) in the same bounds, and not beside an opening year', () => {
    expect(problemsAfter((d) => (d.pops[0]!.listed = 2011))).toEqual([]);
    expect(problemsAfter((d) => (d.pops[0]!.listed = 1950))).toEqual(['pops[0] "arelion-london".listed: year must be 1960 or later']);
    expect(
      problemsAfter((d) => {
        d.pops[0]!.since = 1999;
        d.pops[0]!.listed = 2011;
      }),
    ).toEqual(['pops[0] "arelion-london".listed: a PoP with an opening year (since) needs no listed year: drop one']);
  });

  it('takes a carrier\'s own PoP list with what it is, its address and its year, and names a bad one by field', () => {
    const list = { list: 'Arelion\'s BGP location communities', url: 'https://www.arelion.com/our-network/bgp-routing/bgp-communities.html', year: 2022 };
    expect(problemsAfter((d) => (d.carriers[0]!.popList = list))).toEqual([]);
    expect(problemsAfter((d) => (d.carriers[0]!.popList = { ...list, url: 'communities page' }))).toEqual(['carriers[0] "arelion".popList.url: must be a URL such as https://example.net']);
    expect(problemsAfter((d) => (d.carriers[0]!.popList = { ...list, list: '' }))).toHaveLength(1);
    // The fixture's date is 2022-06-01: a list read for it is from 2022 at the latest.
    expect(problemsAfter((d) => (d.carriers[0]!.popList = { ...list, year: 2023 }))).toEqual(['carriers[0] "arelion".popList.year: a PoP list from 2023 is after the dataset\'s date 2022-06-01']);
  });

  it('counts a PoP known only from a published list from that list\'s year: the network of an earlier year leaves it out', () => {
    const d = tinyDataset();
    d.carriers[0]!.networkSince = 1993;
    d.pops[0]!.listed = 2011;
    const parsed = validateDataset(d);
    if (!parsed.ok) throw new Error('fixture');
    const backbone = normalizeDataset(parsed.dataset);
    const pop = backbone.dataset.pops[0]!;
    expect(popSince(backbone, pop)).toBe(2011);
    expect(backboneIn(backbone, 2010).dataset.pops.map((p) => p.id)).not.toContain(pop.id);
    expect(backboneIn(backbone, 2011).dataset.pops.map((p) => p.id)).toContain(pop.id);
    // Without a list year it dates from its carrier's network, as before.
    expect(popSince(backbone, { ...pop, listed: undefined })).toBe(1993);
  });

  it('counts a PoP on a current list (2020 or later) from 2020, never before its carrier\'s network began', () => {
    const d = tinyDataset();
    d.carriers[0]!.networkSince = 1993;
    d.carriers[1]!.networkSince = 2021;
    d.pops[0]!.listed = 2022;
    const other = d.pops.find((p) => p.carrier === d.carriers[1]!.id)!;
    other.listed = 2022;
    const parsed = validateDataset(d);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const backbone = normalizeDataset(parsed.dataset);
    const [pop, later] = [backbone.dataset.pops[0]!, backbone.dataset.pops.find((p) => p.id === other.id)!];
    expect(popSince(backbone, pop)).toBe(2020);
    expect(backboneIn(backbone, 2019).dataset.pops.map((p) => p.id)).not.toContain(pop.id);
    expect(backboneIn(backbone, 2020).dataset.pops.map((p) => p.id)).toContain(pop.id);
    expect(popSince(backbone, later)).toBe(2021);
  });

  it('keeps a closed exchange for the years it ran: the network of its closing year and after leaves it out', () => {
    const d = tinyDataset();
    d.ixps[0]!.closed = 2020;
    const parsed = validateDataset(d);
    if (!parsed.ok) throw new Error('fixture');
    const backbone = normalizeDataset(parsed.dataset);
    expect(backboneIn(backbone, 2019).dataset.ixps.map((x) => x.id)).toEqual(['linx-lon1']);
    expect(backboneIn(backbone, 2020).dataset.ixps).toEqual([]);
    expect(selectVisibleIxps(backbone, 2019).map((x) => x.id)).toEqual(['linx-lon1']);
    expect(selectVisibleIxps(backbone, 2021)).toEqual([]);
    // The exchanges' traffic weighs in the demand of the years it ran only.
    expect(isIxpOpenIn(backbone.dataset.ixps[0]!, 1994)).toBe(true);
    expect(isIxpOpenIn(backbone.dataset.ixps[0]!, 1993)).toBe(false);
  });

  it('rejects an exchange closed in or before the year it was founded, naming the field', () => {
    expect(problemsAfter((d) => (d.ixps[0]!.closed = 1994))).toEqual(['ixps[0] "linx-lon1".closed: closed in 1994, not after it was founded (1994)']);
    expect(problemsAfter((d) => (d.ixps[0]!.closed = 1995))).toEqual([]);
  });

  it('rejects a PoP that opened before its carrier\'s network began', () => {
    expect(
      problemsAfter((d) => {
        d.carriers[0]!.networkSince = 1993;
        d.pops[0]!.since = 1990;
        d.pops[3]!.since = 1993; // the same year is fine
      }),
    ).toEqual(['pops[0] "arelion-london".since: opened in 1990, before its carrier "arelion" began its network (networkSince 1993)']);
    // A carrier without networkSince puts no bound on its PoPs.
    expect(problemsAfter((d) => (d.pops[1]!.since = 1961))).toEqual([]);
  });

  it('requires sources on every record', () => {
    expect(problemsAfter((d) => (d.ixps[0]!.sources = []))).toEqual(['ixps[0] "linx-lon1".sources: every record needs at least one public source']);
  });

  it('explains a missing field and a wrong type in plain words', () => {
    expect(problemsAfter((d) => delete (d.carriers[0] as Partial<Dataset['carriers'][number]>).asn)).toEqual(['carriers[0] "arelion".asn: is missing (expected number)']);
    expect(problemsAfter((d) => ((d.metros[0] as unknown as { lon: string }).lon = 'west'))).toEqual(['metros[0] "london".lon: must be number, not the text "west"']);
  });

  it('rejects an id that is not kebab-case and a country that is not ISO alpha-2', () => {
    const lines = problemsAfter((d) => {
      d.metros[0]!.id = 'London Town';
      d.metros[0]!.country = 'UK1';
    });
    expect(lines).toContain('metros[0] "London Town".id: must be a stable kebab-case id (lower-case letters, digits and single hyphens)');
    expect(lines).toContain('metros[0] "London Town".country: must be an ISO 3166-1 alpha-2 country code such as "GB"');
  });

  it('rejects a field the schema does not know, so that a typo is not silently dropped', () => {
    expect(problemsAfter((d) => ((d.cables[0] as unknown as Record<string, unknown>).lenghtKm = 5))).toEqual(['cables[0] "apollo": has unknown field(s): lenghtKm']);
  });

  it('answers with a problem, not an exception, for input that is not a dataset at all', () => {
    for (const input of [null, 42, 'text', [], { meta: null }]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it('never throws, whatever a mutation does to a valid dataset (property)', () => {
    const anyValue = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), anyValue), { minLength: 1, maxLength: 4 }), (mutations) => {
        const d = tinyDataset() as unknown as Record<string, unknown>;
        for (const [a, b, value] of mutations) {
          const keys = Object.keys(d);
          const key = keys[a % keys.length]!;
          const target = d[key];
          if (Array.isArray(target) && target.length) {
            const record = target[b % target.length] as Record<string, unknown>;
            const fields = Object.keys(record);
            record[fields[b % fields.length]!] = value;
          } else {
            d[key] = value;
          }
        }
        const result = validateDataset(d);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.problems.every((p) => typeof p.where === 'string' && p.message.length > 0)).toBe(true);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});
