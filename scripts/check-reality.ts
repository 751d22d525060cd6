// Checks the engine against the real internet and prints the tables (docs/MODEL.md, "Checked against the real internet"):
// measured RTTs between cities, routes that cross countries carrying no transit, and the Red Sea cuts of February 2024.
//   npx tsx scripts/check-reality.ts [data/backbone.json] [--markdown | --check docs/MODEL.md]
// --check compares the figures, the table and the Red Sea lines in docs/MODEL.md with what the engine gives now, and
// exits 1 if any differ (CI runs it).
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
const checkAt = args.indexOf('--check');
const checkFile = checkAt >= 0 ? (args[checkAt + 1] ?? 'docs/MODEL.md') : null;
const file = args.find((a, i) => !a.startsWith('--') && i !== checkAt + 1) ?? 'data/backbone.json';
const markdown = args.includes('--markdown');
/** What docs/MODEL.md must say, word for word, for --check: each figure in its sentence, each table row, each Red Sea line. */
const expected: string[] = [];
const thousands = (n: number) => n.toLocaleString('en');
const bb = readDatasetOrExit(file);
const reference = JSON.parse(readFileSync('data/reference/measured-rtt.json', 'utf8')) as { sources: MeasurementSources; pairs: MeasuredPair[] };
const round = (x: number | null) => (x === null ? '–' : String(Math.round(x)));

// 1. Measured RTTs, each on the network as it stood when it was measured.
const rows = compareMeasuredRtts(bb, reference.sources, reference.pairs);
const within = rows.filter((r) => r.within).length;
console.log(`Measured RTTs (each on the network of its year: ${[...new Set(rows.map((r) => r.year))].sort().join(', ')}): ${within} of ${rows.length} within max(15 ms, 15 %) (${Math.round((100 * within) / rows.length)} %)`);
expected.push(`within max(15 ms, 15 %) of **${within} of ${rows.length}**`);
const tableRow = (r: (typeof rows)[number]) => `| ${r.from} | ${r.to} | ${r.rttMs} | ${round(r.modelMs)} | ${r.within ? 'yes' : '**no**'} | ${r.source} (${r.year}) |`;
// The documented table lists the pairs outside the band.
expected.push(...rows.filter((r) => !r.within).map(tableRow));
if (markdown) {
  console.log('\n| from | to | measured ms | model ms | within | source (network of) |\n| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(tableRow(r));
} else for (const r of rows.filter((x) => !x.within)) console.log(`  outside: ${r.from} – ${r.to}: measured ${r.rttMs} ms, model ${round(r.modelMs)} ms (${r.source}, network of ${r.year})`);

// 2. Where transit does not go, on the network as it is now.
const graph = buildGraph(bb);
const router = new PolicyRouter(graph, buildNetworks(graph));
const baseline = computeBaseline(graph, buildDemand(graph));
const violations = transitViolations(baseline);
console.log(`\nRoutes between other countries through CN, RU, BY, IR, SY, KP or MN: ${violations.length} of ${baseline.routes.length} flows`);
const flowsIn2024 = buildDemand(buildGraph(bb, { year: 2024 })).flows.length;
expected.push(`${violations.length} of ${thousands(baseline.routes.length)} flows between other countries in ${graph.year}`, `${thousands(baseline.routes.length)} flows in ${graph.year} and ${thousands(flowsIn2024)} in 2024`);
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
      // From the rounded figures shown, so that the line reads consistently (171 → 172 is +1, not +0).
      const change = before && after ? Math.round(after.rttMs) - Math.round(before.rttMs) : null;
      const line = `${group.padEnd(22)} ${`${a}–${b}`.padEnd(24)} ${round(before?.rttMs ?? null)} → ${round(after?.rttMs ?? null)} ms (${change === null ? 'no route' : `${change >= 0 ? '+' : ''}${change}`})`;
      console.log(`  ${line}`);
      expected.push(line);
    }
  }
}


if (checkFile) {
  // Docs that cannot drift: every figure above as docs/MODEL.md gives it.
  const doc = readFileSync(checkFile, 'utf8');
  const stale = expected.filter((line) => !doc.includes(line));
  if (stale.length) {
    console.error(`${checkFile}: these figures differ from what the engine gives now (see npx tsx scripts/check-reality.ts --markdown):\n${stale.join('\n')}`);
    process.exit(1);
  }
  console.log(`${checkFile}: the checks against the real internet are as documented (${expected.length} lines)`);
}
