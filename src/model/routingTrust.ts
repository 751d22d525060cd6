import { isExported, NO_ROUTE, ORIGIN } from './asTree';
import { classFrom, propagate, walk } from './announcements';
import type { AsGraph, RouteTable, Seed, Walk } from './announcements';
import type { Relation } from './networks';
import { ModelInputError } from './ids';
import { covers, firstHalf, formatPrefix } from './prefix';
import type { Prefix } from './prefix';

/**
 * A hijack or a route leak on the AS graph (docs/MODEL.md, "Routing trust"). A hijacker
 * announces someone else's block (the same length: it competes hop by hop; a more-specific:
 * it wins by longest match wherever it reaches); a leaker passes a route learned from one
 * neighbour (a provider or peer) to another provider or peer, which valley-free export
 * forbids. Networks that validate origins (RPKI ROV) drop an announcement the block's ROA
 * makes invalid: a wrong origin AS, or a block longer than the ROA's maximum length.
 */
export interface TrustNetwork {
  id: string;
  name: string;
  asn: number | null;
  tier: number | null;
  kind: 'carrier' | 'access';
  country: string;
  sellsTransit: boolean;
}

export interface TrustGraph extends AsGraph {
  networks: readonly TrustNetwork[];
}

/** An address block, its legitimate origin (network index) and its ROA where one is published. */
export interface Block {
  /** The block; absent where only its origin is known (prefix-level data we do not have). */
  prefix?: Prefix;
  origin: number;
  roa?: { asn: number; maxLength: number };
}

/**
 * `moreSpecific`: the bad route is for a block inside the prefix, which wins by longest match:
 * `announced` where given, else the prefix's first half. `only`: the hijacker's neighbours it
 * announced to, where reports name them (else it announces to all, as BGP does).
 */
export type Attack =
  | { kind: 'hijack'; by: number; moreSpecific: boolean; announced?: Prefix; only?: readonly number[] }
  | { kind: 'leak'; by: number; from: number; to: number; moreSpecific: boolean; announced?: Prefix };

/** Which networks drop RPKI-invalid routes: none, the Tier 1s, a share of all networks, or all. */
export type RovSetting = { kind: 'none' } | { kind: 'tier1' } | { kind: 'all' } | { kind: 'share'; share: number };

export type RpkiState = 'valid' | 'invalid' | 'not-found';

export interface TrustOutcome {
  /** The block the bad route is for (the more-specific, where one is announced); absent where the block is not known. */
  announced: Prefix | undefined;
  /** The RPKI state of the bad announcement. */
  rpki: RpkiState;
  /** Networks whose traffic goes where it did not before: to the hijacker, or through the leaker. */
  captured: number[];
  /** Networks whose traffic no longer arrives anywhere (a loop, or no route left). */
  unreachable: number[];
  /** Each network's traffic for the announced block, before and after. */
  before: Walk[];
  after: Walk[];
  /** The networks that validate under the setting. */
  validators: Uint8Array;
}

/** Whether a network validates: share-based choice by a stable hash of its id, so runs and platforms agree. */
export function rovValidators(graph: TrustGraph, rov: RovSetting): Uint8Array {
  const out = new Uint8Array(graph.networks.length);
  graph.networks.forEach((n, i) => {
    if (rov.kind === 'all') out[i] = 1;
    else if (rov.kind === 'tier1') out[i] = n.kind === 'carrier' && n.tier === 1 && n.sellsTransit ? 1 : 0;
    else if (rov.kind === 'share') out[i] = stableUnit(n.id) < rov.share ? 1 : 0;
  });
  return out;
}

/** FNV-1a of a string, as a number in [0, 1). */
function stableUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

function rpkiState(block: Block, originAsn: number | null, length: number): RpkiState {
  if (!block.roa) return 'not-found';
  return originAsn === block.roa.asn && length <= block.roa.maxLength ? 'valid' : 'invalid';
}

const LEGIT = 0;
const BAD = 1;

export function simulateTrust(graph: TrustGraph, block: Block, attack: Attack, rov: RovSetting): TrustOutcome {
  const count = graph.networks.length;
  const check = (i: number, what: string) => {
    if (!Number.isInteger(i) || i < 0 || i >= count) throw new ModelInputError(`${what}: no network with index ${i}`);
  };
  check(block.origin, 'origin');
  check(attack.by, attack.kind === 'hijack' ? 'hijacker' : 'leaker');
  if (attack.by === block.origin) throw new ModelInputError(`${graph.networks[attack.by]!.id} is the block's own origin: it cannot hijack or leak its own route`);
  const validators = rovValidators(graph, rov);
  const legit = propagate(graph, [{ network: block.origin, cls: ORIGIN, len: 0, next: -1, tag: LEGIT }], () => true);
  const before = graph.networks.map((_, i) => walk([legit], i));
  const announced = announcedBlock(block, attack);
  const announcedLength = announced?.length ?? block.prefix?.length ?? 0;

  let tables: RouteTable[];
  let rpki: RpkiState;
  let capturedBy: (w: Walk) => boolean;
  if (attack.kind === 'hijack') {
    rpki = rpkiState(block, graph.networks[attack.by]!.asn, announcedLength);
    const dropsBad = (n: number) => n === block.origin || (rpki === 'invalid' && validators[n] === 1 && n !== attack.by);
    const seeds: Seed[] = [{ network: attack.by, cls: ORIGIN, len: 0, next: -1, tag: BAD }];
    const only = attack.only;
    for (const n of only ?? []) {
      const relation = graph.adjacency[n]!.find((adj) => adj.network === attack.by)?.relation;
      if (!relation) throw new ModelInputError(`${graph.networks[attack.by]!.id} has no relationship with ${graph.networks[n]!.id}: it can announce only to its neighbours`);
      seeds.push({ network: n, cls: classFrom(relation), len: 1, next: attack.by, tag: BAD });
    }
    const quiet = only ? (n: number) => n === attack.by : undefined;
    const accepts = (n: number, tag: number) => tag !== BAD || !dropsBad(n);
    tables = attack.moreSpecific ? [propagate(graph, seeds, accepts, quiet), legit] : [propagate(graph, [{ network: block.origin, cls: ORIGIN, len: 0, next: -1, tag: LEGIT }, ...seeds], accepts, quiet)];
    capturedBy = (w) => w.end === 'delivered' && w.path[w.path.length - 1] === attack.by;
  } else {
    const { by: leaker, from, to } = attack;
    const { fromIs } = leakEnds(graph, leaker, from, to);
    const relationTo = (a: number, b: number) => graph.adjacency[a]!.find((adj) => adj.network === b)?.relation;
    const name = (i: number) => graph.networks[i]!.id;
    // The route the leaker holds from `from`: what `from` exports to it, unchanged (a leaker exports the route it chose).
    const fromRoute = walk([legit], from);
    if (legit.cls[from] === NO_ROUTE || fromRoute.end !== 'delivered' || fromRoute.path.includes(leaker) || !isExported(fromIs, legit.cls[from]!)) {
      throw new ModelInputError(`${name(from)} gives ${name(leaker)} no route to the block that does not already pass through it: there is nothing to leak`);
    }
    const onPath = new Set(fromRoute.path);
    rpki = rpkiState(block, graph.networks[block.origin]!.asn, announcedLength);
    const lenAtLeaker = legit.len[from]! + 1;
    const seeds: Seed[] = [
      { network: leaker, cls: classFrom(fromIs), len: lenAtLeaker, next: from, tag: BAD },
      { network: to, cls: classFrom(relationTo(to, leaker)!), len: lenAtLeaker + 1, next: leaker, tag: BAD },
    ];
    const accepts = (n: number, tag: number) => {
      // The leaker holds the route it leaks; the networks already on that route drop it (BGP's loop check).
      if (n === leaker) return tag === BAD;
      if (tag !== BAD) return true;
      return !onPath.has(n) && !(rpki === 'invalid' && validators[n] === 1);
    };
    const origin: Seed = { network: block.origin, cls: ORIGIN, len: 0, next: -1, tag: LEGIT };
    // A more-specific exists only on the leaked route; the covering block keeps its legitimate routes.
    tables = attack.moreSpecific ? [propagate(graph, seeds, accepts), legit] : [propagate(graph, [origin, ...seeds], accepts)];
    capturedBy = (w) => w.path.includes(leaker);
  }
  const after = graph.networks.map((_, i) => walk(tables, i));
  const captured: number[] = [];
  const unreachable: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === attack.by || i === block.origin) continue;
    if (after[i]!.end !== 'delivered' && before[i]!.end === 'delivered') unreachable.push(i);
    else if (capturedBy(after[i]!) && !capturedBy(before[i]!)) captured.push(i);
  }
  return { announced, rpki, captured, unreachable, before, after, validators };
}

function announcedBlock(block: Block, attack: Attack): Prefix | undefined {
  if (!attack.moreSpecific) return block.prefix;
  if (attack.announced) {
    if (block.prefix && (!covers(block.prefix, attack.announced) || attack.announced.length <= block.prefix.length)) {
      throw new ModelInputError(`${formatPrefix(attack.announced)} is not a more-specific of ${formatPrefix(block.prefix)}`);
    }
    return attack.announced;
  }
  return block.prefix && firstHalf(block.prefix);
}

/** What a leak's two neighbours are to the leaker; a clear error where they are not a provider or peer of it. */
export function leakEnds(graph: TrustGraph, leaker: number, from: number, to: number): { fromIs: Relation; toIs: Relation } {
  const name = (i: number) => graph.networks[i]?.id ?? `#${i}`;
  for (const [i, what] of [[leaker, 'leaker'], [from, 'from'], [to, 'to']] as const) {
    if (!Number.isInteger(i) || i < 0 || i >= graph.networks.length) throw new ModelInputError(`${what}: no network with index ${i}`);
  }
  if (from === to) throw new ModelInputError('--from and --to name the same network; a leak passes a route to another neighbour');
  const relationTo = (b: number) => graph.adjacency[leaker]!.find((adj) => adj.network === b)?.relation;
  const fromIs = relationTo(from);
  const toIs = relationTo(to);
  if (!fromIs || !toIs) throw new ModelInputError(`${name(leaker)} has no relationship with ${!fromIs ? name(from) : name(to)}: a leak passes a route between two of the leaker's neighbours`);
  if (fromIs === 'customer' || toIs === 'customer') throw new ModelInputError(`a leak passes a route learned from a provider or peer to another provider or peer; ${name(fromIs === 'customer' ? from : to)} is a customer of ${name(leaker)}`);
  return { fromIs, toIs };
}
