import { accessNetworkId } from './relationshipChecks';
import type { Dataset } from './schema';
import type { PathPart } from './validate';

interface RelationProblem {
  path: PathPart[];
  message: string;
}

/** An IPv4 block as [first address, length], or a reason it is not one. */
function readBlock(text: string): [number, number] | string {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!m) return 'is not an IPv4 prefix written a.b.c.d/n';
  const octets = m.slice(1, 5).map(Number);
  const length = Number(m[5]);
  if (octets.some((o) => o > 255) || length > 32) return 'is not an IPv4 prefix: octets go to 255, lengths to 32';
  const base = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const mask = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
  if ((base & mask) >>> 0 !== base) return 'has host bits set (the address is not the first of its block)';
  return [base, length];
}

function within(outer: [number, number], inner: [number, number]): boolean {
  const mask = outer[1] === 0 ? 0 : (0xffffffff << (32 - outer[1])) >>> 0;
  return inner[1] >= outer[1] && (inner[0] & mask) >>> 0 === outer[0];
}

/**
 * The routing-trust records: networks recorded only for the AS graph have no place on the fibre;
 * a block is well formed and has one origin; an event names networks and blocks that exist, and
 * a leak names where its routes came from and went.
 */
export function checkRoutingTrust(d: Dataset): RelationProblem[] {
  const problems: RelationProblem[] = [];
  const report = (path: PathPart[], message: string) => problems.push({ path, message });
  const carriers = new Map(d.carriers.map((c) => [c.id, c]));
  const access = new Set(d.metros.map((m) => accessNetworkId(m.country)));
  const countries = new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)]);

  const placed = new Set<string>([...d.pops.map((p) => p.carrier), ...d.cables.flatMap((c) => c.carriers ?? []), ...d.terrestrialLinks.flatMap((l) => l.carriers ?? [])]);
  d.carriers.forEach((c, i) => {
    if (c.routingOnly && placed.has(c.id)) report(['carriers', i, 'routingOnly'], `carrier "${c.id}" is routing-only but has PoPs, cables or links; a routing-only network has no place on the fibre`);
  });

  const blocks = new Map<string, [number, number]>();
  const seen = new Map<string, string>();
  (d.prefixes ?? []).forEach((p, i) => {
    const origin = carriers.get(p.origin);
    if (!origin) report(['prefixes', i, 'origin'], `unknown carrier "${p.origin}"`);
    const block = readBlock(p.prefix);
    if (typeof block === 'string') {
      report(['prefixes', i, 'prefix'], `"${p.prefix}" ${block}`);
      return;
    }
    blocks.set(p.id, block);
    const other = seen.get(p.prefix);
    if (other) report(['prefixes', i, 'prefix'], `${p.prefix} is already recorded by "${other}": a block has one legitimate origin`);
    else seen.set(p.prefix, p.id);
    if (p.roa && p.roa.maxLength < block[1]) report(['prefixes', i, 'roa', 'maxLength'], `maximum length /${p.roa.maxLength} is shorter than the block itself (/${block[1]})`);
  });

  const prefixes = new Map((d.prefixes ?? []).map((p) => [p.id, p]));
  const network = (path: PathPart[], id: string) => {
    if (!carriers.has(id) && !access.has(id)) report(path, `unknown network "${id}" (a carrier id or access-xx)`);
  };
  (d.routingEvents ?? []).forEach((e, i) => {
    const path = (field: string): PathPart[] => ['routingEvents', i, field];
    if ((e.prefix === undefined) === (e.origin === undefined)) report(path('prefix'), 'give either a prefix record or an origin network, not both or neither');
    const record = e.prefix !== undefined ? prefixes.get(e.prefix) : undefined;
    if (e.prefix !== undefined && !record) report(path('prefix'), `unknown prefix record "${e.prefix}"`);
    if (e.origin !== undefined && !carriers.has(e.origin)) report(path('origin'), `unknown carrier "${e.origin}"`);
    if (!carriers.has(e.by)) report(path('by'), `unknown carrier "${e.by}"`);
    const victim = record?.origin ?? e.origin;
    if (victim !== undefined && victim === e.by) report(path('by'), `"${e.by}" is the block's own origin; a hijack or leak is by another network`);
    if (e.kind === 'leak') {
      if (e.from === undefined) report(path('from'), 'a leak names the neighbour its routes were learned from');
      else network(path('from'), e.from);
      if (e.to === undefined) report(path('to'), 'a leak names the neighbour its routes were passed to');
      else network(path('to'), e.to);
      if (e.announcedTo !== undefined) report(path('announcedTo'), 'a leak names its neighbours with from and to');
    } else if (e.from !== undefined || e.to !== undefined) report(path(e.from !== undefined ? 'from' : 'to'), 'only a leak has from and to');
    (e.announcedTo ?? []).forEach((id, j) => network(['routingEvents', i, 'announcedTo', j], id));
    if (e.announced !== undefined) {
      const block = readBlock(e.announced);
      const outer = e.prefix !== undefined ? blocks.get(e.prefix) : undefined;
      if (typeof block === 'string') report(path('announced'), `"${e.announced}" ${block}`);
      else if (!outer) report(path('announced'), 'an announced block needs the prefix record it lies in');
      else if (!within(outer, block)) report(path('announced'), `${e.announced} does not lie within ${record!.prefix}`);
    }
    (e.reportedNetworks ?? []).forEach((id, j) => network(['routingEvents', i, 'reportedNetworks', j], id));
    (e.reportedCountries ?? []).forEach((c, j) => {
      if (!countries.has(c)) report(['routingEvents', i, 'reportedCountries', j], `unknown country "${c}" (no metro or landing point in the dataset)`);
    });
  });
  return problems;
}
