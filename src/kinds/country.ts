import type { Backbone } from '../data/normalize';
import type { LonLat } from '../data/schema';
import { createFormatters } from '../i18n/format';
import { centreOf } from './kind';
import type { KindDefinition } from './kind';

/** A country is where the dataset has a metro or a landing point: its records are those places. */
const placesIn = (backbone: Backbone, code: string): LonLat[] =>
  [...backbone.dataset.metros, ...backbone.dataset.landingPoints].filter((r) => r.country === code).map((r) => [r.lon, r.lat] as LonLat);

export const countryKind: KindDefinition<'country'> = {
  kind: 'country',
  label: 'country',
  searchRank: 4,
  zoom: 8,
  has: (backbone, code) => backbone.dataset.metros.some((m) => m.country === code) || backbone.dataset.landingPoints.some((l) => l.country === code),
  name: (_backbone, code, lang) => createFormatters(lang).countryName(code),
  location: (backbone, code) => centreOf(placesIn(backbone, code)),
  extent: (backbone, code) => ({ type: 'MultiPoint', coordinates: placesIn(backbone, code) }),
  search: (backbone, { kindName, countryName }) => {
    const codes = new Set([...backbone.dataset.metros.map((m) => m.country), ...backbone.dataset.landingPoints.map((l) => l.country)]);
    return [...codes].map((code) => ({ id: code, label: countryName(code), detail: kindName, names: [countryName(code), code], weight: 0 }));
  },
};
