// Replays every incident in the dataset through the engine and prints what it
// simulates beside what was reported (the table in docs/MODEL.md §10).
//   npx tsx scripts/replay-incidents.ts [data/backbone.json] [--markdown]
import { readFileSync } from 'node:fs';
import { parseBackbone } from '../src/data';
import { applyCuts, buildDemand, buildGraph, computeBaseline, parseCableCut, resolveCutRequests } from '../src/model';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'data/backbone.json';
const markdown = args.includes('--markdown');
const parsed = parseBackbone(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) {
  console.error(parsed.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  process.exit(2);
}
const bb = parsed.backbone;
const pct = (x: number) => `${Math.round(x)} %`;
let hits = 0;
let reportedTotal = 0;
let extra = 0;
for (const incident of bb.dataset.incidents ?? []) {
  const year = Number(incident.date.slice(0, 4));
  const graph = buildGraph(bb, { year });
  const baseline = computeBaseline(graph, buildDemand(graph));
  const requests = incident.faults.map((f) => {
    const r = parseCableCut(f.at ? `${f.cable}@${f.at[0]},${f.at[1]}` : f.cable);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  });
  const resolved = resolveCutRequests(graph, requests);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  const impact = applyCuts(baseline, resolved.cut);
  const said = incident.reportedCountries ?? {};
  const reported = new Set<string>([...(said.isolated ?? []), ...(said.degraded ?? [])]);
  const simulated: string[] = [...impact.isolated, ...impact.degraded.map((d) => d.country)];
  const found = [...reported].filter((c) => simulated.includes(c));
  hits += found.length;
  reportedTotal += reported.size;
  extra += simulated.filter((c) => !reported.has(c)).length;
  const degraded = impact.degraded
    .slice()
    .sort((a, b) => b.capacityLostPct - a.capacityLostPct || b.rttIncreasePct - a.rttIncreasePct)
    .slice(0, 10)
    .map((d) => `${reported.has(d.country) ? `**${d.country}**` : d.country} ${pct(d.capacityLostPct)}${d.rttIncreasePct >= 1 ? ` +${pct(d.rttIncreasePct)} RTT` : ''}`)
    .join(', ');
  const isolated = impact.isolated.map((c) => (reported.has(c) ? `**${c}**` : c)).join(' ') || '–';
  const rep = `${(said.isolated ?? []).join(' ') || '–'} / ${(said.degraded ?? []).join(' ') || '–'}`;
  if (markdown) console.log(`| ${incident.name} (${year}) | ${rep} | ${isolated} / ${degraded || '–'} (${impact.degraded.length} degraded) | ${found.length} of ${reported.size} |`);
  else console.log(`${incident.name} (${year})\n  reported  ${rep}\n  simulated ${isolated} / ${degraded} (${impact.degraded.length} degraded)\n  found ${found.length} of ${reported.size}`);
}
console.log(`\nreported countries found: ${hits} of ${reportedTotal}; simulated countries not reported: ${extra}`);
