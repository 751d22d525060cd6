import { COLLECTIONS } from '../data/collections';
import type { CollectionName, Dataset } from '../data/schema';
import type { DatasetPart } from './protocol';

/**
 * About how much JSON text one part holds: parsed on the page's thread in a few milliseconds,
 * so that receiving even the largest dataset the explorer takes never blocks the page for long.
 */
const PART_CHARS = 200_000;

/** A dataset as parts of at most about PART_CHARS characters (a larger record travels alone), and its other fields. */
export function datasetParts(dataset: Dataset, partChars = PART_CHARS): { parts: DatasetPart[]; rest: Omit<Dataset, CollectionName> } {
  const parts: DatasetPart[] = [];
  for (const collection of COLLECTIONS) {
    let texts: string[] = [];
    // '[' and, after each record, ',' or ']'
    let size = 1;
    const flush = () => {
      if (texts.length) parts.push({ collection, json: `[${texts.join(',')}]` });
      texts = [];
      size = 1;
    };
    for (const record of dataset[collection] as readonly unknown[]) {
      const text = JSON.stringify(record);
      if (texts.length && size + text.length + 1 > partChars) flush();
      texts.push(text);
      size += text.length + 1;
    }
    flush();
  }
  const rest = { ...dataset } as Partial<Dataset>;
  for (const collection of COLLECTIONS) delete rest[collection];
  return { parts, rest: rest as Omit<Dataset, CollectionName> };
}

/** Collects parts as they arrive (in order) into the dataset they came from. */
export function datasetAssembler(): { add(part: DatasetPart): void; finish(rest: Omit<Dataset, CollectionName>): Dataset } {
  const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as unknown[]])) as Record<CollectionName, unknown[]>;
  return {
    add: (part) => {
      const list = collections[part.collection];
      // A loop, not push(...records): a spread over a whole part could overflow the call stack.
      for (const record of JSON.parse(part.json) as unknown[]) list.push(record);
    },
    finish: (rest) => ({ ...rest, ...collections }) as unknown as Dataset,
  };
}
