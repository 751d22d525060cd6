// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { parseBackbone } from '../../src/data/load';
import type { Dataset, IxpMember } from '../../src/data/schema';
import { shippedDataset, tinyDataset } from '../fixtures/loadFixture';

const memberList = ['https://www.linx.net/members/'];

/** The tiny fixture with LINX LON1's member carriers set, validated: its "where: message" lines. */
function problemsWithMembers(members: IxpMember[], mutate: (d: Dataset) => void = () => {}): string[] {
  const d = tinyDataset();
  d.ixps[0]!.memberCarriers = members;
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

describe('validateDataset: an exchange\'s member carriers', () => {
  it('accepts members with a PoP in the exchange\'s metro, with or without the year they joined', () => {
    expect(problemsWithMembers([{ carrier: 'arelion', since: 1999, sources: memberList }, { carrier: 'lumen', sources: memberList }])).toEqual([]);
  });

  it('names an unknown carrier and a carrier listed twice', () => {
    expect(problemsWithMembers([{ carrier: 'atlantis', sources: memberList }, { carrier: 'lumen', sources: memberList }, { carrier: 'lumen', sources: memberList }])).toEqual([
      'ixps[0] "linx-lon1".memberCarriers[0].carrier: unknown carrier "atlantis"',
      'ixps[0] "linx-lon1".memberCarriers[2].carrier: carrier "lumen" is listed twice',
    ]);
  });

  it('names a member whose nearest PoP is too far from the exchange, and one with no PoP at all', () => {
    // Lumen's only other PoP is New York; without its London PoP it is 5,578 km (great circle, Docklands to Manhattan) from LINX.
    const far = problemsWithMembers([{ carrier: 'lumen', sources: memberList }], (d) => (d.pops = d.pops.filter((p) => p.id !== 'lumen-london')));
    expect(far).toEqual(['ixps[0] "linx-lon1".memberCarriers[0].carrier: member carrier "lumen" has no PoP in or near "london" (nearest 5578 km away; at most 150 km)']);
    expect(problemsWithMembers([{ carrier: 'vodafone', sources: memberList }])).toEqual([
      'ixps[0] "linx-lon1".memberCarriers[0].carrier: member carrier "vodafone" has no PoP; a member needs one in or near "london"',
    ]);
  });

  it('accepts a PoP in a neighbouring metro within the leash', () => {
    // Arelion's Paris PoP is 344 km from LINX: too far. A metro 40 km out of London is near enough.
    expect(problemsWithMembers([{ carrier: 'arelion', sources: memberList }], (d) => (d.pops = d.pops.filter((p) => p.id !== 'arelion-london')))).toHaveLength(1);
    const nearby = problemsWithMembers([{ carrier: 'arelion', sources: memberList }], (d) => {
      d.metros.push({ id: 'slough', name: 'Slough', country: 'GB', lat: 51.5105, lon: -0.5950, sources: ['https://en.wikipedia.org/wiki/Slough'] });
      d.pops = d.pops.map((p) => (p.id === 'arelion-london' ? { ...p, metro: 'slough' } : p));
    });
    expect(nearby).toEqual([]);
  });

  it('names a member that joined before the exchange was founded, and a member without sources', () => {
    expect(problemsWithMembers([{ carrier: 'arelion', since: 1990, sources: memberList }, { carrier: 'lumen', sources: [] }])).toEqual([
      'ixps[0] "linx-lon1".memberCarriers[1].sources: every record needs at least one public source',
    ]);
    expect(problemsWithMembers([{ carrier: 'arelion', since: 1990, sources: memberList }])).toEqual([
      'ixps[0] "linx-lon1".memberCarriers[0].since: joined in 1990, before the exchange was founded (1994)',
    ]);
  });
});

describe('the backbone\'s ixpsByMemberCarrier', () => {
  it('lists, for each carrier, the exchanges that name it as a member', () => {
    const d = tinyDataset();
    d.ixps[0]!.memberCarriers = [{ carrier: 'arelion', sources: memberList }];
    const parsed = parseBackbone(d);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const { backbone } = parsed;
    expect(backbone.ixpsByMemberCarrier.get('arelion')?.map((x) => x.id)).toEqual(['linx-lon1']);
    expect(backbone.ixpsByMemberCarrier.get('lumen')).toBeUndefined();
  });

  it('the shipped dataset records member carriers at the big exchanges', () => {
    const result = validateDataset(shippedDataset());
    if (!result.ok) throw new Error(result.problems.slice(0, 3).map((p) => p.message).join('; '));
    const withMembers = result.dataset.ixps.filter((x) => (x.memberCarriers ?? []).length > 0).map((x) => x.id);
    for (const id of ['de-cix-frankfurt', 'ams-ix', 'linx-lon1', 'equinix-ashburn']) expect(withMembers).toContain(id);
  });
});
