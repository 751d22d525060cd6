import { readFirstMapMark } from './details';
import { FIRST_MAP_FIELD } from './detailFields';
import { tooManyBytes, tooManyRecords } from './limits';
import { normalizeDataset } from './normalize';
import type { Backbone } from './normalize';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import type { DatasetForm, Problem } from './validate';

/**
 * A loaded dataset, or why not. `detailsUrl` is there when the dataset came as a first map: its records' deferred
 * fields (sources, notes…) are in the details file at that address, fetched when first needed.
 */
export type LoadResult = { ok: true; backbone: Backbone; detailsUrl?: string } | { ok: false; problems: Problem[] };

/** Validates parsed JSON and, only when it is wholly valid, builds the look-ups. Never half-loads. */
export function parseBackbone(json: unknown, form: DatasetForm = 'full'): LoadResult {
  const result = validateDataset(json, form);
  return result.ok ? { ok: true, backbone: normalizeDataset(result.dataset) } : { ok: false, problems: result.problems };
}

/**
 * Parses what was fetched from `url`: a full dataset, or a first-map file (marked by FIRST_MAP_FIELD), which is
 * validated without its deferred fields and answers with the address of its details file. A first map `validated`
 * already (the build's own file, recognised by its digest: fetchBackbone) is only indexed.
 */
export function parseFetched(json: unknown, url: string, validated = false): LoadResult {
  const read = readFirstMapMark(json);
  if (read === null) return parseBackbone(json);
  if ('problem' in read) return { ok: false, problems: [{ path: [FIRST_MAP_FIELD], where: FIRST_MAP_FIELD, message: read.problem }] };
  const { [FIRST_MAP_FIELD]: _mark, ...dataset } = json as Record<string, unknown>;
  const result = validated ? { ok: true as const, backbone: normalizeDataset(dataset as unknown as Dataset) } : parseBackbone(dataset, 'first-map');
  return result.ok ? { ...result, detailsUrl: beside(url, read.mark.details) } : result;
}

/** The SHA-256 of `bytes` in hex, or null where the browser offers no digest (Web Crypto needs a secure context). */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The address of the file `name` in the same folder as `url` (absolute where the page's or worker's address is known). */
function beside(url: string, name: string): string {
  try {
    return new URL(name, new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href)).href;
  } catch {
    return url.replace(/[^/]*$/, '') + name;
  }
}

/**
 * Fetches a dataset over HTTP and parses it; network and JSON errors come back as problems too, and so does
 * a dataset past the size limit (limits.ts): refused by its Content-Length before it is downloaded, by its
 * bytes before it is parsed, by its records before it is validated.
 */
export async function fetchBackbone(url: string, fetchImpl: typeof fetch = fetch, buildDigest?: string): Promise<LoadResult> {
  let json: unknown;
  let validated: boolean;
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return failure(`could not fetch the dataset from ${url}: HTTP ${response.status}`);
    const announced = tooManyBytes(Number(response.headers.get('content-length') ?? 0));
    if (announced) return failure(announced);
    const bytes = await response.arrayBuffer();
    const tooLarge = tooManyBytes(bytes.byteLength);
    if (tooLarge) return failure(tooLarge);
    // The build validated its first map and wrote down the file's digest (scripts/datasetFiles.ts): the very same bytes
    // need no second validation, which is most of the time before the first map. Any other bytes are validated.
    validated = buildDigest !== undefined && (await sha256Hex(bytes)) === buildDigest;
    try {
      // TextDecoder drops a byte-order mark, as response.text() does.
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      return failure(`the dataset at ${url} is not valid JSON: ${(error as Error).message}`);
    }
  } catch (error) {
    return failure(`could not fetch the dataset from ${url}: ${(error as Error).message}`);
  }
  const tooMany = tooManyRecords(json);
  return tooMany ? failure(tooMany) : parseFetched(json, url, validated);
}

function failure(message: string): LoadResult {
  return { ok: false, problems: [{ path: [], where: '(dataset)', message }] };
}

const loaded = new Map<string, Promise<LoadResult>>();

/**
 * Fetches and validates a dataset once per URL, however many explorers on the
 * page ask for it: three embeds in an article share one download and one
 * validation. A failed fetch is forgotten, so that a later attempt can retry.
 */
export function fetchBackboneOnce(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let pending = loaded.get(url);
  if (!pending) {
    pending = fetchBackbone(url, fetchImpl);
    loaded.set(url, pending);
    pending.then((result) => {
      if (!result.ok && result.problems.some((p) => p.message.startsWith('could not fetch'))) loaded.delete(url);
    });
  }
  return pending;
}
