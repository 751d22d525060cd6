import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/data/collections';
import { DEFERRED_FIELDS, FIRST_MAP_FIELD } from '../../src/data/detailFields';
import { checkDetails, fetchDetails, joinDetails, readFirstMapMark, splitDataset } from '../../src/data/details';
import { parseFetched } from '../../src/data/load';
import { validateDataset } from '../../src/data/validate';
import { shippedDataset, tinyDataset } from '../fixtures/loadFixture';

type Json = Record<string, unknown>;
type Records = { id: string; [field: string]: unknown }[];
const full = shippedDataset() as Json;
const { firstMap, details } = splitDataset(full, 'backbone-details.abc.json');
const withoutMark = (map: Json) => Object.fromEntries(Object.entries(map).filter(([k]) => k !== FIRST_MAP_FIELD));

describe('splitDataset(data/backbone.json)', () => {
  it('puts every field of every record in exactly one of the two files, the deferred ones in the details', () => {
    let records = 0;
    for (const collection of COLLECTIONS) {
      const mapRecords = firstMap[collection] as Records;
      (full[collection] as Records).forEach((record, i) => {
        const kept = Object.keys(mapRecords[i]!);
        const deferred = Object.keys(details[collection]?.[record.id] ?? {});
        expect(kept.filter((f) => deferred.includes(f)), `${collection} ${record.id}`).toEqual([]);
        expect([...kept, ...deferred].sort(), `${collection} ${record.id}`).toEqual(Object.keys(record).sort());
        expect(deferred.every((f) => (DEFERRED_FIELDS[collection] as readonly string[]).includes(f))).toBe(true);
        records++;
      });
    }
    expect(records).toBeGreaterThan(2000);
    // What is not a collection (meta, $schema) stays in the first map, whole.
    expect(firstMap.meta).toEqual(full.meta);
    expect(firstMap[FIRST_MAP_FIELD]).toEqual({ details: 'backbone-details.abc.json' });
  });

  it('joinDetails gives back the full dataset, record for record', () => {
    expect(joinDetails(firstMap, details)).toEqual(full);
  });

  it('leaves no source or note in the first map except a routing event’s (the engine builds the trust view from it), an exchange’s member carriers’ and a landing point’s stations’ (the rule covers records, not the lists inside them)', () => {
    const ixps = (firstMap.ixps as Records).map(({ memberCarriers: _, ...ixp }) => ixp);
    const landingPoints = (firstMap.landingPoints as Records).map(({ stations: _, ...lp }) => lp);
    const text = JSON.stringify(withoutMark({ ...firstMap, ixps, landingPoints, routingEvents: [], meta: {} }));
    expect(text).not.toMatch(/"(sources|notes)":/);
    expect(JSON.stringify(firstMap.incidents)).not.toContain('"reported":');
    expect((firstMap.routingEvents as Records)[0]).toHaveProperty('sources');
  });

  it('names only fields that the schema has for the collection (data/backbone.schema.json)', () => {
    type Items = { properties?: Json; anyOf?: { properties: Json }[] };
    const schema = JSON.parse(readFileSync('data/backbone.schema.json', 'utf8')) as { properties: Record<string, { items: Items }> };
    for (const collection of COLLECTIONS) {
      const { items } = schema.properties[collection]!;
      const shapes = items.properties ? [items.properties] : items.anyOf!.map((form) => form.properties);
      for (const field of DEFERRED_FIELDS[collection]) for (const shape of shapes) expect(shape, `${collection}.${field}`).toHaveProperty(field);
    }
  });
});

describe('validateDataset in the first-map form', () => {
  const map = withoutMark(firstMap);

  it('accepts the first map without its deferred fields, which the full form requires', () => {
    expect(validateDataset(map, 'first-map').ok).toBe(true);
    const asFull = validateDataset(map);
    expect(asFull.ok).toBe(false);
    if (!asFull.ok) expect(asFull.problems[0]?.message).toBe('is missing (expected array)');
  });

  it('still refuses everything else: a missing map field, an unknown field, a bad value', () => {
    const tiny = splitDataset(tinyDataset() as unknown as Json, 'd.json').firstMap;
    const broken = structuredClone(withoutMark(tiny)) as { cables: Json[]; metros: Json[]; ixps: Json[] };
    delete broken.cables[0]!.rfs;
    broken.metros[0]!.colour = 'red';
    broken.ixps[0]!.sources = [];
    const result = validateDataset(broken, 'first-map');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
        `metros[0] "${broken.metros[0]!.id}": has unknown field(s): colour`,
        `ixps[0] "${broken.ixps[0]!.id}".sources: every record needs at least one public source`,
        `cables[0] "${broken.cables[0]!.id}".rfs: is missing (expected number)`,
      ]);
  });
});

describe('parseFetched', () => {
  it('reads a marked file as a first map and answers where its details are, beside it', () => {
    const result = parseFetched(firstMap, 'https://example.org/data/backbone-map.json');
    expect(result.ok && result.detailsUrl).toBe('https://example.org/data/backbone-details.abc.json');
  });

  it('reads an unmarked file as a full dataset, validated in full, with no details to fetch', () => {
    const result = parseFetched(full, 'https://example.org/data/backbone.json');
    expect(result.ok && 'detailsUrl' in result).toBe(false);
    expect(parseFetched(withoutMark(firstMap), 'https://example.org/x.json').ok).toBe(false);
  });

  it('refuses a mark that sends the explorer anywhere but a .json file beside the dataset', () => {
    for (const details of ['https://elsewhere.example/d.json', '../d.json', 'd.js', '.json', 42]) {
      expect(readFirstMapMark({ [FIRST_MAP_FIELD]: { details } }), String(details)).toEqual({ problem: expect.stringContaining('firstMap.details must name the details file') });
      const result = parseFetched({ ...firstMap, [FIRST_MAP_FIELD]: { details } }, 'https://example.org/m.json');
      expect(result.ok).toBe(false);
    }
  });
});

describe('checkDetails', () => {
  const owners = joinDetails(firstMap, {}) as never;

  it('accepts the details that belong to the first map', () => {
    expect(checkDetails(JSON.parse(JSON.stringify(details)), owners)).toEqual({ ok: true, details });
  });

  it.each([
    ['not an object', [], 'the details file is not a JSON object'],
    ['an unknown collection', { ...details, cats: {} }, 'the details file has an unknown collection "cats"'],
    ['an id the first map does not hold', { ...details, cables: { ...details.cables, atlantis: { sources: ['https://x.example'] } } }, 'the details file has details for cables "atlantis", which the dataset does not hold (are the two files from one build?)'],
    ['a field that is not deferred', { ...details, cables: { ...details.cables, marea: { sources: ['https://x.example'], rfs: 2018 } } }, 'the details of cables "marea" have an unknown field "rfs"'],
    ['an empty list of sources', { ...details, cables: { ...details.cables, marea: { sources: [] } } }, 'the details of cables "marea": sources must be a list of at least one source'],
    ['notes that are not text', { ...details, cables: { ...details.cables, marea: { sources: ['https://x.example'], notes: 3 } } }, 'the details of cables "marea": notes must be text'],
    ['a record without its sources', { ...details, cables: Object.fromEntries(Object.entries(details.cables!).filter(([id]) => id !== 'marea')) }, 'the details file has no sources for cables "marea"'],
  ])('refuses %s, saying so', (_what, json, problem) => {
    expect(checkDetails(json, owners)).toEqual({ ok: false, problem });
  });
});

describe('fetchDetails', () => {
  const owners = { cables: [] };
  it('says an HTTP error, a network error and a file that is not JSON in words', async () => {
    const answer = (response: Response | Error) => (() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response))) as unknown as typeof fetch;
    expect(await fetchDetails('https://x.example/d.json', owners, answer(new Response('', { status: 404 })))).toEqual({ ok: false, problem: 'could not fetch the details from https://x.example/d.json: HTTP 404' });
    expect(await fetchDetails('https://x.example/d.json', owners, answer(new TypeError('Failed to fetch')))).toEqual({ ok: false, problem: 'could not fetch the details from https://x.example/d.json: Failed to fetch' });
    expect(await fetchDetails('https://x.example/d.json', owners, answer(new Response('{"cables":')))).toEqual({ ok: false, problem: expect.stringMatching(/^the details at https:\/\/x\.example\/d\.json are not valid JSON: /) });
    expect(await fetchDetails('https://x.example/d.json', owners, answer(new Response('{"cables":{}}')))).toEqual({ ok: true, details: { cables: {} } });
  });
});
