import type { PrefixRecord } from '../data';
import { countryWeights, metroWeights } from './demand';
import type { Graph } from './graph';
import { ModelInputError } from './ids';
import { findByName, nearestNames } from './names';
import type { NetworkLayer } from './networks';
import { covers, formatPrefix, parsePrefix } from './prefix';
import type { Prefix } from './prefix';
import { leakEnds, simulateTrust } from './routingTrust';
import type { Attack, Block, RovSetting, RpkiState, TrustOutcome } from './routingTrust';
import { trustFlows } from './trustFlows';
import type { CountryPlaces, TrustFlowView } from './trustFlows';
import type { Walk } from './announcements';
import { buildTrustGraph } from './trustGraph';
import type { RoutingTrustGraph } from './trustGraph';

/**
 * A hijack or leak on the real networks, asked by name: which block, whose, by whom, and what it
 * takes (docs/MODEL.md, "Routing trust"). What the CLI prints and the replays compare.
 */
export interface TrustRequest {
  kind: 'hijack' | 'leak';
  /** For a hijack: a block (`a.b.c.d/n`, recorded or within a recorded one) or an origin network (id, name or ASN). */
  target?: string;
  /** The hijacker or leaker. For a leak, `target` is optional: without it, the whole table `from` gives the leaker leaks. */
  by: string;
  from?: string;
  to?: string;
  moreSpecific?: boolean;
  rov: RovSetting;
}

export interface NetworkRef {
  id: string;
  asn: number | null;
  name: string;
}

export interface TrustPath {
  network: string;
  country: string | null;
  before: string[];
  /** How the path before ended: at an origin, with no route (it had none), or in a loop. */
  beforeEnd: Walk['end'];
  after: string[];
  afterEnd: Walk['end'];
}

export interface TrustReport {
  kind: 'hijack' | 'leak';
  prefix: string | null;
  announced: string | null;
  origin: NetworkRef;
  by: NetworkRef;
  from: NetworkRef | null;
  to: NetworkRef | null;
  rov: string;
  rpki: RpkiState;
  captured: { countries: string[]; networks: NetworkRef[] };
  /** The captured countries' share of the world's demand weight (the demand model's country weights), 0–1. */
  captureShare: number;
  unreachable: { countries: string[]; networks: NetworkRef[] };
  /** AS paths before and after, for every captured network (countries' access networks first). */
  paths: TrustPath[];
}

/** The routing-trust view of one graph: its AS graph and its countries' weights, built once. */
export class TrustModel {
  readonly trust: RoutingTrustGraph;
  private weights: Map<string, number>;
  private places: CountryPlaces;
  private prefixes: readonly PrefixRecord[];

  constructor(
    readonly graph: Graph,
    readonly layer: NetworkLayer,
  ) {
    this.trust = buildTrustGraph(layer);
    const countries = countryWeights(graph, metroWeights(graph).weights);
    this.weights = new Map(countries.map((c) => [c.country as string, c.weight]));
    this.places = { weight: this.weights, gateway: new Map(countries.flatMap((c) => (c.gateways[0] ? [[c.country as string, c.gateways[0]] as const] : []))) };
    this.prefixes = graph.backbone.dataset.prefixes ?? [];
  }

  /** A network by id, name, alias or ASN (`AS15169` or `15169`); a clear error naming the nearest otherwise. */
  network(query: string, role: string): number {
    const asn = /^(?:AS)?(\d+)$/i.exec(query.trim());
    const nets = this.trust.networks;
    let found = asn ? nets.findIndex((n) => n.asn === Number(asn[1])) : -1;
    if (found < 0) {
      const carriers = [...this.graph.backbone.carriers.values()];
      const hit = this.trust.byId.get(query.trim()) ?? this.trust.byId.get(findByName(carriers, query)?.id ?? '');
      if (hit !== undefined) found = hit;
    }
    if (found < 0) {
      const near = nearestNames([...this.graph.backbone.carriers.values()], query, 3);
      throw new ModelInputError(`${role} "${query}": no such network (give a carrier id, name or ASN, or access-xx); nearest: ${near.join(', ')}`);
    }
    return found;
  }

  /** The block a target names: a recorded block, a block within one, or an origin network (its recorded block, if any). */
  block(target: string, moreSpecific: boolean): { block: Block; announced: Prefix | undefined; record?: PrefixRecord } {
    if (/^\d/.test(target.trim()) && target.includes('/')) {
      const wanted = parsePrefix(target);
      const holders = this.prefixes.map((r) => ({ r, p: parsePrefix(r.prefix) })).filter(({ p }) => covers(p, wanted));
      if (!holders.length) throw new ModelInputError(`no recorded block covers ${formatPrefix(wanted)}; recorded: ${this.prefixes.map((r) => r.prefix).join(', ')}`);
      const { r, p } = holders.sort((a, b) => b.p.length - a.p.length)[0]!;
      const block = this.blockOf(r, p);
      if (wanted.length > p.length && moreSpecific) throw new ModelInputError(`${target} is already more specific than ${r.prefix}; drop --more-specific`);
      return { block, announced: wanted.length > p.length ? wanted : undefined, record: r };
    }
    const origin = this.network(target, '--hijack');
    const record = this.prefixes.find((r) => r.origin === this.trust.networks[origin]!.id);
    if (record) return { block: this.blockOf(record, parsePrefix(record.prefix)), announced: undefined, record };
    return { block: { origin }, announced: undefined };
  }

  private blockOf(r: PrefixRecord, prefix: Prefix): Block {
    const origin = this.network(r.origin, `prefix ${r.id}: origin`);
    const asn = this.trust.networks[origin]!.asn;
    return { prefix, origin, roa: r.roa && asn !== null ? { asn, maxLength: r.roa.maxLength } : undefined };
  }

  run(block: Block, attack: Attack, rov: RovSetting, rovLabel: string): TrustReport {
    return this.reportOf(simulateTrust(this.trust, block, attack, rov), block, attack, rovLabel);
  }

  /** The report, and each country's traffic placed on the map (where it goes after the attack). */
  explain(block: Block, attack: Attack, rov: RovSetting, rovLabel: string): { report: TrustReport; flows: TrustFlowView[] } {
    const out = simulateTrust(this.trust, block, attack, rov);
    return { report: this.reportOf(out, block, attack, rovLabel), flows: trustFlows(this.graph, this.layer, this.places, out.after, new Set(out.captured)) };
  }

  private reportOf(out: TrustOutcome, block: Block, attack: Attack, rovLabel: string): TrustReport {
    const nets = this.trust.networks;
    const ref = (i: number) => this.ref(i);
    const countriesOf = (list: number[]) => list.filter((i) => nets[i]!.kind === 'access').map((i) => nets[i]!.country).sort();
    const accessFirst = (list: number[]) => this.accessFirst(list);
    const countries = countriesOf(out.captured);
    const total = [...this.weights.values()].reduce((s, w) => s + w, 0);
    const share = total ? countries.reduce((s, c) => s + (this.weights.get(c) ?? 0), 0) / total : 0;
    const asPath = (path: number[]) => this.asPath(path);
    return {
      kind: attack.kind,
      prefix: block.prefix ? formatPrefix(block.prefix) : null,
      announced: block.prefix ? formatPrefix(out.announced ?? block.prefix) : null,
      origin: ref(block.origin),
      by: ref(attack.by),
      from: attack.kind === 'leak' ? ref(attack.from) : null,
      to: attack.kind === 'leak' ? ref(attack.to) : null,
      rov: rovLabel,
      rpki: out.rpki,
      captured: { countries, networks: accessFirst(out.captured).map(ref) },
      captureShare: Math.round(share * 1000) / 1000,
      unreachable: { countries: countriesOf(out.unreachable), networks: accessFirst(out.unreachable).map(ref) },
      paths: accessFirst(out.captured).map((i) => ({ network: nets[i]!.id, country: nets[i]!.kind === 'access' ? nets[i]!.country : null, before: asPath(out.before[i]!.path), beforeEnd: out.before[i]!.end, after: asPath(out.after[i]!.path), afterEnd: out.after[i]!.end })),
    };
  }

  /**
   * A whole-table leak: the leaker passes on every route `from` gives it, here the routes to every
   * country's access networks. A network or country counts as captured when its traffic to at least
   * one country now crosses the leaker; the share weighs each source–destination pair by the demand
   * model's country weights (W_source × W_destination).
   */
  leakTable(by: number, from: number, to: number, rov: RovSetting): TrustReport {
    leakEnds(this.trust, by, from, to);
    const nets = this.trust.networks;
    const hit = new Map<number, { weight: number; example: TrustPath }>();
    let total = 0;
    let moved = 0;
    let rpki: RpkiState = 'not-found';
    for (const [country, destination] of this.layer.accessOf) {
      if (destination === by) continue;
      let out;
      try {
        out = simulateTrust(this.trust, { origin: destination }, { kind: 'leak', by, from, to, moreSpecific: false }, rov);
      } catch (error) {
        if (error instanceof ModelInputError) continue; // `from` gives the leaker no route there: nothing of it leaks.
        throw error;
      }
      rpki = out.rpki;
      const wd = this.weights.get(country) ?? 0;
      for (const [source] of this.layer.accessOf) if (source !== country) total += (this.weights.get(source) ?? 0) * wd;
      for (const i of out.captured) {
        const w = nets[i]!.kind === 'access' ? (this.weights.get(nets[i]!.country) ?? 0) * wd : 0;
        moved += w;
        const seen = hit.get(i);
        if (!seen || w > seen.weight) hit.set(i, { weight: Math.max(w, seen?.weight ?? 0), example: { network: nets[i]!.id, country: nets[i]!.kind === 'access' ? nets[i]!.country : null, before: this.asPath(out.before[i]!.path), beforeEnd: out.before[i]!.end, after: this.asPath(out.after[i]!.path), afterEnd: out.after[i]!.end } });
      }
    }
    const captured = this.accessFirst([...hit.keys()]);
    return {
      kind: 'leak',
      prefix: null,
      announced: null,
      origin: { id: 'every country', asn: null, name: "every country's access networks" },
      by: this.ref(by),
      from: this.ref(from),
      to: this.ref(to),
      rov: rovName(rov),
      rpki,
      captured: { countries: captured.filter((i) => nets[i]!.kind === 'access').map((i) => nets[i]!.country).sort(), networks: captured.map((i) => this.ref(i)) },
      captureShare: total ? Math.round((moved / total) * 1000) / 1000 : 0,
      unreachable: { countries: [], networks: [] },
      paths: captured.map((i) => hit.get(i)!.example),
    };
  }

  private ref(i: number): NetworkRef {
    const n = this.trust.networks[i]!;
    return { id: n.id, asn: n.asn, name: n.name };
  }

  private asPath(path: readonly number[]): string[] {
    return path.map((i) => (this.trust.networks[i]!.asn ? `AS${this.trust.networks[i]!.asn}` : this.trust.networks[i]!.id));
  }

  private accessFirst(list: readonly number[]): number[] {
    const nets = this.trust.networks;
    return [...list].sort((a, b) => Number(nets[b]!.kind === 'access') - Number(nets[a]!.kind === 'access') || (nets[a]!.id < nets[b]!.id ? -1 : 1));
  }

  /** Runs a request given by names, as the CLI takes it. */
  request(req: TrustRequest): TrustReport {
    if (req.kind === 'leak' && !req.target) return this.leakTable(this.network(req.by, '--by (the leaker)'), this.network(req.from ?? '', '--from'), this.network(req.to ?? '', '--to'), req.rov);
    if (!req.target) throw new ModelInputError('--hijack needs a block (a.b.c.d/n) or an origin network');
    const { block, announced } = this.block(req.target, !!req.moreSpecific);
    const by = this.network(req.by, req.kind === 'hijack' ? '--by' : '--by (the leaker)');
    const moreSpecific = !!req.moreSpecific || announced !== undefined;
    const attack: Attack =
      req.kind === 'hijack'
        ? { kind: 'hijack', by, moreSpecific, announced }
        : { kind: 'leak', by, from: this.network(req.from ?? '', '--from'), to: this.network(req.to ?? '', '--to'), moreSpecific, announced };
    return this.run(block, attack, req.rov, rovName(req.rov));
  }
}

export function rovName(rov: RovSetting): string {
  return rov.kind === 'share' ? `${Math.round(rov.share * 100)}%` : rov.kind;
}

/** `none`, `tier1`, `all` or a share such as `40%` or `0.4`; a clear error otherwise. */
export function parseRov(text: string): RovSetting {
  const t = text.trim().toLowerCase();
  if (t === 'none' || t === 'tier1' || t === 'all') return { kind: t };
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(t);
  const share = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!m || !(share >= 0 && share <= 1)) throw new ModelInputError(`--rov ${text}: give none, tier1, all, or a share of networks such as 40% or 0.4`);
  return { kind: 'share', share };
}
