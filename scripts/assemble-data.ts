// Merges the dataset's regional part files (data/parts/*.json) into data/backbone.json.
// Records with the same id in several parts (a city or landing station that two
// regions share) are merged: the first wins and the sources of all are kept.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { COLLECTIONS } from '../src/data/schema';

type AnyRecord = { id: string; sources?: string[] } & Record<string, unknown>;

const PARTS_DIR = 'data/parts';
const ORDER = ['metros.json', 'network.json', 'cables-atlantic.json', 'cables-eurasia-africa.json', 'cables-pacific.json', 'terrestrial.json'];
const files = readdirSync(PARTS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

const merged = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, AnyRecord>()])) as Record<string, Map<string, AnyRecord>>;
for (const file of files) {
  const part = JSON.parse(readFileSync(`${PARTS_DIR}/${file}`, 'utf8')) as Record<string, AnyRecord[]>;
  for (const collection of COLLECTIONS) {
    for (const record of part[collection] ?? []) {
      const existing = merged[collection]!.get(record.id);
      if (!existing) merged[collection]!.set(record.id, structuredClone(record));
      else existing.sources = [...new Set([...(existing.sources ?? []), ...(record.sources ?? [])])];
    }
  }
}

const meta = JSON.parse(readFileSync('data/meta.json', 'utf8'));
const dataset = { $schema: './backbone.schema.json', meta, ...Object.fromEntries(COLLECTIONS.map((c) => [c, [...merged[c]!.values()]])) };
writeFileSync('data/backbone.json', `${JSON.stringify(dataset, null, 1)}\n`);
console.log(`data/backbone.json: ${COLLECTIONS.map((c) => `${merged[c]!.size} ${c}`).join(', ')} from ${files.length} parts`);
