// npm run sim -- [--data FILE] [--year YYYY | --day YYYY-MM-DD] [cuts...] [--rtt A B | --critical N | --stats] [--json]
// The failover simulator on the command line. Bad input exits 2 with a clear message and prints nothing else.
import { DatasetTooLargeError, forTerminal, readDatasetFile } from './terminal';
import { isTrustInputError, trustMain, TRUST_USAGE } from './trust';
import { parseArgs } from 'node:util';
import { formatProblems, parseBackbone } from '../data';
import type { Backbone } from '../data';
import {
  ModelInputError,
  applyCuts,
  buildDemand,
  buildGraph,
  computeBaseline,
  findCorridors,
  isEmptyCut,
  parseCableCut,
  parseRegionCut,
  rankCables,
  resolveCutRequests,
  resolveRouteEnd,
  buildNetworks,
  policyRouteBetween,
  PolicyRouter,
  resolveCut,
} from '../model';
import { criticalJson, impactJson, round, routeJson, statsJson } from '../model';
import type { Baseline, CableCriticality, Corridor, CutRequest, CutSet, Graph, Impact, Route, RouteEnd } from '../model';

const USAGE = `usage: npm run sim -- [options]
  --data FILE               dataset (default data/backbone.json)
  --year YYYY               the network as it stood that year (default: the dataset's date)
  --day YYYY-MM-DD          the network as it stood that day: its year's, without what entered service later that year
  --cut ID_OR_NAME          cut a whole cable (id, name or alias; repeatable)
  --cut ID_OR_NAME@LON,LAT  cut only the segment of that cable passing closest to the point
  --cut-region LON,LAT,KM   cut every segment and terrestrial link passing within KM of the point
  --cut-link ID             cut a terrestrial link (repeatable)
  --cut-metro ID            cut a metro (repeatable)
  --cut-landing ID          cut a landing station (repeatable)
  --rtt A B                 modelled RTT, fibre floor and path between two metros, data centres or cloud regions
                            (a data centre or cloud region is routed as its metro)
  --critical N              the N cables whose loss alone hurts most, and the busiest corridors
  --stats                   graph sizes
  --json                    machine-readable output
Routing trust (hijacks and route leaks):
${TRUST_USAGE}`;

class InputError extends Error {}

interface Out {
  log: (text: string) => void;
  error: (text: string) => void;
}

function readDataset(file: string): Backbone {
  let json: unknown;
  try {
    json = readDatasetFile(file);
  } catch (error) {
    if (error instanceof DatasetTooLargeError) throw new InputError(`${file}: ${error.message}`);
    throw new InputError(`${file}: cannot read the dataset: ${(error as Error).message}`);
  }
  const result = parseBackbone(json);
  if (!result.ok) {
    const lines = formatProblems(result.problems).map((l) => `${file}: ${l}`);
    throw new InputError(`${lines.join('\n')}\n${file} fails validation (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})`);
  }
  return result.backbone;
}

function parseYear(text: string | undefined, backbone: Backbone): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  const { min, max } = backbone.years;
  if (!/^\d{4}$/.test(text) || year < min || year > max) throw new InputError(`--year ${text}: give a year from ${min} to ${max}, the years the dataset covers`);
  return year;
}

function parseDay(text: string | undefined, backbone: Backbone): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(text)) throw new InputError(`--day ${text}: give a date written YYYY-MM-DD`);
  parseYear(text.slice(0, 4), backbone);
  return text;
}

function cutRequests(values: Partial<Record<'cut' | 'cut-region' | 'cut-link' | 'cut-metro' | 'cut-landing', string[]>>): CutRequest[] {
  const requests: CutRequest[] = [];
  const errors: string[] = [];
  const push = (r: { ok: true; value: CutRequest } | { ok: false; error: string }) => (r.ok ? requests.push(r.value) : errors.push(r.error));
  for (const text of values.cut ?? []) push(parseCableCut(text));
  for (const text of values['cut-region'] ?? []) push(parseRegionCut(text));
  for (const [flag, kind] of [['cut-link', 'link'], ['cut-metro', 'metro'], ['cut-landing', 'landing']] as const) {
    for (const text of values[flag] ?? []) {
      if (!text.trim()) errors.push(`--${flag} needs an id`);
      else requests.push({ kind, query: text.trim() });
    }
  }
  if (errors.length) throw new InputError(errors.join('\n'));
  return requests;
}

function routeEnd(graph: Graph, query: string): RouteEnd {
  const found = resolveRouteEnd(graph, query);
  if (!found.ok) throw new InputError(found.error);
  return found.value;
}

const VALUE_OPTIONS = new Set(['--data', '--year', '--day', '--cut', '--cut-region', '--cut-link', '--cut-metro', '--cut-landing', '--rtt', '--critical']);

/** `--cut-region -3,53.6,30` → `--cut-region=-3,53.6,30`: parseArgs would take a value starting with "-" for an option. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (VALUE_OPTIONS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export function main(argv: string[], out: Out = { log: (t) => console.log(t), error: (t) => console.error(t) }): number {
  try {
    if (argv.includes('--hijack') || argv.includes('--leak') || argv.some((a) => a.startsWith('--hijack='))) {
      trustMain(argv, readDataset, out.log);
      return 0;
    }
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      options: {
        data: { type: 'string', default: 'data/backbone.json' },
        year: { type: 'string' },
        day: { type: 'string' },
        cut: { type: 'string', multiple: true },
        'cut-region': { type: 'string', multiple: true },
        'cut-link': { type: 'string', multiple: true },
        'cut-metro': { type: 'string', multiple: true },
        'cut-landing': { type: 'string', multiple: true },
        rtt: { type: 'string' },
        critical: { type: 'string' },
        stats: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      out.log(USAGE);
      return 0;
    }
    const modes = [values.rtt !== undefined, values.critical !== undefined, values.stats].filter(Boolean).length;
    if (modes > 1) throw new InputError('give at most one of --rtt, --critical and --stats');
    const rttTo = values.rtt !== undefined ? positionals[0] : undefined;
    if (values.rtt !== undefined && (rttTo === undefined || positionals.length > 1)) throw new InputError('--rtt needs two metros: --rtt A B');
    if (values.rtt === undefined && positionals.length) throw new InputError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
    let topN: number | undefined;
    if (values.critical !== undefined) {
      topN = Number(values.critical);
      if (!/^\d+$/.test(values.critical) || topN < 1) throw new InputError(`--critical ${values.critical}: give a whole number of cables, at least 1`);
    }
    const requests = cutRequests(values);

    const backbone = readDataset(values.data);
    if (values.year !== undefined && values.day !== undefined) throw new InputError('give --year or --day, not both');
    const day = parseDay(values.day, backbone);
    const graph = buildGraph(backbone, day !== undefined ? { day } : { year: parseYear(values.year, backbone) });
    let cut: CutSet = {};
    let cutLines: string[] = [];
    if (requests.length) {
      const resolved = resolveCutRequests(graph, requests);
      if (!resolved.ok) throw new InputError(resolved.errors.join('\n'));
      ({ cut, lines: cutLines } = resolved);
    }
    const json = values.json;

    if (values.stats) {
      const baseline = computeBaseline(graph, buildDemand(graph));
      out.log(json ? JSON.stringify(statsJson(baseline), null, 2) : formatStats(baseline));
      return 0;
    }
    if (values.rtt !== undefined) {
      const from = routeEnd(graph, values.rtt);
      const to = routeEnd(graph, rttTo!);
      const [a, b] = [from.metro, to.metro];
      // As the app's route inspector: a route needs two different cities.
      if (a === b) throw new InputError(from.id === a && to.id === b ? `--rtt needs two different metros, got "${a}" twice` : `--rtt needs two different metros: both ends are in "${a}"`);
      const intact = new PolicyRouter(graph, buildNetworks(graph));
      const router = isEmptyCut(cut) ? intact : new PolicyRouter(graph, intact.layer, resolveCut(graph, cut), intact);
      const route = policyRouteBetween(router, a, b);
      out.log(json ? JSON.stringify({ ...routeJson(graph, a, b, route, cutLines), ends: [from, to] }, null, 2) : formatRoute(graph, [from, to], route, cutLines));
      return 0;
    }
    if (topN !== undefined) {
      if (!isEmptyCut(cut)) throw new InputError('--critical ranks cables on the intact network; it does not combine with cuts');
      const baseline = computeBaseline(graph, buildDemand(graph));
      const ranking = rankCables(baseline).slice(0, topN);
      const corridors = findCorridors(graph).slice(0, 10);
      out.log(json ? JSON.stringify(criticalJson(ranking, corridors), null, 2) : formatCritical(ranking, corridors));
      return 0;
    }
    if (isEmptyCut(cut)) throw new InputError(`nothing to simulate: give a cut (--cut, --cut-region, --cut-link, --cut-metro, --cut-landing), --rtt, --critical or --stats\n${USAGE}`);
    const baseline = computeBaseline(graph, buildDemand(graph));
    const impact = applyCuts(baseline, cut);
    out.log(json ? JSON.stringify(impactJson(baseline, impact, cutLines), null, 2) : formatImpact(baseline, impact, cutLines));
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof ModelInputError || isTrustInputError(error) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      out.error(`sim: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}

// Readable output.

const pct = (x: number) => `${round(x).toFixed(1)}%`;
const metroName = (graph: Graph, id: string) => graph.backbone.metros.get(id)?.name ?? id;
const header = (graph: Graph, cuts: readonly string[]) =>
  [`Network of ${graph.day ?? graph.year}`, ...(cuts.length ? ['Cut:', ...cuts.map((c) => `  - ${c}`)] : [])].join('\n');

function pathText(graph: Graph, route: Route): string {
  const names = route.nodes
    .map((n) => graph.nodes[n]!)
    .filter((n) => n.kind !== 'exchange')
    .map((n) => n.name);
  const networks = (route.asPath ?? []).map((h) => `${h.name}${h.asn ? ` AS${h.asn}` : ''} (${metroName(graph, graph.nodes[h.entry]!.metro)} → ${metroName(graph, graph.nodes[h.exit]!.metro)})`);
  return `${names.join(' > ')}\n  via ${[...route.cables.map((c) => graph.cables.get(c)?.name ?? c), ...route.links.map((l) => `link ${l}`)].join(', ') || 'nothing'}\n  networks ${networks.join(' > ')}`;
}

function formatStats(baseline: Baseline): string {
  const s = statsJson(baseline);
  return [
    `Network of ${s.year}`,
    `  nodes: ${s.nodes.total} (${s.nodes.metros} metros, each with an exchange; ${s.nodes.landingPoints} landing stations)`,
    `  edges: ${s.edges.total} (${s.edges.segment} cable segments, ${s.edges.backhaul} backhauls, ${s.edges.terrestrial} terrestrial links, ${s.edges.interconnect} metro interconnects)`,
    `  cables in service: ${s.cables}; countries: ${s.countries}`,
    `  demand: ${s.demandTbps} Tbit/s (${s.demandBasis} gravity model); ${s.flows} country-pair flows stand for ${pct(100 * s.routedShare)} of the gravity pairs`,
    `  networks: ${s.networks.carriers} carriers and ${s.networks.access} countries' access networks; flows with no policy route: ${s.unroutedAtBaseline}`,
    `  isolated even intact: ${s.isolatedAtBaseline.join(', ') || 'none'}; congested at baseline: ${s.congestedAtBaseline} edges`,
    `  demand left unplaced at baseline (no room within its networks' footprints): ${s.unplacedAtBaseline.flows} flows, ${s.unplacedAtBaseline.tbps} Tbit/s`,
    `  utilisation of loaded long-haul edges: median ${pct(100 * s.utilisation.p50)}, 95th percentile ${pct(100 * s.utilisation.p95)}, max ${pct(100 * s.utilisation.max)}`,
  ].join('\n');
}

/** A metro by its name; a data centre or cloud region by its own, with the metro it is routed as. */
const endName = (graph: Graph, end: RouteEnd) => (end.id === end.metro ? metroName(graph, end.metro) : `${end.name} [${metroName(graph, end.metro)}]`);

function formatRoute(graph: Graph, [from, to]: readonly [RouteEnd, RouteEnd], route: Route | null, cuts: readonly string[]): string {
  const j = routeJson(graph, from.metro, to.metro, route, cuts);
  const title = `${endName(graph, from)} → ${endName(graph, to)}`;
  if (!route) return `${header(graph, cuts)}\n${title}: no path (fibre floor ${j.floorMs} ms)`;
  return `${header(graph, cuts)}\n${title}: RTT ${j.rttMs} ms (fibre floor ${j.floorMs} ms), ${j.lengthKm} km of fibre\n  ${pathText(graph, route)}`;
}

function formatImpact(baseline: Baseline, impact: Impact, cuts: readonly string[]): string {
  const { graph, demand } = baseline;
  const lines = [header(graph, cuts)];
  lines.push(`Flows: ${demand.flows.length} country-pair flows; ${impact.rerouted.length} rerouted, ${impact.stranded.length} stranded; ${impact.replaced} kept their route, part of their volume placed on other paths`);
  lines.push(`Isolated countries: ${impact.isolated.join(', ') || 'none'}`);
  for (const s of impact.onSatellite) {
    const via = `${s.kind.toUpperCase()}, ${s.operators.join(', ')}, landing at ${metroName(graph, s.gateway)}`;
    lines.push(`  ${s.country} on satellite backup (${via}): ${round(s.capacityGbps, 2)} Gbit/s for ${round(s.demandGbps, 2)} Gbit/s of demand (${pct(s.shareOfDemandPct)}), RTT ${round(s.rttMs)} ms`);
  }
  lines.push(`Degraded countries: ${impact.degraded.length ? '' : 'none'}`);
  for (const d of impact.degraded) {
    lines.push(
      `  ${d.country}  ${d.severity.padEnd(8)} RTT +${round(d.rttIncreaseMs)} ms (+${pct(d.rttIncreasePct)})  rerouted ${pct(d.trafficReroutedPct)}  moved ${pct(d.trafficMovedPct)}  unserved ${pct(d.unservedPct)}  border capacity lost ${pct(d.borderCapacityLostPct)} (${round(d.capacityLostTbps)} Tbit/s)`,
    );
  }
  lines.push(`Edges the cut pushed over capacity (or further over): ${impact.worsened.length ? '' : 'none'}`);
  for (const c of impact.worsened.slice(0, 10)) lines.push(`  ${c.name}: ${round(100 * c.utilisation, 0)}% (${round(c.loadTbps)} of ${round(c.capacityTbps)} Tbit/s)`);
  if (impact.worsened.length > 10) lines.push(`  … and ${impact.worsened.length - 10} more`);
  lines.push(`Edges over capacity in all: ${impact.congested.length} (${baseline.congested.length} at baseline)`);
  const worst = [...impact.rerouted].sort((x, y) => y.rttIncreaseMs - x.rttIncreaseMs || x.flow.index - y.flow.index).slice(0, 8);
  if (worst.length) lines.push('Largest RTT increases:');
  for (const r of worst) {
    const networks = (route: Route) => (route.asPath ?? []).map((h) => h.name).join(' > ');
    const how = r.failover === 'internal' ? `rerouted inside ${networks(r.after)}` : `${networks(r.before)} withdrawn; now ${networks(r.after)}`;
    lines.push(`  ${metroName(graph, r.flow.from)} → ${metroName(graph, r.flow.to)}: ${round(r.before.rttMs)} → ${round(r.after.rttMs)} ms (+${round(r.rttIncreaseMs)}); ${how}`);
  }
  if (impact.stranded.length) lines.push(`Stranded: ${impact.stranded.map((s) => `${metroName(graph, s.flow.from)} → ${metroName(graph, s.flow.to)}`).join('; ')}`);
  return lines.join('\n');
}

function formatCritical(ranking: readonly CableCriticality[], corridors: readonly Corridor[]): string {
  const lines = ['Most critical cables (each lost alone):', '  #  cable                          isolated  stranded  rerouted  added Tbit/s·ms  congested'];
  ranking.forEach((c, i) => {
    lines.push(
      `${String(i + 1).padStart(3)}  ${c.name.slice(0, 30).padEnd(30)} ${(c.isolated.join(',') || '-').padEnd(9)} ${String(c.strandedFlows).padStart(8)}  ${String(c.reroutedFlows).padStart(8)}  ${String(round(c.addedLatency)).padStart(15)}  ${String(c.newlyCongested).padStart(9)}`,
    );
  });
  lines.push('Corridors where cables run together:');
  for (const c of corridors) lines.push(`  near ${c.near} (${c.center.join(', ')}): ${c.peakCables} cables at the densest point, ${c.cables.length} in all`);
  return lines.join('\n');
}

process.exitCode = main(process.argv.slice(2), { log: (t) => console.log(forTerminal(t)), error: (t) => console.error(forTerminal(t)) });
