// npm run validate-data [FILE] [--json] [--records-only]
// Prints every problem in a dataset with its JSON path; exits 1 if there is one, 2 if the file is past the size limit (data/README.md).
// After the records and their relations, it checks the network as a whole (routes
// at sea, every metro linked, every country connected) unless --records-only.
import { readFileSync } from 'node:fs';
import { DatasetTooLargeError, forTerminal, readDatasetFile } from './terminal';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COLLECTIONS, formatPath, formatProblems, normalizeDataset, validateDataset } from '../data';
import type { Dataset } from '../data';
import { isCurrentPopList } from '../data/popList';
import { createLandMask } from '../geo/landMask';
import { checkSeaRoutes } from '../geo/seaRouteCheck';
import { checkCoverage } from '../model/coverage';

export function datasetCounts(d: Dataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of COLLECTIONS) counts[c] = d[c].length;
  counts.segments = d.cables.reduce((n, c) => n + c.segments.length, 0);
  const countries = new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)]);
  counts.countries = countries.size;
  counts.cablesInService = d.cables.filter((c) => c.status === 'in-service').length;
  // Issue #18 counts a carrier complete when its PoPs were checked against its own published list.
  counts.carriersWithPopList = d.carriers.filter((c) => c.popList).length;
  counts.carriersWithPopListSince2020 = d.carriers.filter((c) => c.popList && isCurrentPopList(c.popList)).length;
  // Issue #18: a landing point names its station's operator where that is published.
  counts.landingPointsWithStationOperator = d.landingPoints.filter((l) => l.stations?.length).length;
  return counts;
}

/** The checks that need geography and the network: routes at sea, no metro without a link, every country connected. */
function networkProblems(dataset: Dataset): string[] {
  const backbone = normalizeDataset(dataset);
  const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/land-50m.json', import.meta.url), 'utf8')) as Topology;
  const land = createLandMask(feature(topology, topology.objects.land as GeometryCollection));
  return [...checkSeaRoutes(backbone, land.isLand), ...checkCoverage(backbone)].map((p) => `${formatPath(p.path, dataset)}: ${p.message}`);
}

function main(argv: string[]): number {
  const asJson = argv.includes('--json');
  const recordsOnly = argv.includes('--records-only');
  const file = argv.find((a) => !a.startsWith('--')) ?? 'data/backbone.json';
  let json: unknown;
  try {
    json = readDatasetFile(file);
  } catch (error) {
    if (error instanceof DatasetTooLargeError) {
      console.error(`${file}: ${error.message}`);
      if (asJson) console.log(JSON.stringify({ valid: false, tooLarge: true }));
      return 2;
    }
    console.error(`${file}: cannot read the dataset: ${(error as Error).message}`);
    return 1;
  }
  const result = validateDataset(json);
  if (!result.ok) {
    for (const line of formatProblems(result.problems)) console.error(forTerminal(`${file}: ${line}`));
    console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${file}`);
    if (asJson) console.log(JSON.stringify({ valid: false, problems: result.problems.length }));
    return 1;
  }
  const network = recordsOnly ? [] : networkProblems(result.dataset);
  if (network.length) {
    for (const line of network) console.error(forTerminal(`${file}: ${line}`));
    console.error(`${network.length} problem${network.length === 1 ? '' : 's'} in ${file}`);
    if (asJson) console.log(JSON.stringify({ valid: false, problems: network.length }));
    return 1;
  }
  const counts = datasetCounts(result.dataset);
  if (asJson) console.log(JSON.stringify({ valid: true, ...counts }, null, 2));
  else console.log(`${file} is valid: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
