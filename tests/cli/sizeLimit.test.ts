// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES, MAX_DATASET_RECORDS } from '../../src/data/limits';
import { tinyDataset } from '../fixtures/loadFixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (script: string, ...args: string[]) => {
  const r = spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'bbx-limit-'));

/** A dataset one record past the limit: valid records, generated here, so that nothing large is kept in the repository. */
function tooManyRecordsFile(): string {
  const d = tinyDataset();
  const pop = d.pops[0]!;
  const have = Object.values(d).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  d.pops = [...d.pops, ...Array.from({ length: MAX_DATASET_RECORDS - have + 1 }, (_, i) => ({ ...pop, id: `generated-${i}` }))];
  const file = join(dir, 'many.json');
  writeFileSync(file, JSON.stringify(d));
  return file;
}

/** A file one byte past the limit, made sparse (no bytes written): the command lines refuse it by its size before reading it. */
function tooManyBytesFile(): string {
  const file = join(dir, 'big.json');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, MAX_DATASET_BYTES + 1);
  closeSync(fd);
  return file;
}

describe('a dataset past the documented size limit', { timeout: 60_000 }, () => {
  const many = tooManyRecordsFile();
  const big = tooManyBytesFile();
  const oneClearLine = (err: string, what: RegExp) => {
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(what);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  };

  it('validate-data refuses too many records with one line and exit code 2', () => {
    const r = run('src/cli/validateData.ts', many, '--records-only');
    expect(r.code).toBe(2);
    oneClearLine(r.err, /the dataset is too large: 50,001 records, more than the 50,000 the explorer takes/);
  });

  it('sim refuses too many records with one line and exit code 2', () => {
    const r = run('src/cli/sim.ts', '--data', many, '--stats');
    expect(r.code).toBe(2);
    oneClearLine(r.err, /the dataset is too large: 50,001 records/);
  });

  it('both refuse a file of too many bytes before reading it', () => {
    for (const r of [run('src/cli/validateData.ts', big), run('src/cli/sim.ts', '--data', big, '--stats')]) {
      expect(r.code).toBe(2);
      oneClearLine(r.err, /the dataset is too large: 40\.0 MB, more than the 40\.0 MB the explorer takes/);
    }
  });
});
