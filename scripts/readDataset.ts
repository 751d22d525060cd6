import { readFileSync } from 'node:fs';
import { parseBackbone } from '../src/data';
import type { Backbone } from '../src/data';

/** The dataset a script was given (data/backbone.json by default), validated; a bad one prints its problems and exits 2. */
export function readDatasetOrExit(file: string): Backbone {
  const parsed = parseBackbone(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok) {
    console.error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
    process.exit(2);
  }
  return parsed.backbone;
}
