// npm run bench [-- --data FILE]
// Times the failover engine on the shipped dataset and on a synthetic network ten times larger.
import { readFileSync } from 'node:fs';
import { parseBackbone } from '../src/data';
import type { Backbone } from '../src/data';
import { applyCuts, buildDemand, buildGraph, computeBaseline, rankCables } from '../src/model';
import { CRITICAL_AMONG } from '../src/model/scenario';
import { syntheticDataset } from './synthetic';
import { benchPackets } from './packets';

interface Figures {
  label: string;
  nodes: number;
  edges: number;
  cables: number;
  flows: number;
  buildMs: number;
  baselineMs: number;
  rerouteMedianMs: number;
  rerouteP95Ms: number;
  criticalityMs: number;
  /** The explorer's ranking: N-1 over the CRITICAL_AMONG busiest cables. */
  explorerRankingMs: number;
  /** JavaScript heap in use after the runs, MB. */
  heapMb: number;
  /** True when N-1 was estimated from the sample of cables (more than FULL_N1_UP_TO), not measured over every one. */
  estimated: boolean;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

function repeat(n: number, fn: () => unknown): number {
  fn(); // warm-up
  return median(Array.from({ length: n }, () => time(fn)[1]));
}

/** Every `step`-th id, so that a large network is timed on an even sample of its cables. */
function sampleOf<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]!);
}

/** At most this many cables are timed one by one (each five times) for the reroute figures. */
const SAMPLE = 300;
/**
 * N-1 is measured in full (every cable cut once) up to this many cables, and estimated from the sample beyond:
 * the shipped data has outgrown SAMPLE, and an estimate from 300 evenly spaced cables of ~600 can be off by a
 * third either way, depending on which of the few costly cables (AAE-1, 2Africa) the spacing happens to take.
 */
const FULL_N1_UP_TO = 1000;

function measure(label: string, backbone: Backbone): Figures {
  const graph = buildGraph(backbone);
  const buildMs = repeat(5, () => buildGraph(backbone));
  const demand = buildDemand(graph);
  const baseline = computeBaseline(graph, demand);
  const baselineMs = repeat(5, () => computeBaseline(graph, demand));
  const all = [...graph.cables.keys()];
  const ids = sampleOf(all, SAMPLE);
  for (let round = 0; round < 2; round++) for (const id of ids) applyCuts(baseline, { cables: [id] }); // warm-up
  // Each cable's reroute time is the median of 5 runs, so that one GC pause does not count as a cable's cost.
  const reroutes = ids.map((id) => median(Array.from({ length: 5 }, () => time(() => applyCuts(baseline, { cables: [id] }))[1]))).sort((a, b) => a - b);
  // N-1 is every cable cut alone once: measured in full up to FULL_N1_UP_TO cables, estimated from the sample beyond.
  const criticalityMs = all.length <= FULL_N1_UP_TO ? time(() => rankCables(baseline))[1] : (time(() => ids.forEach((id) => applyCuts(baseline, { cables: [id] })))[1] * all.length) / ids.length;
  const explorerRankingMs = time(() => rankCables(baseline, { among: CRITICAL_AMONG }))[1];
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  const estimated = all.length > FULL_N1_UP_TO;
  return {
    label,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    cables: all.length,
    estimated,
    flows: demand.flows.length,
    buildMs,
    baselineMs,
    rerouteMedianMs: quantile(reroutes, 0.5),
    rerouteP95Ms: quantile(reroutes, 0.95),
    criticalityMs,
    explorerRankingMs,
    heapMb,
  };
}

function loadShipped(file: string): Backbone | string {
  try {
    const result = parseBackbone(JSON.parse(readFileSync(file, 'utf8')));
    return result.ok ? result.backbone : `${file} fails validation (${result.problems.length} problems)`;
  } catch (error) {
    return `${file}: ${(error as Error).message}`;
  }
}

function main(argv: string[]): void {
  const at = argv.indexOf('--data');
  const file = at >= 0 ? (argv[at + 1] ?? 'data/backbone.json') : 'data/backbone.json';
  const shipped = loadShipped(file);
  let base: Backbone;
  let label: string;
  if (typeof shipped === 'string') {
    console.log(`note: ${shipped}; using a synthetic network of the same size instead`);
    base = parseOrThrow(syntheticDataset({ metros: 180, cables: 60, links: 94, seed: 7 }));
    label = 'synthetic 1×';
  } else {
    base = shipped;
    label = file;
  }
  const d = base.dataset;
  // Ten times the metros, cables and links, in as many countries as the shipped data (bigger countries, not 10× as many).
  const countries = new Set(d.metros.map((m) => m.country)).size;
  const big = parseOrThrow(
    syntheticDataset({ metros: d.metros.length * 10, cables: d.cables.length * 10, links: d.terrestrialLinks.length * 10, seed: 11, metrosPerCountry: Math.ceil((d.metros.length * 10) / countries) }),
  );

  const small = measure(label, base);
  const large = measure('synthetic 10×', big);
  // Each row: what it measures, and the targets of the issue (shipped data, and ten times the size where there is one).
  const rows: [string, (f: Figures) => number, string, number | null, number | null][] = [
    ['graph build', (f) => f.buildMs, 'ms', null, null],
    ['baseline routing, all flows', (f) => f.baselineMs, 'ms', 1000, null],
    ['reroute after one cut, median', (f) => f.rerouteMedianMs, 'ms', 5, 50],
    ['reroute after one cut, p95', (f) => f.rerouteP95Ms, 'ms', 20, null],
    ['N-1 criticality, all cables', (f) => f.criticalityMs, 'ms', 2000, 20000],
    [`N-1 of the ${CRITICAL_AMONG} busiest (explorer)`, (f) => f.explorerRankingMs, 'ms', null, null],
    ['heap in use', (f) => f.heapMb, 'MB', null, null],
  ];
  const cell = (text: string, width: number) => text.padStart(width);
  const targetText = (a: number | null, b: number | null) => (a === null ? '' : b === null ? `≤ ${a}` : `≤ ${a} / ≤ ${b}`);
  console.log(`\n${''.padEnd(32)}${cell(small.label.slice(-20), 22)}${cell(large.label, 16)}${cell('growth', 9)}${cell('target', 19)}`);
  console.log(`${'size (nodes / edges)'.padEnd(32)}${cell(`${small.nodes} / ${small.edges}`, 22)}${cell(`${large.nodes} / ${large.edges}`, 16)}${cell(`${(large.edges / small.edges).toFixed(1)}×`, 9)}`);
  console.log(`${'cables / flows'.padEnd(32)}${cell(`${small.cables} / ${small.flows}`, 22)}${cell(`${large.cables} / ${large.flows}`, 16)}`);
  const missed: string[] = [];
  for (const [name, pick, unit, smallTarget, largeTarget] of rows) {
    const a = pick(small);
    const b = pick(large);
    if (smallTarget !== null && !(a <= smallTarget)) missed.push(`${name}: ${a.toFixed(2)} ${unit} > ${smallTarget} ${unit}`);
    if (largeTarget !== null && !(b <= largeTarget)) missed.push(`${name} at 10×: ${b.toFixed(2)} ${unit} > ${largeTarget} ${unit}`);
    console.log(`${name.padEnd(32)}${cell(`${a.toFixed(2)} ${unit}`, 22)}${cell(`${b.toFixed(2)} ${unit}`, 16)}${cell(`${(b / a).toFixed(1)}×`, 9)}${cell(targetText(smallTarget, largeTarget), 19)}`);
  }
  for (const f of [small, large])
    if (f.cables > SAMPLE) console.log(`${f.label}: reroutes timed on ${SAMPLE} of ${f.cables} cables, evenly spaced; N-1 ${f.estimated ? 'estimated from them' : 'measured over every cable'}`);
  console.log(missed.length ? `\nSOME TARGETS MISSED:\n  ${missed.join('\n  ')}` : '\nall targets met');
}

function parseOrThrow(json: unknown): Backbone {
  const result = parseBackbone(json);
  if (!result.ok) throw new Error(`synthetic dataset invalid: ${result.problems[0]?.where}: ${result.problems[0]?.message}`);
  return result.backbone;
}

main(process.argv.slice(2));
benchPackets();
