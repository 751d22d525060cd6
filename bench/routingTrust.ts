// npx tsx bench/routingTrust.ts
// Times the routing-trust simulation on the shipped dataset and prints the figures (docs/MODEL.md §12).
import { readFileSync } from 'node:fs';
import { parseBackbone } from '../src/data';
import { TrustModel, buildGraph, buildNetworks, replayRoutingEvents } from '../src/model';
import type { TrustRequest } from '../src/model';

const parsed = parseBackbone(JSON.parse(readFileSync('data/backbone.json', 'utf8')));
if (!parsed.ok) throw new Error('data/backbone.json fails validation');
const backbone = parsed.backbone;
const time = <T>(run: () => T): [T, number] => {
  const t = performance.now();
  const out = run();
  return [out, performance.now() - t];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const [model, buildMs] = time(() => {
  const graph = buildGraph(backbone);
  return new TrustModel(graph, buildNetworks(graph));
});
const requests: TrustRequest[] = [
  { kind: 'hijack', target: '208.65.153.0/24', by: 'ptcl', rov: { kind: 'none' } },
  { kind: 'hijack', target: 'twitter', by: 'rtcomm', rov: { kind: 'tier1' } },
  { kind: 'leak', target: '104.20.0.0/21', by: 'allegheny-technologies', from: 'dqe', to: 'verizon', rov: { kind: 'none' } },
];
const singles = requests.map((r) => median(Array.from({ length: 9 }, () => time(() => model.request(r))[1])));
// What the explorer adds to a request: each country's traffic placed on the map for the packets (model/trustFlows.ts).
const youtube = model.block('208.65.152.0/22', false).block;
const ptcl = { kind: 'hijack' as const, by: model.network('ptcl', 'by'), moreSpecific: true, announced: model.block('208.65.153.0/24', false).announced };
const runMs = median(Array.from({ length: 9 }, () => time(() => model.run(youtube, ptcl, { kind: 'none' }, 'none'))[1]));
const [explained] = time(() => model.explain(youtube, ptcl, { kind: 'none' }, 'none'));
const explainMs = median(Array.from({ length: 9 }, () => time(() => model.explain(youtube, ptcl, { kind: 'none' }, 'none'))[1]));
const [, tableMs] = time(() => model.request({ kind: 'leak', by: 'allegheny-technologies', from: 'dqe', to: 'verizon', rov: { kind: 'none' } }));
const [replays, replayMs] = time(() => replayRoutingEvents(backbone));
console.log(`networks in the AS graph: ${model.trust.networks.length}`);
console.log(`graph + networks + AS graph: ${Math.round(buildMs)} ms`);
console.log(`one block (median of 9): YouTube /24 hijack ${singles[0]!.toFixed(1)} ms, Twitter hijack with ROV ${singles[1]!.toFixed(1)} ms, Verizon /21 leak ${singles[2]!.toFixed(1)} ms`);
console.log(`the YouTube hijack with its packet flows (median of 9): ${explainMs.toFixed(1)} ms against ${runMs.toFixed(1)} ms without; ${explained.flows.length} flows, ${explained.flows.filter((f) => f.diverted).length} diverted, ${(JSON.stringify(explained.flows).length / 1024).toFixed(1)} kB as JSON`);
console.log(`whole-table leak (every country's routes): ${Math.round(tableMs)} ms`);
console.log(`${replays.length} replays, a graph per event year: ${Math.round(replayMs)} ms`);
