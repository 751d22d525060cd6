// Replays every incident in the dataset through the engine and prints what it
// simulates beside what was reported (the table in docs/MODEL.md §10).
//   npx tsx scripts/replay-incidents.ts [data/backbone.json] [--markdown | --check docs/MODEL.md]
// --check compares the table in docs/MODEL.md §10 with what the engine replays now, and exits 1 if they differ (CI runs it).
import { readFileSync } from 'node:fs';
import { applyCuts, buildDemand, buildGraph, computeBaseline, incidentCut, round } from '../src/model';
import { readDatasetOrExit } from './readDataset';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--check') ?? 'data/backbone.json';
const checkAt = args.indexOf('--check');
const checkFile = checkAt >= 0 ? (args[checkAt + 1] ?? 'docs/MODEL.md') : null;
const markdown = args.includes('--markdown') || checkFile !== null;
const rows: string[] = [];
const say = (line: string) => (checkFile ? rows.push(line) : console.log(line));
const bb = readDatasetOrExit(file);
const pct = (x: number) => `${Math.round(x)} %`;
let hits = 0;
let reportedTotal = 0;
let namedTotal = 0;
let minorTotal = 0;
for (const incident of bb.dataset.incidents ?? []) {
  const year = Number(incident.date.slice(0, 4));
  // The network as it stood that day: a cable or section that entered service later in the year is left out.
  const graph = buildGraph(bb, { year, day: incident.date });
  const baseline = computeBaseline(graph, buildDemand(graph));
  const resolved = incidentCut(graph, incident);
  if (!resolved.ok) throw new Error(resolved.errors.join('; '));
  const impact = applyCuts(baseline, resolved.cut);
  const said = incident.reportedCountries ?? {};
  const reported = new Set<string>([...(said.isolated ?? []), ...(said.degraded ?? [])]);
  // What the explorer names: countries cut off, and those it rates severe or moderate. Minor ones are listed apart.
  const serious = impact.degraded.filter((d) => d.severity !== 'minor');
  const named: string[] = [...impact.isolated, ...serious.map((d) => d.country)];
  const found = named.filter((c) => reported.has(c));
  hits += found.length;
  reportedTotal += reported.size;
  namedTotal += named.length;
  const minor = impact.degraded.length - serious.length;
  minorTotal += minor;
  const mark = (c: string) => (reported.has(c) ? `**${c}**` : c);
  const degraded = serious
    .slice(0, 10)
    .map((d) => `${mark(d.country)} ${d.severity}${d.unservedPct >= 1 ? ` ${pct(d.unservedPct)} unserved` : ''}${d.rttIncreaseMs >= 1 ? ` +${Math.round(d.rttIncreaseMs)} ms` : ''}`)
    .join(', ');
  // A country cut off from fibre that falls back to satellite stays isolated, and says what it still has.
  const onSatellite = (c: string) => {
    const s = impact.onSatellite.find((x) => x.country === c);
    return s ? ` (on ${s.kind.toUpperCase()} satellite: ${round(s.capacityGbps, 1)} Gbit/s, ${round(s.shareOfDemandPct, 1)} % of its demand, RTT ${Math.round(s.rttMs)} ms)` : '';
  };
  const isolated = impact.isolated.map((c) => `${mark(c)}${onSatellite(c)}`).join(' ') || '–';
  const rep = `${(said.isolated ?? []).join(' ') || '–'} / ${(said.degraded ?? []).join(' ') || '–'}`;
  const missed = [...reported].filter((c) => !named.includes(c));
  const missedText = missed.map((c) => `${c}${impact.degraded.some((d) => d.country === c) ? ' (minor)' : ''}`).join(' ') || '–';
  if (markdown) say(`| ${incident.name} (${year}) | ${rep} | ${isolated} / ${degraded || '–'} | ${minor} | ${found.length} of ${named.length} | ${found.length} of ${reported.size} | ${missedText} |`);
  else console.log(`${incident.name} (${year})\n  reported  ${rep}\n  named     ${isolated} / ${degraded || '–'} (+${minor} minor)\n  precision ${found.length} of ${named.length}; recall ${found.length} of ${reported.size}; missed ${missedText}`);
}
const ratio = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '–');
const summary = `precision (named and reported / named): ${hits} of ${namedTotal} (${ratio(hits, namedTotal)}); recall (named and reported / reported): ${hits} of ${reportedTotal} (${ratio(hits, reportedTotal)}); minor, not counted as named: ${minorTotal}`;
if (!checkFile) console.log(`\n${summary}`);
else {
  // The documented table must be what the engine replays now: docs that cannot drift.
  const doc = readFileSync(checkFile, 'utf8');
  const stale = rows.filter((row) => !doc.includes(row));
  const totals = `**Precision ${hits} of ${namedTotal} (${ratio(hits, namedTotal)}); recall ${hits} of ${reportedTotal} (${ratio(hits, reportedTotal)})**; minor, not counted as named: ${minorTotal}`;
  if (!doc.includes(totals)) stale.push(totals);
  if (stale.length) {
    console.error(`${checkFile}: the incident table differs from what the engine replays now (regenerate it with npx tsx scripts/replay-incidents.ts --markdown):\n${stale.join('\n')}`);
    process.exit(1);
  }
  console.log(`${checkFile}: the incident table is what the engine replays (${rows.length} incidents)`);
}
