// Assembles data/backbone.json from the part files in data/parts/*.json (data/README.md,
// "How it is built", says which record lives in which part). Every record has exactly one
// home: an id that appears twice (in one part or in two) is an error, not a merge.
//
//   npx tsx scripts/assemble-data.ts          writes data/backbone.json
//   npx tsx scripts/assemble-data.ts --check  writes nothing; exits 1 if data/backbone.json
//                                             is not what the parts assemble to
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { COLLECTIONS } from '../src/data/schema';

type AnyRecord = { id: string } & Record<string, unknown>;

const PARTS_DIR = 'data/parts';
const OUTPUT = 'data/backbone.json';
const check = process.argv.includes('--check');

// Files in this order first, the rest alphabetically; records keep their order within a file.
const ORDER = ['metros.json', 'network.json', 'cables-atlantic.json', 'cables-eurasia-africa.json', 'cables-pacific.json', 'terrestrial.json', 'satellite.json'];
const files = readdirSync(PARTS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

const fail = (message: string): never => {
  console.error(`assemble-data: ${message}`);
  process.exit(1);
};

const known = new Set<string>(COLLECTIONS);
const records = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as AnyRecord[]])) as Record<string, AnyRecord[]>;
const homes = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, string>()])) as Record<string, Map<string, string>>;
for (const file of files) {
  const part = JSON.parse(readFileSync(`${PARTS_DIR}/${file}`, 'utf8')) as Record<string, AnyRecord[]>;
  for (const key of Object.keys(part)) if (!known.has(key)) fail(`${PARTS_DIR}/${file}: unknown collection "${key}"`);
  for (const collection of COLLECTIONS) {
    for (const record of part[collection] ?? []) {
      const home = homes[collection]!.get(record.id);
      if (home !== undefined) {
        fail(`duplicate id "${record.id}" in ${collection}: ${PARTS_DIR}/${home} and ${PARTS_DIR}/${file}. Every record lives in one part file; keep one copy.`);
      }
      homes[collection]!.set(record.id, file);
      records[collection]!.push(record);
    }
  }
}

const meta = JSON.parse(readFileSync('data/meta.json', 'utf8'));
const dataset = { $schema: './backbone.schema.json', meta, ...Object.fromEntries(COLLECTIONS.map((c) => [c, records[c]!])) };
const text = `${JSON.stringify(dataset, null, 1)}\n`;
const summary = `${COLLECTIONS.map((c) => `${records[c]!.length} ${c}`).join(', ')} from ${files.length} parts`;

if (!check) {
  writeFileSync(OUTPUT, text);
  console.log(`${OUTPUT}: ${summary}`);
} else {
  let current: string;
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    fail(`--check: ${OUTPUT} is missing; run npx tsx scripts/assemble-data.ts`);
  }
  if (current! === text) {
    console.log(`${OUTPUT} is up to date (${summary})`);
  } else {
    const problems: string[] = [];
    let parsed: Record<string, unknown> | undefined;
    try {
      parsed = JSON.parse(current!) as Record<string, unknown>;
    } catch {
      problems.push(`${OUTPUT} is not valid JSON`);
    }
    if (parsed) {
      for (const key of ['$schema', 'meta'] as const) if (!isDeepStrictEqual(parsed[key], dataset[key])) problems.push(`${key} differs`);
      for (const collection of COLLECTIONS) {
        const have = (Array.isArray(parsed[collection]) ? parsed[collection] : []) as AnyRecord[];
        const want = records[collection]!;
        const haveById = new Map(have.map((r) => [r?.id, r]));
        const wantById = new Map(want.map((r) => [r.id, r]));
        const missing = want.filter((r) => !haveById.has(r.id)).map((r) => r.id);
        const extra = have.filter((r) => !wantById.has(r?.id)).map((r) => r?.id);
        const changed = want.filter((r) => haveById.has(r.id) && !isDeepStrictEqual(haveById.get(r.id), r)).map((r) => r.id);
        const list = (ids: unknown[]) => `${ids.slice(0, 20).join(', ')}${ids.length > 20 ? `, ... (${ids.length} in all)` : ''}`;
        if (missing.length) problems.push(`${collection}: missing from ${OUTPUT}: ${list(missing)}`);
        if (extra.length) problems.push(`${collection}: in ${OUTPUT} but in no part: ${list(extra)}`);
        if (changed.length) problems.push(`${collection}: differ from the parts: ${list(changed)}`);
        if (!missing.length && !extra.length && !changed.length && have.map((r) => r?.id).join('\n') !== want.map((r) => r.id).join('\n')) {
          problems.push(`${collection}: same records in a different order`);
        }
      }
      const extraKeys = Object.keys(parsed).filter((k) => !(k in dataset));
      if (extraKeys.length) problems.push(`unexpected top-level keys: ${extraKeys.join(', ')}`);
      if (!problems.length) problems.push('same content, different formatting');
    }
    console.error(`assemble-data --check: ${OUTPUT} is not what data/parts assemble to:`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('Run npx tsx scripts/assemble-data.ts and commit the result.');
    process.exit(1);
  }
}
