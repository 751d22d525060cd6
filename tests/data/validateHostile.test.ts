// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/data/validate';
import type { Problem } from '../../src/data/validate';
import { MAX_DEPTH } from '../../src/data/structureGuard';
import { tinyDataset } from '../fixtures/loadFixture';

// Issue #16.5: whatever it is given (nested ten thousand deep, containing itself, NaN), the validator
// answers with problems that point at a place, and every other problem is still listed.

type Json = Record<string, unknown>;

/** A value nested `depth` levels deep, as arrays or as objects under `key`. */
function nested(depth: number, asArrays: boolean, key = 'a'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = asArrays ? [value] : { [key]: value };
  return value;
}

/** The tiny fixture with one independent, known problem elsewhere: the check must still find it. */
function withKnownProblem(): Json {
  const d = tinyDataset();
  d.metros[3]!.lat = 123;
  return d as unknown as Json;
}
const KNOWN = 'metros[3] "sao-paulo".lat: latitude must be between -90 and 90';

const lines = (problems: readonly Problem[]) => problems.map((p) => `${p.where}: ${p.message}`);
const startsWith = (path: readonly unknown[], prefix: readonly unknown[]) => prefix.every((part, i) => path[i] === part);

/** Where a hostile value may go: any field of any record, or a new field of the dataset. */
const place = fc.tuple(fc.constantFrom('carriers', 'metros', 'pops', 'ixps', 'landingPoints', 'cables', 'terrestrialLinks'), fc.nat(), fc.nat());
function put(d: Json, [collection, r, f]: [string, number, number], value: unknown): (string | number)[] {
  const records = d[collection] as Json[];
  if (collection === 'metros') r = r % 3; // keep metros[3], where the known problem is
  const index = r % records.length;
  const fields = Object.keys(records[index]!);
  const field = fields[f % fields.length]!;
  records[index]![field] = value;
  return [collection, index, field];
}

describe('validateDataset on hostile structures', () => {
  it('a value nested up to 100,000 deep anywhere is named at the deepest point reached, and the other problems are still listed (property)', () => {
    fc.assert(
      fc.property(place, fc.integer({ min: MAX_DEPTH + 1, max: 100_000 }), fc.boolean(), (at, depth, asArrays) => {
        const d = withKnownProblem();
        const inserted = put(d, at, nested(depth, asArrays));
        const result = validateDataset(d);
        expect(result.ok).toBe(false);
        const deep = result.problems.filter((p) => p.message.includes(`nested more than ${MAX_DEPTH} levels deep`));
        expect(deep).toHaveLength(1);
        expect(deep[0]!.path).toHaveLength(MAX_DEPTH + 1);
        expect(startsWith(deep[0]!.path, inserted)).toBe(true);
        expect(deep[0]!.where).toMatch(new RegExp(`^${inserted[0]}\\[${inserted[1]}\\]( "[^"]+")?\\.${inserted[2]}(\\.a|\\[0\\]){${MAX_DEPTH - 2}}`));
        expect(lines(result.problems)).toContain(KNOWN);
        expect(result.problems.some((p) => p.message.includes('unexpectedly'))).toBe(false);
      }),
      { numRuns: 40, seed: 16_5 },
    );
  });

  it('a value that contains itself is named where the cycle closes, with the place it refers back to (property)', () => {
    fc.assert(
      fc.property(place, fc.integer({ min: 0, max: 5 }), fc.boolean(), (at, length, asArrays) => {
        const d = withKnownProblem();
        const top: Json | unknown[] = asArrays ? [] : {};
        let tail: Json | unknown[] = top;
        for (let i = 0; i < length; i++) {
          const next: Json | unknown[] = asArrays ? [] : {};
          if (Array.isArray(tail)) tail.push(next);
          else tail.loop = next;
          tail = next;
        }
        if (Array.isArray(tail)) tail.push(top);
        else tail.loop = top;
        const inserted = put(d, at, top);
        const result = validateDataset(d);
        const cycles = result.problems.filter((p) => p.message.includes('(a cycle)'));
        expect(cycles).toHaveLength(1);
        expect(cycles[0]!.path).toHaveLength(inserted.length + length + 1);
        expect(startsWith(cycles[0]!.path, inserted)).toBe(true);
        expect(cycles[0]!.message).toContain(`refers back to ${inserted[0]}[${inserted[1]}].${inserted[2]},`);
        expect(lines(result.problems)).toContain(KNOWN);
      }),
      { numRuns: 40, seed: 16_5 },
    );
  });

  it('a record that contains the dataset, and a dataset that contains itself, are named, not a crash', () => {
    const d = withKnownProblem();
    (d.metros as unknown[])[0] = d;
    d.self = d;
    const result = validateDataset(d);
    expect(lines(result.problems)).toEqual(
      expect.arrayContaining(['metros[0]: refers back to (dataset), which contains it (a cycle); the check stopped here', 'self: refers back to (dataset), which contains it (a cycle); the check stopped here', KNOWN]),
    );
  });

  it('the caller’s value is left as it was: the guard cuts a copy', () => {
    const d = withKnownProblem();
    const deep = nested(1000, false);
    (d.cables as Json[])[0]!.name = deep;
    validateDataset(d);
    expect((d.cables as Json[])[0]!.name).toBe(deep);
  });

  it('NaN, Infinity and -Infinity are named as such wherever a number is expected (property)', () => {
    const numberFields: [string, string][] = [['metros', 'lat'], ['metros', 'lon'], ['carriers', 'asn'], ['cables', 'rfs'], ['ixps', 'lat'], ['landingPoints', 'lon']];
    fc.assert(
      fc.property(fc.constantFrom(...numberFields), fc.nat(2), fc.constantFrom(Number.NaN, Infinity, -Infinity), ([collection, field], r, value) => {
        const d = withKnownProblem();
        const records = d[collection] as Json[];
        const index = collection === 'metros' ? r : r % records.length;
        records[index]![field] = value;
        const result = validateDataset(d);
        const here = result.problems.filter((p) => p.path.join('/') === `${collection}/${index}/${field}`);
        expect(here.map((p) => p.message)).toEqual([`must be a finite number, got ${value}`]);
        expect(lines(result.problems)).toContain(KNOWN);
      }),
      { numRuns: 40, seed: 16_5 },
    );
  });

  it('a hostile id is quoted with its control characters escaped, and shortened, in the path', () => {
    const d = withKnownProblem();
    (d.metros as Json[])[3]!.id = `sao-paulo\u001b[2J${'x'.repeat(100_000)}`;
    const result = validateDataset(d);
    const where = result.problems.find((p) => p.path.join('/') === 'metros/3/lat')!.where;
    expect(where).toContain('\\u001b[2J');
    expect(where).not.toContain('\u001b');
    expect(where.length).toBeLessThan(120);
  });
});
