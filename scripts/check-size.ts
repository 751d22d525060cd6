// Prints the gzip size of what a page downloads from us, and fails (exit 1) when the embed script is over its
// budget (issue #6: ≤ 130 kB gzip without the dataset) or the dataset's first-map file is over its own (issue
// #18.9: the data the first map needs ≤ 400 kB gzip). Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DETAILS_FILE_PATTERN, FIRST_MAP_FILE } from '../src/data/detailFields';

const EMBED_BUDGET_KB = 130;
const FIRST_MAP_BUDGET_KB = 400;
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'embed'))) {
  console.error('check-size: dist/embed is missing; run `npm run build` first');
  process.exit(2);
}
const kb = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1000;
const rawKb = (file: string) => readFileSync(file).length / 1000;
const row = (label: string, size: number, note = '') => console.log(`${label.padEnd(56)}${size.toFixed(1).padStart(8)} kB gzip  ${note}`);

let over = false;
const budget = (label: string, size: number, limit: number, note = '') => {
  const fits = size <= limit;
  over ||= !fits;
  row(label, size, `${fits ? `(budget ${limit} kB)` : `OVER the ${limit} kB budget`}${note}`);
};
for (const name of ['backbone-explorer.js', 'backbone-explorer.iife.js']) budget(`embed script ${name}`, kb(join(dist, 'embed', name)), EMBED_BUDGET_KB);
const assets = readdirSync(join(dist, 'assets'));
const total = (pattern: RegExp) => assets.filter((f) => pattern.test(f)).reduce((sum, f) => sum + kb(join(dist, 'assets', f)), 0);
row('app JavaScript (all chunks, incl. the worker)', total(/\.js$/));
row('app CSS', total(/\.css$/));

// The dataset as the explorer fetches it (scripts/datasetFiles.ts writes the same two files for the app, fingerprinted).
const data = join(dist, 'data');
const details = readdirSync(data).filter((f) => DETAILS_FILE_PATTERN.test(f));
if (!existsSync(join(data, FIRST_MAP_FILE)) || details.length !== 1) {
  console.error(`check-size: dist/data should hold ${FIRST_MAP_FILE} and one details file; found ${readdirSync(data).join(', ')}`);
  process.exit(2);
}
const firstMap = join(data, FIRST_MAP_FILE);
const detailsFile = join(data, details[0]!);
budget(`dataset: first map ${FIRST_MAP_FILE}`, kb(firstMap), FIRST_MAP_BUDGET_KB, `, ${rawKb(firstMap).toFixed(0)} kB raw: fetched before the first map`);
row(`dataset: details ${details[0]}`, kb(detailsFile), `${rawKb(detailsFile).toFixed(0)} kB raw: fetched when first needed`);
row('dataset: full file backbone.json', kb(join(data, 'backbone.json')), `${rawKb(join(data, 'backbone.json')).toFixed(0)} kB raw: not fetched by the explorer; for one-file users`);
process.exit(over ? 1 : 0);
