import type { Geometry } from 'geojson';
import { kindOf } from '../kinds';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import type { Lang } from '../i18n/messages';
import { countryName } from '../store/countryName';
import type { EntityRef } from '../store/types';

/** The record's name as the dataset has it; a country's in the interface language (see the kind's module in src/kinds). */
export function entityName(backbone: Backbone, ref: EntityRef, lang: Lang = 'en'): string | null {
  return kindOf(ref.kind).name(backbone, ref.id, lang);
}

/** A point to zoom to: the record's position, or the middle of its landings or metros. */
export function entityLocation(backbone: Backbone, ref: EntityRef): LonLat | null {
  return kindOf(ref.kind).location(backbone, ref.id);
}

/** The shape to frame when zooming to an entity that is larger than a point. */
export function entityExtent(backbone: Backbone, ref: EntityRef): Geometry | null {
  return kindOf(ref.kind).extent(backbone, ref.id);
}

/** A zoom scale that frames the entity: cities close, cables and carriers wide. */
export function entityZoom(ref: EntityRef): number {
  return kindOf(ref.kind).zoom;
}

const sharedNames = new WeakMap<Backbone, Set<string>>();

/**
 * A city's name as a list shows it: with its country where another city in the dataset has the same name
 * (Kingston, Jamaica and Kingston, Canada; St. John's, Antigua and St. John's, Canada).
 */
export function metroLabel(backbone: Backbone, id: string, lang: Lang = 'en'): string {
  const metro = backbone.metros.get(id);
  if (!metro) return id;
  let shared = sharedNames.get(backbone);
  if (!shared) {
    const seen = new Set<string>();
    shared = new Set<string>();
    for (const m of backbone.dataset.metros) (seen.has(m.name) ? shared : seen).add(m.name);
    sharedNames.set(backbone, shared);
  }
  return shared.has(metro.name) ? `${metro.name}, ${countryName(metro.country, lang)}` : metro.name;
}
