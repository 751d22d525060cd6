import { COLLECTIONS } from './collections';

/**
 * The largest dataset the explorer and the command lines take. Beyond it they refuse with one message
 * instead of hanging: the map draws every cable, and a year's baseline routes every flow, so a dataset
 * far past these sizes would block a browser for minutes. The shipped dataset is about 1.9 MB and
 * 2,900 records; the synthetic 10× dataset of bench/ about 4 MB and 27,000 records.
 */
export const MAX_DATASET_BYTES = 40_000_000;
/** Records in all the collections together (cables, metros, PoPs, …). */
export const MAX_DATASET_RECORDS = 50_000;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Why a dataset of `bytes` bytes is refused, or null when it is within MAX_DATASET_BYTES. */
export function tooManyBytes(bytes: number): string | null {
  return bytes > MAX_DATASET_BYTES
    ? `the dataset is too large: ${megabytes(bytes)}, more than the ${megabytes(MAX_DATASET_BYTES)} the explorer takes (see data/README.md, "Size limit")`
    : null;
}

/** How many records parsed JSON holds in the dataset's collections (0 where a collection is missing or not a list). */
function recordCount(json: unknown): number {
  if (typeof json !== 'object' || json === null) return 0;
  let count = 0;
  for (const collection of COLLECTIONS) {
    const list = (json as Record<string, unknown>)[collection];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

/** Why parsed JSON is refused for the number of its records, or null when it is within MAX_DATASET_RECORDS. Counted before validation, which would take minutes on millions. */
export function tooManyRecords(json: unknown): string | null {
  const count = recordCount(json);
  return count > MAX_DATASET_RECORDS
    ? `the dataset is too large: ${count.toLocaleString('en')} records, more than the ${MAX_DATASET_RECORDS.toLocaleString('en')} the explorer takes (see data/README.md, "Size limit")`
    : null;
}
