// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildGraph, findByName, parseCableCut, parseRegionCut, resolveCable, resolveCutRequests } from '../../src/model';
import { loadBackbone } from './fixture';

const backbone = loadBackbone();
const g = buildGraph(backbone, { year: 2025 });

describe('cut specifications', () => {
  it('resolveCable finds a cable by id, name or alias, ignoring case and punctuation', () => {
    for (const q of ['aec-1', 'America Europe Connect-1', 'AECONNECT-1', 'aec1', 'aeconnect 1']) {
      const r = resolveCable(g, q);
      expect(r.ok && r.value.id).toBe('aec-1');
    }
  });

  it('resolveCable on an unknown name lists the nearest matches', () => {
    const r = resolveCable(g, 'farise');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/unknown cable "farise"; nearest: FARICE-1 \(farice-1\)/);
  });

  it('resolveCable refuses a cable not in service in the graph’s year', () => {
    const r = resolveCable(buildGraph(backbone, { year: 2018 }), 'Grace Hopper');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/not part of the network in 2018: its RFS year is 2022/);
    const retired = resolveCable(g, 'tat-14');
    expect(!retired.ok && retired.error).toMatch(/retired in 2020/);
  });

  it('parseCableCut reads NAME and NAME@LON,LAT, and rejects a bad point', () => {
    expect(parseCableCut('farice-1')).toEqual({ ok: true, value: { kind: 'cable', query: 'farice-1' } });
    expect(parseCableCut('FARICE-1@-5,60.5')).toEqual({ ok: true, value: { kind: 'cable', query: 'FARICE-1', at: [-5, 60.5] } });
    expect(parseCableCut('farice-1@200,1').ok).toBe(false);
    expect(parseCableCut('@1,2').ok).toBe(false);
  });

  it('a cut at a point cuts only the segment passing closest to it', () => {
    const r = resolveCutRequests(g, [{ kind: 'cable', query: 'farice-1', at: [-5, 60.5] }]);
    expect(r.ok && r.cut).toEqual({ cables: [], edges: ['seg:farice-1:1'], links: [], metros: [], landingPoints: [] });
    const other = resolveCutRequests(g, [{ kind: 'cable', query: 'farice-1', at: [-11, 64] }]);
    expect(other.ok && other.cut.edges).toEqual(['seg:farice-1:0']);
  });

  it('a region cut takes every segment and terrestrial link within its radius, and an empty region is an error', () => {
    const region = parseRegionCut('-4,53.6,100');
    expect(region.ok).toBe(true);
    const r = resolveCutRequests(g, [region.ok ? region.value : { kind: 'metro', query: '' }]);
    expect(r.ok && r.cut.edges).toEqual(['seg:rockabill:0']);
    const empty = resolveCutRequests(g, [{ kind: 'region', at: [-150, -40], km: 50 }]);
    expect(empty.ok).toBe(false);
    expect(parseRegionCut('1,2').ok).toBe(false);
    expect(parseRegionCut('1,2,-5').ok).toBe(false);
  });

  it('resolveCutRequests reports every bad request at once and resolves nothing', () => {
    const r = resolveCutRequests(g, [
      { kind: 'cable', query: 'iris' },
      { kind: 'metro', query: 'atlantis' },
      { kind: 'link', query: 'nowhere' },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(2);
  });

  it('findByName matches metros by name with accents folded', () => {
    expect(findByName(backbone.metros.values(), 'reykjavik')?.id).toBe('reykjavik');
    expect(findByName(backbone.metros.values(), 'TÓRSHAVN')?.id).toBe('torshavn');
  });
});
