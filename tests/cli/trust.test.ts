// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

function sim(...args: string[]) {
  const r = spawnSync(tsx, ['src/cli/sim.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Report {
  captured: { countries: string[]; networks: { id: string; asn: number | null }[] };
  captureShare: number;
  rpki: string;
  paths: { network: string; before: string[]; beforeEnd: string; after: string[]; afterEnd: string }[];
}

describe('npm run sim -- --hijack / --leak', { timeout: 120_000 }, () => {
  it('--hijack 208.65.153.0/24 --by ptcl --json: the /24 inside YouTube\'s /22 takes nearly every country, each path now ending at AS17557', () => {
    const r = sim('--hijack', '208.65.153.0/24', '--by', 'ptcl', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Report & { prefix: string; announced: string };
    expect(json.prefix).toBe('208.65.152.0/22');
    expect(json.announced).toBe('208.65.153.0/24');
    expect(json.captureShare).toBeGreaterThan(0.95);
    expect(json.captured.countries).toContain('US');
    expect(json.captured.networks.map((n) => n.id)).toContain('pccw');
    for (const p of json.paths) {
      expect([p.afterEnd, p.after[p.after.length - 1]]).toEqual(['delivered', 'AS17557']);
      // Before, traffic reached YouTube (or, for a network with no route to it at all, went nowhere).
      if (p.beforeEnd === 'delivered') expect(p.before[p.before.length - 1]).toBe('AS36561');
    }
    expect(json.paths.filter((p) => p.beforeEnd === 'delivered').length).toBeGreaterThan(300);
  });

  it('--hijack twitter --by rtcomm: the ROA makes it invalid, and ROV at the Tier 1s shrinks what it takes', () => {
    const none = JSON.parse(sim('--hijack', 'twitter', '--by', 'AS8342', '--json').out) as Report;
    const tier1 = JSON.parse(sim('--hijack', 'twitter', '--by', 'AS8342', '--rov', 'tier1', '--json').out) as Report;
    const all = JSON.parse(sim('--hijack', 'twitter', '--by', 'AS8342', '--rov', 'all', '--json').out) as Report;
    expect(none.rpki).toBe('invalid');
    expect(tier1.captureShare).toBeLessThan(none.captureShare);
    expect(tier1.captured.networks.map((n) => n.id)).toContain('mts');
    expect(all.captured.networks).toEqual([]);
    expect(all.captureShare).toBe(0);
  });

  it('--leak --prefix 104.20.0.0/21 --by allegheny-technologies --from dqe --to verizon: every diverted path climbs from Verizon through the leaker to DQE', () => {
    const r = sim('--leak', '--prefix', '104.20.0.0/21', '--by', 'allegheny-technologies', '--from', 'dqe', '--to', 'verizon', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Report;
    expect(json.rpki).toBe('invalid'); // longer than the ROA's /20
    expect(json.captured.countries.length).toBeGreaterThan(100);
    for (const p of json.paths) expect(p.after.join(' ')).toContain('AS701 AS396531 AS33154');
    // Verizon drops the invalid more-specific when the Tier 1s validate: nothing leaks past it.
    const guarded = JSON.parse(sim('--leak', '--prefix', '104.20.0.0/21', '--by', 'allegheny-technologies', '--from', 'dqe', '--to', 'verizon', '--rov', 'tier1', '--json').out) as Report;
    expect(guarded.captured.networks.map((n) => n.id)).not.toContain('verizon');
  });

  it('prints a readable summary without --json', () => {
    const r = sim('--hijack', '208.65.153.0/24', '--by', 'ptcl');
    expect(r.code).toBe(0);
    expect(r.out).toContain('PTCL (AS17557) announces 208.65.153.0/24 inside 208.65.152.0/22 (origin YouTube (AS36561))');
    expect(r.out).toMatch(/captured: \d+ countries \(\d+\.\d % of demand weight\)/);
  });

  it.each([
    [['--hijack', '1.2.3.0/24', '--by', 'ptcl'], 'no recorded block covers 1.2.3.0/24'],
    [['--hijack', '208.65.153.7/24', '--by', 'ptcl'], 'has host bits set'],
    [['--hijack', 'youtube', '--by', 'nobody-at-all'], '--by "nobody-at-all": no such network'],
    [['--hijack', 'youtube'], '--hijack needs --by CARRIER'],
    [['--hijack', 'youtube', '--leak', '--by', 'ptcl'], 'give --hijack or --leak, not both'],
    [['--hijack', 'youtube', '--by', 'ptcl', '--from', 'pccw'], '--from, --to and --prefix go with --leak'],
    [['--leak', '--by', 'ptcl', '--from', 'pccw'], '--leak needs --from'],
    [['--leak', '--by', 'ptcl', '--from', 'access-pk', '--to', 'pccw'], 'access-pk is a customer of ptcl'],
    [['--hijack', 'youtube', '--by', 'youtube'], 'is the block\'s own origin'],
    [['--hijack', 'twitter', '--by', 'rtcomm', '--rov', 'most'], '--rov most: give none, tier1, all, or a share'],
  ])('bad input %j exits 2 with one clear message and prints nothing on stdout', (args, message) => {
    const r = sim(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
  });
});
