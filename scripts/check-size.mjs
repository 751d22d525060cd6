// Prints the gzip size of what a page downloads from us, and fails (exit 1) when the embed script
// is over its budget (issue #6: ≤ 130 kB gzip without the dataset). Run after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const EMBED_BUDGET_KB = 130;
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'embed'))) {
  console.error('check-size: dist/embed is missing; run `npm run build` first');
  process.exit(2);
}
const kb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1000;
const row = (label, size, note = '') => console.log(`${label.padEnd(44)}${size.toFixed(1).padStart(8)} kB gzip  ${note}`);

let over = false;
for (const name of ['backbone-explorer.js', 'backbone-explorer.iife.js']) {
  const size = kb(join(dist, 'embed', name));
  const fits = size <= EMBED_BUDGET_KB;
  over ||= !fits;
  row(`embed script ${name}`, size, fits ? `(budget ${EMBED_BUDGET_KB} kB)` : `OVER the ${EMBED_BUDGET_KB} kB budget`);
}
const assets = readdirSync(join(dist, 'assets'));
const total = (pattern) => assets.filter((f) => pattern.test(f)).reduce((sum, f) => sum + kb(join(dist, 'assets', f)), 0);
row('app JavaScript (all chunks, incl. the worker)', total(/\.js$/));
row('app CSS', total(/\.css$/));
row('dataset data/backbone.json', kb(join(dist, 'data', 'backbone.json')), '(fetched once, cached)');
process.exit(over ? 1 : 0);
