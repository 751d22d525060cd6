import { COLLECTIONS } from './collections';
import type { CollectionName } from './collections';
import { DEFERRED_FIELDS, FIRST_MAP_FIELD, REQUIRED_DETAILS } from './detailFields';
import type { DatasetDetails, DeferredField, FirstMapMark, RecordDetails } from './detailFields';

// The first map and its details: splitting a full dataset in two (at build time), reading the mark that says a
// file is a first map, and fetching, checking and joining the details once they are needed. No zod here: the
// embed script carries this, and the details file's few field kinds are checked by hand.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const deferred = (collection: CollectionName): readonly DeferredField[] => DEFERRED_FIELDS[collection];

/** A record's deferred fields, as they are in the record (a full dataset holds them). */
export function detailsOf(collection: CollectionName, record: object): RecordDetails {
  const picked: Json = {};
  for (const field of deferred(collection)) if (field in record) picked[field] = (record as Json)[field];
  return picked as RecordDetails;
}

/**
 * A full dataset as a first-map file (every record without its deferred fields, marked with the details file's
 * name) and a details file (the deferred fields, by collection and id). Key order is kept; records without any
 * deferred field have no details entry. Throws on a record without an id: the build runs on a validated file.
 */
export function splitDataset(full: Json, detailsName: string): { firstMap: Json; details: DatasetDetails } {
  const firstMap: Json = { [FIRST_MAP_FIELD]: { details: detailsName } satisfies FirstMapMark };
  const details: DatasetDetails = {};
  for (const [key, value] of Object.entries(full)) {
    const collection = COLLECTIONS.find((c) => c === key);
    if (!collection || !Array.isArray(value)) {
      firstMap[key] = value;
      continue;
    }
    const fields = deferred(collection);
    const byId: Record<string, RecordDetails> = {};
    firstMap[key] = value.map((record: unknown) => {
      if (!isObject(record) || typeof record.id !== 'string') throw new Error(`splitDataset: a record of ${collection} has no id`);
      const kept: Json = {};
      for (const [field, v] of Object.entries(record)) if (!fields.includes(field as DeferredField)) kept[field] = v;
      const own = detailsOf(collection, record);
      if (Object.keys(own).length) byId[record.id] = own;
      return kept;
    });
    if (Object.keys(byId).length) details[collection] = byId;
  }
  return { firstMap, details };
}

/** The full dataset again: the first map's records with their details put back (the mark removed). */
export function joinDetails(firstMap: Json, details: DatasetDetails): Json {
  const full: Json = {};
  for (const [key, value] of Object.entries(firstMap)) {
    if (key === FIRST_MAP_FIELD) continue;
    const collection = COLLECTIONS.find((c) => c === key);
    const byId = collection ? details[collection] : undefined;
    full[key] = byId && Array.isArray(value) ? value.map((r: Json) => ({ ...r, ...byId[r.id as string] })) : value;
  }
  return full;
}

/**
 * Whether parsed JSON is a first-map file: its mark, or a problem with it, or null for a full dataset. The details
 * file must be named as a `.json` file beside the first map: a data file never sends the explorer elsewhere.
 */
export function readFirstMapMark(json: unknown): { mark: FirstMapMark } | { problem: string } | null {
  if (!isObject(json) || !(FIRST_MAP_FIELD in json)) return null;
  const mark = json[FIRST_MAP_FIELD];
  if (!isObject(mark) || typeof mark.details !== 'string' || !/^[\w.-]+\.json$/.test(mark.details) || mark.details.startsWith('.'))
    return { problem: `${FIRST_MAP_FIELD}.details must name the details file, a .json file beside the dataset (such as "backbone-details.json")` };
  return { mark: { details: mark.details } };
}

/** The records a details file belongs to: ids by collection, as the first map holds them. */
export type DetailsOwners = { readonly [C in CollectionName]?: readonly { id: string }[] };

/**
 * Checks a parsed details file against the first map it belongs to: only known collections, ids and deferred
 * fields, each of its kind, and every field a full record needs. Answers the first problem found, in words.
 */
export function checkDetails(json: unknown, owners: DetailsOwners): { ok: true; details: DatasetDetails } | { ok: false; problem: string } {
  if (!isObject(json)) return { ok: false, problem: 'the details file is not a JSON object' };
  for (const [collection, byId] of Object.entries(json)) {
    const known = COLLECTIONS.find((c) => c === collection);
    if (!known) return { ok: false, problem: `the details file has an unknown collection "${collection}"` };
    if (!isObject(byId)) return { ok: false, problem: `the details of ${collection} are not an object keyed by id` };
    const ids = new Set((owners[known] ?? []).map((r) => r.id));
    for (const [id, fields] of Object.entries(byId)) {
      const where = `${collection} "${id}"`;
      if (!ids.has(id)) return { ok: false, problem: `the details file has details for ${where}, which the dataset does not hold (are the two files from one build?)` };
      if (!isObject(fields)) return { ok: false, problem: `the details of ${where} are not an object` };
      for (const [field, value] of Object.entries(fields)) {
        if (!deferred(known).includes(field as DeferredField)) return { ok: false, problem: `the details of ${where} have an unknown field "${field}"` };
        const wrong = checkField(field as DeferredField, value);
        if (wrong) return { ok: false, problem: `the details of ${where}: ${field} ${wrong}` };
      }
    }
  }
  for (const collection of COLLECTIONS) {
    const required = deferred(collection).filter((f) => REQUIRED_DETAILS.includes(f));
    const byId = (json[collection] ?? {}) as Record<string, Json>;
    for (const record of owners[collection] ?? []) {
      const missing = required.find((f) => byId[record.id]?.[f] === undefined);
      if (missing) return { ok: false, problem: `the details file has no ${missing} for ${collection} "${record.id}"` };
    }
  }
  return { ok: true, details: json as DatasetDetails };
}

function checkField(field: DeferredField, value: unknown): string | null {
  if (field === 'sources') {
    if (!Array.isArray(value) || value.length === 0) return 'must be a list of at least one source';
    return value.every((s) => typeof s === 'string' && s.length >= 3) ? null : 'must list public references as text';
  }
  if (typeof value !== 'string') return 'must be text';
  return field === 'reported' && value.length === 0 ? 'must not be empty' : null;
}

export type DetailsResult = { ok: true; details: DatasetDetails } | { ok: false; problem: string };

/** Fetches and checks the details file at `url` for the first map whose records are `owners`; every failure comes back in words. */
export async function fetchDetails(url: string, owners: DetailsOwners, fetchImpl: typeof fetch = fetch): Promise<DetailsResult> {
  let text: string;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, problem: `could not fetch the details from ${url}: HTTP ${response.status}` };
    text = await response.text();
  } catch (error) {
    return { ok: false, problem: `could not fetch the details from ${url}: ${(error as Error).message}` };
  }
  try {
    return checkDetails(JSON.parse(text), owners);
  } catch (error) {
    return { ok: false, problem: `the details at ${url} are not valid JSON: ${(error as Error).message}` };
  }
}

const fetched = new Map<string, Promise<DetailsResult>>();

/** The details at `url`, fetched once however many explorers on the page ask; a failure is forgotten, so that asking again retries. */
export function fetchDetailsOnce(url: string, owners: DetailsOwners, fetchImpl: typeof fetch = fetch): Promise<DetailsResult> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetchDetails(url, owners, fetchImpl);
    fetched.set(url, pending);
    void pending.then((result) => {
      if (!result.ok) fetched.delete(url);
    });
  }
  return pending;
}
