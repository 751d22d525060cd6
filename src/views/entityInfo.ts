import { geoCentroid } from 'd3';
import type { Geometry } from 'geojson';
import { cableGeometry, linkGeometry } from '../geo/features';
import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import type { Lang } from '../i18n/messages';
import { countryName } from '../store/countryName';
import type { EntityRef } from '../store/types';

/** The record's name as the dataset has it; a country's in the interface language. */
export function entityName(backbone: Backbone, ref: EntityRef, lang: Lang = 'en'): string | null {
  switch (ref.kind) {
    case 'cable':
      return backbone.cables.get(ref.id)?.name ?? null;
    case 'link': {
      const link = backbone.terrestrialLinks.get(ref.id);
      if (!link) return null;
      return link.name ?? `${backbone.metros.get(link.from)?.name ?? link.from} – ${backbone.metros.get(link.to)?.name ?? link.to}`;
    }
    case 'metro':
      return backbone.metros.get(ref.id)?.name ?? null;
    case 'ixp':
      return backbone.ixps.get(ref.id)?.name ?? null;
    case 'landingPoint':
      return backbone.landingPoints.get(ref.id)?.name ?? null;
    case 'carrier':
      return backbone.carriers.get(ref.id)?.name ?? null;
    case 'country':
      return countryName(ref.id, lang);
  }
}

/** The spherical centroid, so that a cable across the antimeridian centres on the Pacific, not on Africa. */
function mean(points: LonLat[]): LonLat | null {
  if (!points.length) return null;
  return points.length === 1 ? points[0]! : (geoCentroid({ type: 'MultiPoint', coordinates: points }) as LonLat);
}

/** A point to zoom to: the record's position, or the middle of its landings or metros. */
export function entityLocation(backbone: Backbone, ref: EntityRef): LonLat | null {
  const d = backbone.dataset;
  switch (ref.kind) {
    case 'metro': {
      const m = backbone.metros.get(ref.id);
      return m ? [m.lon, m.lat] : null;
    }
    case 'ixp': {
      const x = backbone.ixps.get(ref.id);
      return x ? [x.lon, x.lat] : null;
    }
    case 'landingPoint': {
      const l = backbone.landingPoints.get(ref.id);
      return l ? [l.lon, l.lat] : null;
    }
    case 'cable': {
      const c = backbone.cables.get(ref.id);
      const points = (c?.landingPoints ?? []).flatMap((id) => {
        const l = backbone.landingPoints.get(id);
        return l ? [[l.lon, l.lat] as LonLat] : [];
      });
      return mean(points);
    }
    case 'link': {
      const link = backbone.terrestrialLinks.get(ref.id);
      const ends = link ? [backbone.metros.get(link.from), backbone.metros.get(link.to)] : [];
      return mean(ends.flatMap((m) => (m ? [[m.lon, m.lat] as LonLat] : [])));
    }
    case 'carrier': {
      const pops = backbone.popsByCarrier.get(ref.id) ?? [];
      return mean(pops.flatMap((p) => {
        const m = backbone.metros.get(p.metro);
        return m ? [[m.lon, m.lat] as LonLat] : [];
      }));
    }
    case 'country':
      return mean([...d.metros, ...d.landingPoints].filter((r) => r.country === ref.id).map((r) => [r.lon, r.lat] as LonLat));
  }
}

/** The shape to frame when zooming to an entity that is larger than a point. */
export function entityExtent(backbone: Backbone, ref: EntityRef): Geometry | null {
  const metroPoint = (id: string): LonLat[] => {
    const m = backbone.metros.get(id);
    return m ? [[m.lon, m.lat]] : [];
  };
  switch (ref.kind) {
    case 'cable': {
      const cable = backbone.cables.get(ref.id);
      return cable ? cableGeometry(cable, backbone) : null;
    }
    case 'link': {
      const link = backbone.terrestrialLinks.get(ref.id);
      return link ? linkGeometry(link, backbone) : null;
    }
    case 'carrier':
      return { type: 'MultiPoint', coordinates: (backbone.popsByCarrier.get(ref.id) ?? []).flatMap((p) => metroPoint(p.metro)) };
    case 'country':
      return {
        type: 'MultiPoint',
        coordinates: [...backbone.dataset.metros, ...backbone.dataset.landingPoints].filter((r) => r.country === ref.id).map((r) => [r.lon, r.lat]),
      };
    default:
      return null;
  }
}

/** A zoom scale that frames the entity: cities close, cables and carriers wide. */
export function entityZoom(ref: EntityRef): number {
  return ref.kind === 'cable' || ref.kind === 'carrier' ? 6 : ref.kind === 'country' || ref.kind === 'link' ? 8 : 5;
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
