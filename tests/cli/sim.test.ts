// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'tests/fixtures/engine-tiny.json');
const tsx = join(root, 'node_modules/.bin/tsx');

function sim(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/sim.ts', '--data', fixture, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run sim', { timeout: 60_000 }, () => {
  it('--cut A --cut B --json prints isolated, degraded, rerouted, stranded and congested in the documented shape', () => {
    const r = sim('--cut', 'FARICE-1', '--cut', 'iris', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.isolated).toEqual(['FO', 'IS']);
    expect(typeof json.rerouted).toBe('number');
    expect(json.stranded).toBeGreaterThan(0);
    expect(Array.isArray(json.congested)).toBe(true);
    for (const d of json.degraded) {
      expect(d.country).toMatch(/^[A-Z]{2}$/);
      expect(['severe', 'moderate', 'minor']).toContain(d.severity);
      for (const key of ['rttIncreaseMs', 'rttIncreasePct', 'trafficReroutedPct', 'unservedPct', 'borderCapacityLostPct', 'capacityLostTbps']) expect(typeof d[key]).toBe('number');
    }
  });

  it('--cut --json adds onSatellite for an isolated country with a satellite backup, and the text output a line', () => {
    const data = JSON.parse(readFileSync(fixture, 'utf8'));
    data.satelliteBackups = [
      { id: 'faroes-geo', country: 'FO', kind: 'geo', operators: ['Intelsat'], gateway: 'london', capacityGbps: 0.5, since: 2010, sources: ['https://example.org/teleport'] },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'sim-sat-')), 'data.json');
    writeFileSync(file, JSON.stringify(data));
    const run = (...args: string[]) => spawnSync(tsx, ['src/cli/sim.ts', '--data', file, '--year', '2019', '--cut', 'farice-1', ...args], { cwd: root, encoding: 'utf8' });
    const json = JSON.parse(run('--json').stdout);
    expect(json.isolated).toEqual(['FO', 'IS']);
    expect(json.onSatellite).toHaveLength(1);
    const fo = json.onSatellite[0];
    expect(fo).toMatchObject({ country: 'FO', kind: 'geo', operators: ['Intelsat'], gateway: 'london', capacityGbps: 0.5 });
    expect(fo.rttMs).toBeGreaterThan(477);
    expect(fo.shareOfDemandPct).toBeCloseTo(Math.min(100, (100 * fo.capacityGbps) / fo.demandGbps), 0);
    const text = run().stdout;
    expect(text).toMatch(new RegExp(`FO on satellite backup \\(GEO, Intelsat, landing at London\\): 0\\.5 Gbit/s for ${fo.demandGbps} Gbit/s of demand \\(.+%\\), RTT ${fo.rttMs} ms`));
    // Without a record the JSON has no onSatellite at all: every other cut prints as before.
    expect('onSatellite' in JSON.parse(sim('--year', '2019', '--cut', 'farice-1', '--json').out)).toBe(false);
  });

  it('--rtt A B --json gives the RTT, the fibre floor and the path, and combines with cuts', () => {
    const intact = JSON.parse(sim('--rtt', 'New York', 'london', '--json').out);
    expect(intact.path).toEqual(['new-york', 'bellport', 'bude', 'london']);
    expect(intact.floorMs).toBeCloseTo(54.6, 1);
    expect(intact.rttMs).toBeGreaterThan(intact.floorMs);
    // The networks that carry it: the US access networks hand it to a Tier 1, which hands it to Britain's.
    expect(intact.asPath.map((h: { carrier: string }) => h.carrier)).toEqual(['access-us', expect.stringMatching(/^(lumen|zayo)$/), 'access-gb']);
    expect(intact.asPath[1]).toMatchObject({ from: 'new-york', to: 'london', next: 'customer' });
    const cut = JSON.parse(sim('--rtt', 'new-york', 'london', '--cut', 'grace-hopper', '--json').out);
    expect(cut.path).toEqual(['new-york', 'shirley', 'killala', 'dublin', 'portmarnock', 'southport', 'london']);
    expect(cut.rttMs).toBeGreaterThan(intact.rttMs);
  });

  it('--rtt takes a data centre or cloud region as an end, by id or region code, and routes it as its metro', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sim-facility-')), 'data.json');
    const source = { sources: ['https://example.org/regions'] };
    const facilities = [
      { id: 'example-us-east-9', type: 'cloud-region', name: 'Example Cloud Virginia', operator: 'Example Cloud', metro: 'new-york', lat: 39, lon: -77.5, regionCode: 'us-east-9', ...source },
      { id: 'harbour-dc', type: 'data-centre', name: 'Harbour Exchange', operator: 'Example DC', metro: 'london', lat: 51.5, lon: -0.01, ...source },
      { id: 'docklands-dc', type: 'data-centre', name: 'Docklands One', operator: 'Example DC', metro: 'london', lat: 51.51, lon: 0, ...source },
    ];
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(fixture, 'utf8')), facilities }));
    const run = (...args: string[]) => spawnSync(tsx, ['src/cli/sim.ts', '--data', file, ...args], { cwd: root, encoding: 'utf8' });
    const between = JSON.parse(run('--rtt', 'us-east-9', 'harbour-dc', '--json').stdout);
    const metros = JSON.parse(sim('--rtt', 'new-york', 'london', '--json').out);
    expect(between).toMatchObject({ from: 'new-york', to: 'london', rttMs: metros.rttMs, path: metros.path });
    expect(between.ends).toEqual([
      { id: 'example-us-east-9', metro: 'new-york', name: 'Example Cloud Virginia' },
      { id: 'harbour-dc', metro: 'london', name: 'Harbour Exchange' },
    ]);
    expect(run('--rtt', 'example-us-east-9', 'harbour-dc').stdout).toMatch(/^Example Cloud Virginia \[New York\] → Harbour Exchange \[London\]: RTT /m);
    const same = run('--rtt', 'harbour-dc', 'docklands-dc');
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/both ends are in "london"/);
  });

  it('--year 2018 --rtt uses the network of that year', () => {
    const r = JSON.parse(sim('--year', '2018', '--rtt', 'new-york', 'london', '--json').out);
    expect(r.cables).toEqual(['tat-14']);
  });

  it('--day YYYY-MM-DD uses the network as it stood that day: what entered service later that year is left out', () => {
    const data = JSON.parse(readFileSync(fixture, 'utf8'));
    data.cables.find((c: { id: string }) => c.id === 'grace-hopper').rfsDate = '2022-09-27';
    const file = join(mkdtempSync(join(tmpdir(), 'sim-day-')), 'data.json');
    writeFileSync(file, JSON.stringify(data));
    const run = (...args: string[]) => {
      const r = spawnSync(tsx, ['src/cli/sim.ts', '--data', file, ...args], { cwd: root, encoding: 'utf8' });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const before = JSON.parse(run('--day', '2022-05-01', '--rtt', 'new-york', 'london', '--json').out);
    expect(before).toMatchObject({ year: 2022, day: '2022-05-01' });
    expect(before.cables).not.toContain('grace-hopper');
    expect(JSON.parse(run('--day', '2022-10-01', '--rtt', 'new-york', 'london', '--json').out).cables).toContain('grace-hopper');
    expect(run('--day', '2022-05-01', '--cut', 'grace-hopper')).toMatchObject({ code: 2, err: expect.stringContaining('is not part of the network on 2022-05-01: its service date is 2022-09-27') });
    expect(run('--day', '2022-5-1', '--stats')).toMatchObject({ code: 2, err: expect.stringContaining('--day 2022-5-1: give a date written YYYY-MM-DD') });
    expect(run('--day', '2022-05-01', '--year', '2022', '--stats')).toMatchObject({ code: 2, err: expect.stringContaining('give --year or --day, not both') });
  });

  it('--cut NAME@LON,LAT and --cut-region with a negative longitude cut single segments', () => {
    const seg = JSON.parse(sim('--year', '2020', '--cut', 'farice-1@-10,63.5', '--json').out);
    expect(seg.isolated).toEqual(['IS']);
    const region = JSON.parse(sim('--cut-region', '-4,53.6,100', '--json').out);
    expect(region.cuts[0]).toMatch(/Rockabill/);
    expect(region.rerouted).toBeGreaterThan(0);
  });

  it('--stats --json and --critical N --json report sizes and a ranking', () => {
    const stats = JSON.parse(sim('--stats', '--json').out);
    expect(stats.nodes.total).toBe(25);
    expect(stats.edges.total).toBe(26);
    const critical = JSON.parse(sim('--critical', '2', '--json').out);
    expect(critical.cables).toHaveLength(2);
    expect(critical.cables[0].rank).toBe(1);
  });

  it('prints a readable summary by default', () => {
    const r = sim('--cut-link', 'london-paris');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Isolated countries: FR/);
  });

  it.each([
    [['--cut', 'farise'], /unknown cable "farise"; nearest: FARICE-1/],
    [['--cut', ''], /--cut needs a cable id or name/],
    [['--year', '1700', '--stats'], /--year 1700/],
    [['--year', 'soon', '--stats'], /--year soon/],
    [['--year', '2018', '--cut', 'iris'], /not part of the network in 2018/],
    [['--cut-metro', 'atlantis'], /unknown metro "atlantis"/],
    [['--rtt', 'london'], /--rtt needs two metros/],
    [['--rtt', 'london', 'london'], /two different metros/],
    [['--critical', 'x'], /--critical x/],
    [[], /nothing to simulate/],
    [['--bogus'], /Unknown option/],
  ])('bad input %j exits 2 with a clear message and prints nothing on stdout', (args, message) => {
    const r = sim(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('a dataset that fails validation exits 2 and names the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ meta: {}, carriers: [] }));
    const r = spawnSync(tsx, ['src/cli/sim.ts', '--data', file, '--stats'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/fails validation/);
    expect(r.stdout).toBe('');
  });
});
