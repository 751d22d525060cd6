// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSearchIndex, foldText, searchEntries } from '../../src/kinds/search';
import { tinyBackbone } from '../fixtures/loadFixture';

const index = createSearchIndex(tinyBackbone(), 'en');
const find = (q: string) => searchEntries(index, q).map((e) => `${e.kind}:${e.id}`);

describe('searchEntries', () => {
  it('finds a cable by an alias', () => {
    expect(find('apollo north')).toEqual(['cable:apollo']);
  });

  it('finds a carrier by ASN with or without the AS prefix, and by a former name', () => {
    expect(find('AS1299')).toEqual(['carrier:arelion']);
    expect(find('3356')).toEqual(['carrier:lumen']);
    expect(find('telia')).toEqual(['carrier:arelion']);
  });

  it('ignores accents and case: "sao" finds São Paulo, "amitie" finds Amitié', () => {
    expect(find('sao')).toEqual(['metro:sao-paulo']);
    expect(find('AMITIE')).toEqual(['cable:amitie']);
  });

  it('finds a country by name and an IXP by name', () => {
    expect(find('france')).toEqual(['country:FR']);
    expect(find('linx')).toEqual(['ixp:linx-lon1']);
  });

  it('ranks a name that starts with the query before one that only contains it', () => {
    const results = find('lon');
    expect(results[0]).toBe('metro:london');
    expect(results).toContain('ixp:linx-lon1');
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchEntries(index, '   ')).toEqual([]);
    expect(searchEntries(index, 'e', 2)).toHaveLength(2);
  });

  it('foldText strips diacritics', () => {
    expect(foldText('  Nukuʻalofa São ')).toBe('nukuʻalofa sao');
  });
});

describe('searchEntries on the shipped dataset', () => {
  it('among equally good matches the larger comes first: “DE-CIX” finds Frankfurt’s exchange before the smaller DE-CIX ones', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseBackbone } = await import('../../src/data/load');
    const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
    if (!parsed.ok) throw new Error('data/backbone.json is invalid');
    const shipped = createSearchIndex(parsed.backbone, 'en');
    const results = searchEntries(shipped, 'DE-CIX').filter((e) => e.kind === 'ixp');
    expect(results.length).toBeGreaterThan(1);
    expect(results[0]!.id).toBe('de-cix-frankfurt');
  });

  it('finds data centres and cloud regions by region code, by name and by operator with city, each described by type, operator and city', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseBackbone } = await import('../../src/data/load');
    const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
    if (!parsed.ok) throw new Error('data/backbone.json is invalid');
    const shipped = createSearchIndex(parsed.backbone, 'en');
    const ids = (q: string) => searchEntries(shipped, q).filter((e) => e.kind === 'facility').map((e) => e.id);
    expect(ids('westeurope')).toEqual(['azure-westeurope']);
    // A region code two providers share finds both.
    expect(ids('eu-central-1').sort()).toEqual(['alibaba-eu-central-1', 'aws-eu-central-1']);
    expect(ids('Boydton')).toContain('microsoft-boydton');
    expect(ids('Telehouse North')[0]).toBe('telehouse-north');
    const [region] = searchEntries(shipped, 'us-east-1').filter((e) => e.id === 'aws-us-east-1');
    expect(region!.detail).toBe('Data centre or cloud region · Cloud region · Amazon Web Services · Ashburn');
  });
});

describe('createSearchIndex in German', () => {
  it('finds a country by its German name and writes each result’s second line in German', () => {
    const de = createSearchIndex(tinyBackbone(), 'de');
    const [hit] = searchEntries(de, 'Vereinigtes');
    expect(hit).toMatchObject({ kind: 'country', id: 'GB' });
    const [cable] = searchEntries(de, 'apollo north');
    expect(cable!.detail).toMatch(/^Unterseekabel · /);
  });
});
