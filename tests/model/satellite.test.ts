// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SatelliteBackup } from '../../src/data';
import { applyCuts, buildDemand, buildGraph, computeBaseline, impactJson, satelliteRttMs } from '../../src/model';
import type { CountryCode } from '../../src/model';
import { fixtureJson, loadBackbone } from './fixture';

const C_KM_PER_MS = 299_792.458 / 1000;
const GEO_FLOOR_MS = (4 * 35_786) / C_KM_PER_MS;

const faroesBackup = (over: Partial<SatelliteBackup> = {}): SatelliteBackup => ({
  id: 'faroes-geo',
  country: 'FO',
  kind: 'geo',
  operators: ['Intelsat'],
  gateway: 'london',
  capacityGbps: 0.5,
  since: 2010,
  sources: ['https://example.org/faroes-teleport'],
  ...over,
});

/** The 2019 network of the fixture, with the given satellite records added to a copy of it. */
function baselineWith(satelliteBackups: SatelliteBackup[], year = 2019) {
  const json = fixtureJson();
  json.satelliteBackups = satelliteBackups;
  const graph = buildGraph(loadBackbone(json), { year });
  return computeBaseline(graph, buildDemand(graph));
}

describe('applyCuts with satellite backups', () => {
  it('applyCuts(FARICE-1) keeps the Faroes isolated from fibre and puts them on their geostationary backup; Iceland, with none, stays isolated with nothing added', () => {
    const baseline = baselineWith([faroesBackup()]);
    const impact = applyCuts(baseline, { cables: ['farice-1'] });
    expect(impact.isolated).toEqual(['FO', 'IS']);
    expect(impact.onSatellite.map((s) => s.country)).toEqual(['FO']);
    const fo = impact.onSatellite[0]!;
    expect(fo).toMatchObject({ kind: 'geo', operators: ['Intelsat'], gateway: 'london', from: 'torshavn', capacityGbps: 0.5, records: ['faroes-geo'] });
    // Up and down on each way: never below the hop at the sub-satellite point, plus the ground segment; the slant
    // ranges from 62° N and 51° N to a satellite on the equator add a few thousand km each.
    expect(fo.rttMs).toBeGreaterThan(GEO_FLOOR_MS + 80);
    expect(fo.rttMs).toBeLessThan((4 * 42_164) / C_KM_PER_MS + 80);
    const demandGbps = baseline.countries.get('FO' as CountryCode)!.demandTbps * 1000;
    expect(fo.demandGbps).toBeCloseTo(demandGbps, 9);
    expect(fo.shareOfDemandPct).toBeCloseTo(Math.min(100, (100 * 0.5) / demandGbps), 9);
  });

  it('applyCuts gives every other result exactly as it does with no satellite record: the satellite restores no fibre capacity', () => {
    const withSat = applyCuts(baselineWith([faroesBackup()]), { cables: ['farice-1'] });
    const without = applyCuts(baselineWith([]), { cables: ['farice-1'] });
    expect(without.onSatellite).toEqual([]);
    const { onSatellite: _a, ...rest } = withSat;
    const { onSatellite: _b, ...restWithout } = without;
    expect(rest).toEqual(restWithout);
  });

  it('applyCuts ignores a satellite path not yet available that year, or ended by then', () => {
    expect(applyCuts(baselineWith([faroesBackup({ since: 2020 })]), { cables: ['farice-1'] }).onSatellite).toEqual([]);
    expect(applyCuts(baselineWith([faroesBackup({ since: 2010, until: 2019 })]), { cables: ['farice-1'] }).onSatellite).toEqual([]);
  });

  it('applyCuts sums the capacity of a country\'s paths and takes the orbit, gateway and RTT of the largest', () => {
    const impact = applyCuts(baselineWith([faroesBackup(), faroesBackup({ id: 'faroes-meo', kind: 'meo', operators: ['SES'], gateway: 'dublin', capacityGbps: 2 })]), {
      cables: ['farice-1'],
    });
    const fo = impact.onSatellite[0]!;
    expect(fo).toMatchObject({ kind: 'meo', gateway: 'dublin', capacityGbps: 2.5, rttMs: 140, operators: ['SES', 'Intelsat'] });
  });

  it('impactJson prints onSatellite only when an isolated country has a path, rounded', () => {
    const base = baselineWith([faroesBackup()]);
    const json = impactJson(base, applyCuts(base, { cables: ['farice-1'] }));
    expect(json.onSatellite).toEqual([expect.objectContaining({ country: 'FO', kind: 'geo', capacityGbps: 0.5, gateway: 'london' })]);
    const plain = impactJson(baselineWith([]), applyCuts(baselineWith([]), { cables: ['farice-1'] }));
    expect('onSatellite' in plain).toBe(false);
  });
});

describe('satelliteRttMs', () => {
  it('satelliteRttMs(geo) for two points on the equator under the satellite is the 477 ms floor plus the ground segment', () => {
    expect(satelliteRttMs('geo', { lat: 0, lon: 150 }, { lat: 0, lon: 150 })).toBeCloseTo(GEO_FLOOR_MS + 80, 6);
  });

  it('satelliteRttMs(geo) grows with the slant range, and places the satellite halfway the short way across the antimeridian', () => {
    const across = satelliteRttMs('geo', { lat: 0, lon: 170 }, { lat: 0, lon: -170 });
    const around = satelliteRttMs('geo', { lat: 0, lon: 10 }, { lat: 0, lon: -10 });
    expect(across).toBeCloseTo(around, 6);
    expect(across).toBeGreaterThan(GEO_FLOOR_MS + 80);
  });

  it('satelliteRttMs(meo | leo) is the published typical figure', () => {
    expect(satelliteRttMs('meo', { lat: 0, lon: 0 }, { lat: 50, lon: 0 })).toBe(140);
    expect(satelliteRttMs('leo', { lat: 0, lon: 0 }, { lat: 50, lon: 0 })).toBe(60);
  });
});
