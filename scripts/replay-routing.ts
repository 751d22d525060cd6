// Replays every BGP incident in the dataset (hijacks and leaks) on the AS graph of its year and
// prints the simulated reach beside the reported one (the table in docs/MODEL.md, "Routing trust").
//   npx tsx scripts/replay-routing.ts [data/backbone.json] [--markdown | --check docs/MODEL.md]
// --check compares the table between the routing-replays markers in the file with what the model replays now; exits 1 if they differ.
import { readFileSync } from 'node:fs';
import { replayRoutingEvents } from '../src/model';
import type { RoutingReplay } from '../src/model';
import { readDatasetOrExit } from './readDataset';

export const START = '<!-- routing-replays:start -->';
export const END = '<!-- routing-replays:end -->';

export function routingTable(replays: readonly RoutingReplay[]): string[] {
  const lines = [
    '| event | attack | ROV | simulated reach | reported | reported countries / networks found |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of replays) {
    const { event: e, report: s } = r;
    const who = s.by.asn ? `AS${s.by.asn}` : s.by.id;
    const attack =
      s.kind === 'hijack'
        ? `${who} announces ${s.announced ?? `a block of ${s.origin.name}`}${s.prefix && s.announced !== s.prefix ? ` (in ${s.prefix})` : ''}`
        : `${who} leaks ${s.announced ?? ''} from ${s.from!.name} to ${s.to!.name}`;
    const carriers = s.captured.networks.filter((n) => !n.id.startsWith('access-')).map((n) => n.name);
    const reach = `${s.captured.countries.length} countries, ${(100 * s.captureShare).toFixed(1)} % of demand weight; carriers: ${carriers.length > 6 ? `${carriers.slice(0, 6).join(', ')} and ${carriers.length - 6} more` : carriers.join(', ') || 'none'}`;
    const found = (hit: string[], miss: string[]) => (hit.length + miss.length ? `${hit.length}/${hit.length + miss.length}${miss.length ? ` (not: ${miss.join(', ')})` : ''}` : '–');
    const rpki = s.rpki === 'not-found' ? '' : ` (RPKI ${s.rpki})`;
    lines.push(`| ${e.name}, ${e.date} | ${attack} | ${e.rov}${rpki} | ${reach} | ${e.reported.replaceAll('|', '/')} | countries ${found(r.countriesMatched, r.countriesMissed)}; networks ${found(r.networksMatched, r.networksMissed)} |`);
  }
  return lines;
}

const isMain = process.argv[1]?.endsWith('replay-routing.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--check') ?? 'data/backbone.json';
  const checkAt = args.indexOf('--check');
  const checkFile = checkAt >= 0 ? (args[checkAt + 1] ?? 'docs/MODEL.md') : null;
  const replays = replayRoutingEvents(readDatasetOrExit(file));
  const table = routingTable(replays);
  if (checkFile) {
    const doc = readFileSync(checkFile, 'utf8');
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    if (from < 0 || to < from) {
      console.error(`${checkFile}: no routing-replays table (between ${START} and ${END})`);
      process.exit(1);
    }
    const current = doc.slice(from + START.length, to).trim();
    if (current !== table.join('\n')) {
      console.error(`${checkFile}: the routing-replays table differs from what the model replays now; regenerate it with npx tsx scripts/replay-routing.ts --markdown`);
      process.exit(1);
    }
    console.log(`${checkFile}: the routing-replays table is what the model replays (${replays.length} events)`);
  } else if (args.includes('--markdown')) {
    console.log([START, ...table, END].join('\n'));
  } else {
    for (const r of replays) {
      const s = r.report;
      console.log(`${r.event.date} ${r.event.name} (network of ${r.year}; ROV ${r.event.rov}; RPKI ${s.rpki})`);
      console.log(`  simulated: ${s.captured.countries.length} countries (${(100 * s.captureShare).toFixed(1)} % of demand weight), ${s.captured.networks.length} networks`);
      console.log(`  reported:  ${r.event.reported}`);
      if (r.event.reportedCountries.length) console.log(`  reported countries found: ${r.countriesMatched.join(', ') || 'none'}; not found: ${r.countriesMissed.join(', ') || 'none'}`);
      if (r.event.reportedNetworks.length) console.log(`  reported networks found: ${r.networksMatched.join(', ') || 'none'}; not found: ${r.networksMissed.join(', ') || 'none'}`);
    }
  }
}
