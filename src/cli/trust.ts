// npm run sim -- --hijack PREFIX_OR_ORIGIN --by CARRIER [--more-specific] [--rov none|tier1|all|SHARE] [--json]
// npm run sim -- --leak --by CARRIER --from NEIGHBOUR --to NEIGHBOUR [--prefix PREFIX_OR_ORIGIN] [--more-specific] [--rov …] [--json]
// Routing trust on the command line (docs/MODEL.md, "Routing trust"). Bad input exits 2 with one clear message.
import { parseArgs } from 'node:util';
import type { Backbone } from '../data';
import { ModelInputError, TrustModel, buildGraph, buildNetworks, parseRov } from '../model';
import type { TrustReport } from '../model';

export const TRUST_USAGE = `usage: npm run sim -- --hijack PREFIX_OR_ORIGIN --by CARRIER [--more-specific] [--rov R] [--json]
       npm run sim -- --leak --by CARRIER --from NEIGHBOUR --to NEIGHBOUR [--prefix PREFIX_OR_ORIGIN] [--more-specific] [--rov R] [--json]
  --hijack X        the block to announce (a.b.c.d/n, recorded or inside a recorded block) or its origin network
  --leak            pass routes learned from --from (a provider or peer) on to --to (another provider or peer)
  --prefix X        for a leak: the block (or origin) whose routes leak; without it, every country's routes do
  --by CARRIER      the hijacker or leaker: a carrier id, name or ASN
  --more-specific   announce the block's first half, which wins by longest match
  --rov R           which networks drop RPKI-invalid routes: none (default), tier1, all, or a share such as 40%
  --data FILE       dataset (default data/backbone.json); --year YYYY: the network as it stood that year`;

export class TrustInputError extends Error {}

export function trustMain(argv: string[], readDataset: (file: string) => Backbone, log: (text: string) => void): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: 'data/backbone.json' },
      year: { type: 'string' },
      hijack: { type: 'string' },
      leak: { type: 'boolean', default: false },
      prefix: { type: 'string' },
      by: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'more-specific': { type: 'boolean', default: false },
      rov: { type: 'string', default: 'none' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new TrustInputError(`unexpected argument "${positionals[0]}"\n${TRUST_USAGE}`);
  if (values.hijack !== undefined && values.leak) throw new TrustInputError('give --hijack or --leak, not both');
  if (!values.by?.trim()) throw new TrustInputError(`${values.leak ? '--leak' : '--hijack'} needs --by CARRIER (the ${values.leak ? 'leaker' : 'hijacker'})\n${TRUST_USAGE}`);
  if (values.leak && (!values.from?.trim() || !values.to?.trim())) throw new TrustInputError('--leak needs --from (where the routes were learned) and --to (where they were passed)');
  if (!values.leak && (values.from !== undefined || values.to !== undefined || values.prefix !== undefined)) throw new TrustInputError('--from, --to and --prefix go with --leak; a hijack names its block with --hijack');
  if (values.hijack !== undefined && !values.hijack.trim()) throw new TrustInputError('--hijack needs a block (a.b.c.d/n) or an origin network');
  const rov = parseRov(values.rov);

  const backbone = readDataset(values.data);
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    const { min, max } = backbone.years;
    if (!/^\d{4}$/.test(values.year) || year < min || year > max) throw new TrustInputError(`--year ${values.year}: give a year from ${min} to ${max}, the years the dataset covers`);
  }
  const graph = buildGraph(backbone, { year });
  const model = new TrustModel(graph, buildNetworks(graph));
  const report = model.request({
    kind: values.leak ? 'leak' : 'hijack',
    target: values.leak ? values.prefix : values.hijack,
    by: values.by,
    from: values.from,
    to: values.to,
    moreSpecific: values['more-specific'],
    rov,
  });
  log(values.json ? JSON.stringify(report, null, 2) : formatTrust(report));
}

export const isTrustInputError = (error: unknown) => error instanceof TrustInputError || error instanceof ModelInputError;

function formatTrust(r: TrustReport): string {
  const name = (n: { name: string; asn: number | null }) => `${n.name}${n.asn ? ` (AS${n.asn})` : ''}`;
  const what =
    r.kind === 'hijack'
      ? `${name(r.by)} announces ${r.announced ?? `an address block of ${name(r.origin)}`}${r.prefix && r.announced !== r.prefix ? ` inside ${r.prefix}` : ''} (origin ${name(r.origin)})`
      : `${name(r.by)} leaks ${r.prefix ? `${r.announced} (origin ${name(r.origin)})` : "routes to every country"} from ${name(r.from!)} to ${name(r.to!)}`;
  const lines = [what, `  RPKI: ${r.rpki}; route origin validation: ${r.rov}`];
  lines.push(`  captured: ${r.captured.countries.length} countries (${(100 * r.captureShare).toFixed(1)} % of demand weight), ${r.captured.networks.length} networks`);
  lines.push(`  countries: ${r.captured.countries.join(', ') || 'none'}`);
  const carriers = r.captured.networks.filter((n) => !n.id.startsWith('access-'));
  lines.push(`  carriers: ${carriers.map(name).join(', ') || 'none'}`);
  if (r.unreachable.networks.length) lines.push(`  left without a route: ${r.unreachable.networks.map(name).join(', ')}`);
  for (const p of r.paths.slice(0, 8)) lines.push(`  ${p.network}: ${p.before.join(' ')}  →  ${p.after.join(' ')}`);
  if (r.paths.length > 8) lines.push(`  … and ${r.paths.length - 8} more paths (--json lists them all)`);
  return lines.join('\n');
}
