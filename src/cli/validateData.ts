// npm run validate-data [FILE] [--json]
// Prints every problem in a dataset with its JSON path; exits 1 if there is one.
import { readFileSync } from 'node:fs';
import { COLLECTIONS, formatProblems, validateDataset } from '../data';
import type { Dataset } from '../data';

export function datasetCounts(d: Dataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of COLLECTIONS) counts[c] = d[c].length;
  counts.segments = d.cables.reduce((n, c) => n + c.segments.length, 0);
  const countries = new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)]);
  counts.countries = countries.size;
  return counts;
}

function main(argv: string[]): number {
  const asJson = argv.includes('--json');
  const file = argv.find((a) => !a.startsWith('--')) ?? 'data/backbone.json';
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot read the dataset: ${(error as Error).message}`);
    return 1;
  }
  const result = validateDataset(json);
  if (!result.ok) {
    for (const line of formatProblems(result.problems)) console.error(`${file}: ${line}`);
    console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${file}`);
    if (asJson) console.log(JSON.stringify({ valid: false, problems: result.problems.length }));
    return 1;
  }
  const counts = datasetCounts(result.dataset);
  if (asJson) console.log(JSON.stringify({ valid: true, ...counts }, null, 2));
  else console.log(`${file} is valid: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
