import { geoCentroid } from 'd3';
import type { Geometry } from 'geojson';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import type { Lang, Messages } from '../i18n/messages';

/**
 * The kinds of things a reader can select, search, link to and see described: one module each in this
 * folder (cable.ts, metro.ts, …), registered in index.ts. A new kind adds its module, its data and its strings.
 */
export const ENTITY_KINDS = ['cable', 'link', 'metro', 'ixp', 'landingPoint', 'carrier', 'country', 'satellite', 'facility'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What is selected or hovered: a kind and the record's id. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
}

/** One record as the search box offers it. */
interface SearchSeed {
  id: string;
  /** What the result list shows. */
  label: string;
  /** A second line: the country, the ASN, the RFS year. */
  detail: string;
  /** Names the query is matched against (name, aliases, ASN), before folding. */
  names: readonly string[];
  /** Among equally good matches of one kind, the larger first (an exchange's traffic, a cable's capacity). */
  weight: number;
}

/** What a kind needs to write its search results in the interface language. */
interface SearchWords {
  /** This kind's name ("Submarine cable", "Unterseekabel"). */
  kindName: string;
  messages: Messages;
  countryName: (code: string) => string;
}

/** Everything the explorer needs to know about one kind of thing, in one place. */
export interface KindDefinition<K extends EntityKind = EntityKind> {
  kind: K;
  /** How messages and URL warnings name the kind ("terrestrial link"). */
  label: string;
  /** Its place among search results of equal quality: lower first. */
  searchRank: number;
  /** The zoom scale that frames one record: cities close, cables and carriers wide. */
  zoom: number;
  /** Whether the dataset has a record of this kind with this id. */
  has(backbone: Backbone, id: string): boolean;
  /** The record's name as the dataset has it (a country's in the interface language), or null when there is none. */
  name(backbone: Backbone, id: string, lang: Lang): string | null;
  /** A point to zoom to: its position, or the middle of its parts. */
  location(backbone: Backbone, id: string): LonLat | null;
  /** The shape to frame when it is larger than a point, else null. */
  extent(backbone: Backbone, id: string): Geometry | null;
  /** Its records as search results, their labels and second lines in the interface language. */
  search(backbone: Backbone, words: SearchWords): SearchSeed[];
}

/** The spherical centroid, so that a cable across the antimeridian centres on the Pacific, not on Africa. */
export function centreOf(points: readonly LonLat[]): LonLat | null {
  if (!points.length) return null;
  return points.length === 1 ? points[0]! : (geoCentroid({ type: 'MultiPoint', coordinates: [...points] }) as LonLat);
}

/** A metro's [lon, lat], as a list of none or one. */
export function metroPoint(backbone: Backbone, id: string): LonLat[] {
  const m = backbone.metros.get(id);
  return m ? [[m.lon, m.lat]] : [];
}
