import { EARTH_RADIUS_KM } from '../sphere';
import { borderEdges } from './countries';
import type { Graph } from './graph';
import type { CountryCode, MetroId } from './ids';

/**
 * Demand: international traffic between countries (docs/MODEL.md, "Demand").
 * The total is the world's used international bandwidth in the graph's year
 * (TeleGeography's published figures, interpolated). It is shared between
 * country pairs by a gravity model, W_c × W_d / distance (DISTANCE_DECAY), where a
 * country's weight is the sum of its metros' weights. The heaviest pairs are kept until they hold
 * DEMAND_COVERAGE of the model's total, and every country also sends to its
 * `partners` largest partners, so that a country far down a cable has traffic
 * whose fate a cut decides; the pairs kept are scaled up to carry the whole total. Each pair
 * runs between the closest of the two countries' gateway metros.
 */
export interface Flow {
  /** Position in `Demand.flows`. */
  index: number;
  /** `FROM>TO`, FROM the lower id. */
  id: string;
  from: MetroId;
  to: MetroId;
  /** Volume in each direction, Tbit/s. */
  tbps: number;
}

export interface Demand {
  /** The country pairs routed, largest first (ties by id). */
  flows: readonly Flow[];
  /** Demand over all pairs, Tbit/s in each direction: what `flows` carry between them. */
  totalTbps: number;
  /** The share of the gravity model's pairs (by volume) that the flows kept stand for before scaling. */
  routedShare: number;
  weights: ReadonlyMap<MetroId, number>;
  basis: 'population' | 'derived';
}

export interface DemandOptions {
  /** How many partners each country sends to, the largest first. Default DEFAULT_PARTNERS. */
  partners?: number;
  /** The share of the gravity model's total that the heaviest pairs kept must hold, 0–1. Default DEMAND_COVERAGE. */
  coverage?: number;
  /** Demand in Tbit/s in each direction. Default: DEMAND_SHARE × `internationalBandwidthTbps(graph.year)`. */
  totalTbps?: number;
  /** How fast traffic falls with distance: a pair's volume is divided by (km between its gateways, at least DISTANCE_FLOOR_KM) to this power. Default DISTANCE_DECAY. */
  distanceDecay?: number;
}

const DEFAULT_PARTNERS = 3;
/** The heaviest country pairs are kept until they hold this share of the gravity model's total. */
const DEMAND_COVERAGE = 0.9;
/**
 * The busy-hour traffic routed, as a share of the year's used international
 * bandwidth: the round share at which the intact network of 2024 and 2026 has at most
 * 5 links over capacity and a 95th percentile of utilisation nearest TeleGeography's
 * 43 % at peak (docs/MODEL.md §4).
 */
export const DEMAND_SHARE = 0.03;
/** A country's gateways: up to this many of its metros, each weighing at least GATEWAY_MIN_SHARE of its heaviest. */
const GATEWAYS_PER_COUNTRY = 3;
/**
 * Traffic between two countries falls with the distance between them, as trade does: a pair's
 * volume is W_a × W_b / km^DISTANCE_DECAY. Blum and Goldfarb (2006) measured an elasticity of
 * about −1.1 for visits to foreign websites, a purely digital good with no shipping cost; the
 * model uses −1. Without it every country would send the same third of its traffic to Asia
 * (docs/MODEL.md §4).
 */
const DISTANCE_DECAY = 1;
/** Below this distance neighbours exchange at the same regional hubs, and distance no longer tells their traffic apart. */
const DISTANCE_FLOOR_KM = 1000;
export const GATEWAY_MIN_SHARE = 0.5;

/**
 * Used international bandwidth, Tbit/s, by year: TeleGeography's published
 * totals (docs/MODEL.md cites each). Between points it grows geometrically;
 * beyond them it continues at the growth of the nearest interval.
 */
const INTERNATIONAL_BANDWIDTH_TBPS: readonly (readonly [number, number])[] = [
  [2009, 30],
  [2013, 138],
  [2020, 2000],
  [2023, 5000],
  [2024, 6400],
];

export function internationalBandwidthTbps(year: number, table = INTERNATIONAL_BANDWIDTH_TBPS): number {
  const at = (i: number) => table[Math.max(0, Math.min(table.length - 1, i))]!;
  let i = 1;
  while (i < table.length - 1 && year > at(i)[0]) i++;
  const [y0, v0] = at(i - 1);
  const [y1, v1] = at(i);
  if (y1 === y0) return v0;
  return v0 * (v1 / v0) ** ((year - y0) / (y1 - y0));
}

/** Each metro's weight in the gravity model, and which basis it used. */
export function metroWeights(graph: Graph): { weights: Map<MetroId, number>; basis: Demand['basis'] } {
  const bb = graph.backbone;
  const metros = [...bb.metros.values()];
  const weights = new Map<MetroId, number>();
  if (metros.length > 0 && metros.every((m) => m.population !== undefined)) {
    for (const m of metros) weights.set(m.id as MetroId, m.population! / 1e6);
    return { weights, basis: 'population' };
  }
  const cablesAt = new Map<string, number>();
  for (const c of graph.cables.values()) {
    const metrosOfCable = new Set(c.landingPoints.map((lp) => bb.landingPoints.get(lp)?.metro ?? ''));
    for (const m of metrosOfCable) cablesAt.set(m, (cablesAt.get(m) ?? 0) + 1);
  }
  for (const m of metros) {
    const pops = bb.popsByMetro.get(m.id)?.length ?? 0;
    // The graph's backbone is its year's (backboneIn): its exchanges are those open then.
    const ixTbps = (bb.ixpsByMetro.get(m.id) ?? []).reduce((s, x) => s + (x.peakTraffic?.tbps ?? 0), 0);
    weights.set(m.id as MetroId, 1 + pops + ixTbps + 0.5 * (cablesAt.get(m.id) ?? 0));
  }
  return { weights, basis: 'derived' };
}

/** A country pair in the gravity model: its weight and the gateways its traffic runs between. */
interface Pair {
  key: string;
  g: number;
  ends: [MetroId, MetroId];
}

interface CountryWeight {
  country: CountryCode;
  weight: number;
  /** Its main hubs, heaviest first (ties by id). */
  gateways: MetroId[];
}

/** Countries with at least one metro in the graph, the heaviest first (ties by code). */
export function countryWeights(graph: Graph, weights: ReadonlyMap<MetroId, number>): CountryWeight[] {
  const byCountry = new Map<CountryCode, { id: MetroId; w: number }[]>();
  for (const [id, w] of weights) {
    const node = graph.nodes[graph.metroNode.get(id) ?? -1];
    if (!node) continue;
    const list = byCountry.get(node.country) ?? [];
    list.push({ id, w });
    byCountry.set(node.country, list);
  }
  return [...byCountry]
    .map(([country, metros]) => {
      metros.sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : 1));
      // Gateways are where networks meet (a carrier PoP or an exchange), where a country has such a place.
      const hubs = metros.filter((m) => (graph.backbone.popsByMetro.get(m.id)?.length ?? 0) + (graph.backbone.ixpsByMetro.get(m.id)?.length ?? 0) > 0);
      const candidates = hubs.length ? hubs : metros;
      return { country, weight: metros.reduce((s, m) => s + m.w, 0), gateways: candidates
          .filter((m) => m.w >= GATEWAY_MIN_SHARE * candidates[0]!.w)
          .slice(0, GATEWAYS_PER_COUNTRY)
          .map((m) => m.id) };
    })
    .sort((a, b) => b.weight - a.weight || (a.country < b.country ? -1 : 1));
}

function closestGateways(graph: Graph, a: readonly MetroId[], b: readonly MetroId[]): { ends: [MetroId, MetroId]; km: number } {
  let best: [MetroId, MetroId] = [a[0]!, b[0]!];
  let bestKm = Infinity;
  for (const x of a) {
    const [lon1, lat1] = graph.nodes[graph.metroNode.get(x)!]!.lonLat;
    for (const y of b) {
      const [lon2, lat2] = graph.nodes[graph.metroNode.get(y)!]!.lonLat;
      const r = Math.PI / 180;
      const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
      // Strictly shorter wins, so the heavier gateways (listed first) win ties.
      if (h < bestKm) {
        bestKm = h;
        best = [x, y];
      }
    }
  }
  return { ends: best, km: 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(bestKm)) };
}

export function buildDemand(graph: Graph, options: DemandOptions = {}): Demand {
  const partners = Math.max(0, options.partners ?? DEFAULT_PARTNERS);
  const coverage = Math.min(1, Math.max(0, options.coverage ?? DEMAND_COVERAGE));
  const totalTbps = options.totalTbps ?? DEMAND_SHARE * internationalBandwidthTbps(graph.year);
  const { weights, basis } = metroWeights(graph);
  const border = borderEdges(graph);
  // Traffic follows both the market (the metros' weights) and the capacity built for it (the border's): their geometric mean.
  const countries = countryWeights(graph, weights)
    .map((c) => ({ ...c, weight: Math.sqrt(c.weight * (border.get(c.country)?.tbps ?? 0)) }))
    .sort((a, b) => b.weight - a.weight || (a.country < b.country ? -1 : 1));

  // The heaviest pairs until they hold DEMAND_COVERAGE of the gravity model's total, and every country's heaviest
  // partners besides, so that a small country far down a cable has traffic whose fate a cut decides.
  const decay = options.distanceDecay ?? DISTANCE_DECAY;
  const pairKey = (a: CountryWeight, b: CountryWeight) => (a.country < b.country ? `${a.country}>${b.country}` : `${b.country}>${a.country}`);
  const pairs: Pair[] = [];
  for (let i = 0; i < countries.length; i++)
    for (let j = i + 1; j < countries.length; j++) {
      const a = countries[i]!;
      const b = countries[j]!;
      const { ends, km } = closestGateways(graph, a.gateways, b.gateways);
      pairs.push({ key: pairKey(a, b), g: (a.weight * b.weight) / Math.max(km, DISTANCE_FLOOR_KM) ** decay, ends });
    }
  const pairOf = new Map(pairs.map((p) => [p.key, p]));
  const allPairs = pairs.reduce((s, p) => s + p.g, 0);
  const kept = new Map<string, Pair>();
  const heavierFirst = (p: Pair, q: Pair) => q.g - p.g || (p.key < q.key ? -1 : 1);
  pairs.sort(heavierFirst);
  let covered = 0;
  for (const p of pairs) {
    if (covered >= coverage * allPairs) break;
    kept.set(p.key, p);
    covered += p.g;
  }
  for (const a of countries) {
    const own = countries.filter((b) => b !== a).map((b) => pairOf.get(pairKey(a, b))!);
    for (const p of own.sort(heavierFirst).slice(0, partners)) kept.set(p.key, p);
  }
  const keptGravity = [...kept.values()].reduce((s, p) => s + p.g, 0);
  const flows: Flow[] = [...kept.values()]
    .map(({ g, ends: [ga, gb] }) => {
      const [from, to] = ga < gb ? [ga, gb] : [gb, ga];
      return { index: 0, id: `${from}>${to}`, from, to, tbps: keptGravity > 0 ? (totalTbps * g) / keptGravity : 0 };
    })
    .sort((x, y) => y.tbps - x.tbps || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  flows.forEach((f, i) => (f.index = i));
  return { flows, totalTbps, routedShare: allPairs > 0 ? keptGravity / allPairs : 0, weights, basis };
}
