import type { Backbone } from '../data/normalize';

export type SearchKind = 'cable' | 'metro' | 'country' | 'carrier' | 'ixp' | 'landingPoint';

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** What the result list shows. */
  label: string;
  /** A second line: the country, the ASN, the RFS year. */
  detail: string;
  /** Lower-cased names the query is matched against (name, aliases, ASN). */
  terms: string[];
  /** Among equally good matches of one kind, the larger first: an exchange's peak traffic, a cable's capacity, a city's PoPs. */
  weight: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

const KIND_ORDER: Record<SearchKind, number> = { cable: 0, carrier: 1, metro: 2, ixp: 3, country: 4, landingPoint: 5 };

/** Folds case and accents so that "sao" finds "São Paulo". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

export function createSearchIndex(backbone: Backbone, countryName: (code: string) => string): SearchIndex {
  const entries: SearchEntry[] = [];
  const add = (kind: SearchKind, id: string, label: string, detail: string, names: readonly string[], weight = 0) =>
    entries.push({ kind, id, label, detail, terms: [...new Set(names.map(foldText))], weight });
  const d = backbone.dataset;
  for (const c of d.cables) add('cable', c.id, c.name, `Submarine cable · ${c.status === 'planned' ? 'planned ' : 'RFS '}${c.rfs}`, [c.name, c.id, ...(c.aliases ?? [])], c.capacityTbps ?? 0);
  for (const c of d.carriers) add('carrier', c.id, c.name, `Carrier · AS${c.asn}`, [c.name, `as${c.asn}`, String(c.asn), ...(c.aliases ?? [])], c.tier === 1 ? 1 : 0);
  for (const m of d.metros) add('metro', m.id, m.name, `City · ${countryName(m.country)}`, [m.name, m.id], backbone.popsByMetro.get(m.id)?.length ?? 0);
  for (const x of d.ixps) add('ixp', x.id, x.name, `Internet exchange · ${backbone.metros.get(x.metro)?.name ?? x.metro}`, [x.name, x.id], x.peakTraffic?.tbps ?? x.members?.count ?? 0);
  for (const lp of d.landingPoints) add('landingPoint', lp.id, lp.name, `Landing point · ${countryName(lp.country)}`, [lp.name]);
  const countries = new Set([...d.metros.map((m) => m.country), ...d.landingPoints.map((l) => l.country)]);
  for (const code of countries) add('country', code, countryName(code), 'Country', [countryName(code), code]);
  return { entries };
}

/**
 * Ranks entries for a query: an exact name first, then names that start with
 * it, then words that start with it, then names that contain it; within each, by kind, then the larger first.
 */
export function searchEntries(index: SearchIndex, query: string, limit = 12): SearchEntry[] {
  const q = foldText(query);
  if (!q) return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index.entries) {
    let best = Infinity;
    for (const term of entry.terms) {
      const score = term === q ? 0 : term.startsWith(q) ? 1 : term.split(/[\s\-/(]+/).some((w) => w.startsWith(q)) ? 2 : term.includes(q) ? 3 : Infinity;
      best = Math.min(best, score);
    }
    if (best < Infinity) scored.push({ entry, score: best });
  }
  scored.sort((a, b) => a.score - b.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map((s) => s.entry);
}
