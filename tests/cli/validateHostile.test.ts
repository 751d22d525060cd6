// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DEPTH } from '../../src/data/structureGuard';
import { tinyDataset } from '../fixtures/loadFixture';

// Issue #16.5 on the command line: generated hostile files (nested 200,000 deep, 1e999, a byte-order mark,
// mutated records) get one line per problem with its path and exit 1, never a stack trace.

function runValidate(text: string): { code: number; stdout: string; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'bbx-hostile-')), 'data.json');
  writeFileSync(file, text);
  try {
    const stdout = execFileSync('npx', ['tsx', 'src/cli/validateData.ts', file, '--records-only'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr.replaceAll(file, 'FILE') };
  }
}

const DEEP = 200_000;
const noCrash = (stderr: string) => {
  expect(stderr).not.toMatch(/unexpectedly|RangeError|Maximum call stack|\n\s+at /);
};

describe('npm run validate-data on hostile files', () => {
  it('a BOM-prefixed file with a value nested 200,000 deep, a 1e999 and a longitude out of range: a line for each, with its path', () => {
    const d = tinyDataset();
    const json = JSON.stringify(d)
      .replace('"name":"London"', `"name":${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`)
      .replace(/"lat":-23\.5\d*/, '"lat":1e999')
      .replace(/"lon":-74\.0\d*/, '"lon":-740');
    const { code, stderr } = runValidate(`\uFEFF${json}`);
    expect(code).toBe(1);
    noCrash(stderr);
    const lines = stderr.trim().split('\n');
    expect(lines).toContain(`FILE: metros[0] "london".name${'[0]'.repeat(MAX_DEPTH - 2)}: is nested more than ${MAX_DEPTH} levels deep; the check stopped here`);
    expect(lines).toContain('FILE: metros[0] "london".name: must be string, not an array');
    expect(lines).toContain('FILE: metros[3] "sao-paulo".lat: must be a finite number, got Infinity');
    expect(lines).toContain('FILE: metros[1] "new-york".lon: longitude must be between -180 and 180');
    expect(lines.at(-1)).toBe('4 problems in FILE');
  }, 30_000);

  it('a file that is nothing but an object nested 200,000 deep: its path, and what a dataset lacks', () => {
    const { code, stderr } = runValidate(`${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`);
    expect(code).toBe(1);
    noCrash(stderr);
    expect(stderr).toContain(`FILE: ${Array(MAX_DEPTH + 1).fill('a').join('.')}: is nested more than ${MAX_DEPTH} levels deep`);
    expect(stderr).toContain('FILE: meta: is missing (expected object)');
  }, 30_000);

  it('generated mutations of the records (wrong types, huge strings, control characters, deep values): every problem is a line with a path, exit 1', () => {
    const hostile = fc.oneof(
      fc.constant(null),
      fc.constant(1e308 * 10),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constant('\u001b[2J\u001b[H fake output'),
      fc.constant('x'.repeat(100_000)),
      fc.integer().map((n) => JSON.parse(`${'['.repeat(1000)}${n}${']'.repeat(1000)}`) as unknown),
    );
    const mutations = fc.sample(fc.tuple(fc.constantFrom('metros', 'cables', 'carriers', 'ixps'), fc.nat(), fc.nat(), hostile), { numRuns: 12, seed: 165 });
    const d = tinyDataset() as unknown as Record<string, Record<string, unknown>[]>;
    for (const [collection, r, f, value] of mutations) {
      const record = d[collection]![r % d[collection]!.length]!;
      const fields = Object.keys(record).filter((k) => k !== 'id');
      record[fields[f % fields.length]!] = value;
    }
    const { code, stderr } = runValidate(JSON.stringify(d));
    expect(code).toBe(1);
    noCrash(stderr);
    const lines = stderr.trim().split('\n');
    const [count] = /^(\d+) problems? in FILE$/.exec(lines.at(-1)!)!.slice(1);
    expect(lines.length - 1).toBe(Number(count));
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^FILE: (metros|cables|carriers|ixps)\[\d+\] "[^"]+"(\.[\w]+|\[\d+\])*: \S/);
    expect(stderr).not.toContain('\u001b');
  }, 30_000);
});
