import type { Backbone } from '../data/normalize';
import { ENTITY_KINDS, KINDS } from './index';
import type { EntityKind } from './index';
import { createFormatters } from '../i18n/format';
import { messagesFor } from '../i18n/messages';
import type { Lang } from '../i18n/messages';

type SearchKind = EntityKind;

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** What the result list shows. */
  label: string;
  /** A second line in the interface language: what it is, and its country, ASN, RFS year or city. */
  detail: string;
  /** Lower-cased names the query is matched against (name, aliases, ASN). */
  terms: string[];
  /** Among equally good matches of one kind, the larger first: an exchange's peak traffic, a cable's capacity, a city's PoPs. */
  weight: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

/** Folds case and accents so that "sao" finds "São Paulo". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** Every registered kind's records, as search entries in the interface language (each kind says what it offers: see its module). */
export function createSearchIndex(backbone: Backbone, lang: Lang = 'en'): SearchIndex {
  const entries: SearchEntry[] = [];
  const messages = messagesFor(lang);
  const countryName = createFormatters(lang).countryName;
  for (const kind of ENTITY_KINDS) {
    for (const seed of KINDS[kind].search(backbone, { kindName: messages.kinds[kind], messages, countryName })) {
      entries.push({ kind, id: seed.id, label: seed.label, detail: seed.detail, terms: [...new Set(seed.names.map(foldText))], weight: seed.weight });
    }
  }
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
  scored.sort((a, b) => a.score - b.score || KINDS[a.entry.kind].searchRank - KINDS[b.entry.kind].searchRank || b.entry.weight - a.entry.weight || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map((s) => s.entry);
}
