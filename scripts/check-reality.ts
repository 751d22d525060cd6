// Checks the engine against the real internet and prints the tables (docs/MODEL.md, "Checked against the real internet"):
// measured RTTs between cities, routes that cross countries carrying no transit, and the Red Sea cuts of February 2024.
//   npx tsx scripts/check-reality.ts [data/backbone.json] [--markdown]
import { readFileSync } from 'node:fs';
import {
  PolicyRouter,
  buildDemand,
  buildGraph,
  buildNetworks,
  compareMeasuredRtts,
  computeBaseline,
  dependentCountries,
  incidentCut,
  policyRouteBetween,
  policyUnreachable,
  resolveCut,
  transitViolations,
} from '../src/model';
import type { MeasuredPair, MeasurementSources } from '../src/model';
import { readDatasetOrExit } from './readDataset';

/** The pairs the February 2024 reports speak of, and the controls they say did not move. */
const RED_SEA_PAIRS: [string, [string, string][]][] = [
  ['Europe–East Asia', [['london', 'singapore'], ['frankfurt', 'singapore'], ['london', 'hong-kong'], ['frankfurt', 'tokyo'], ['london', 'sydney']]],
  ['control: Europe–India', [['london', 'mumbai'], ['marseille', 'chennai']]],
  ['control: Europe–Gulf', [['london', 'dubai'], ['frankfurt', 'doha']]],
  ['control: transatlantic', [['london', 'new-york'], ['frankfurt', 'ashburn']]],
];

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'data/backbone.json';
const markdown = args.includes('--markdown');
const bb = readDatasetOrExit(file);
const reference = JSON.parse(readFileSync('data/reference/measured-rtt.json', 'utf8')) as { sources: MeasurementSources; pairs: MeasuredPair[] };
const round = (x: number | null) => (x === null ? '–' : String(Math.round(x)));

// 1. Measured RTTs, each on the network as it stood when it was measured.
const rows = compareMeasuredRtts(bb, reference.sources, reference.pairs);
const within = rows.filter((r) => r.within).length;
console.log(`Measured RTTs (each on the network of its year: ${[...new Set(rows.map((r) => r.year))].sort().join(', ')}): ${within} of ${rows.length} within max(15 ms, 15 %) (${Math.round((100 * within) / rows.length)} %)`);
if (markdown) {
  console.log('\n| from | to | measured ms | model ms | within | source (network of) |\n| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.from} | ${r.to} | ${r.rttMs} | ${round(r.modelMs)} | ${r.within ? 'yes' : '**no**'} | ${r.source} (${r.year}) |`);
} else for (const r of rows.filter((x) => !x.within)) console.log(`  outside: ${r.from} – ${r.to}: measured ${r.rttMs} ms, model ${round(r.modelMs)} ms (${r.source}, network of ${r.year})`);

// 2. Where transit does not go, on the network as it is now.
const graph = buildGraph(bb);
const router = new PolicyRouter(graph, buildNetworks(graph));
const baseline = computeBaseline(graph, buildDemand(graph));
const violations = transitViolations(baseline);
console.log(`\nRoutes between other countries through CN, RU, BY, IR, SY, KP or MN: ${violations.length} of ${baseline.routes.length} flows`);
console.log(`  exempt, having no other way out: ${dependentCountries(baseline.layer).join(' ') || 'none'}`);
for (const v of violations.slice(0, 10)) console.log(`  ${v.flow} crosses ${v.crosses.join(', ')}`);
const unreachable = policyUnreachable(router.layer, baseline.isolated);
console.log(`Country pairs with no valley-free path of networks: ${unreachable.length}${unreachable.length ? ` (${unreachable.slice(0, 10).map((p) => p.join('→')).join(' ')})` : ''}`);

// 3. The Red Sea cuts of February 2024 (AAE-1, EIG and SEACOM in the southern Red Sea).
const incident = bb.incidents.get('red-sea-2024');
if (incident) {
  const g = buildGraph(bb, { day: incident.date });
  const intact = new PolicyRouter(g, buildNetworks(g));
  const resolved = incidentCut(g, incident);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  const cut = new PolicyRouter(g, intact.layer, resolveCut(g, resolved.cut), intact);
  console.log(`\nRed Sea, February 2024 (${incident.faults.map((f) => ('link' in f ? f.link : f.cable)).join(', ')} cut): RTT before → after`);
  for (const [group, pairs] of RED_SEA_PAIRS) {
    for (const [a, b] of pairs) {
      const before = policyRouteBetween(intact, a, b);
      const after = policyRouteBetween(cut, a, b);
      const change = before && after ? after.rttMs - before.rttMs : null;
      console.log(`  ${group.padEnd(22)} ${`${a}–${b}`.padEnd(24)} ${round(before?.rttMs ?? null)} → ${round(after?.rttMs ?? null)} ms (${change === null ? 'no route' : `${change >= 0 ? '+' : ''}${Math.round(change)}`})`);
    }
  }
}

