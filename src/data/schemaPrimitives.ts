// The building blocks of the dataset's schema (schema.ts): zod/mini set up for the browser and the
// command line alike, ids, codes, coordinates, years, sources. Split from schema.ts so each stays short.
import {
  array,
  config,
  enum as oneOf,
  globalRegistry,
  gte,
  int,
  lte,
  memoizer,
  minLength,
  number,
  optional,
  regex,
  string,
  tuple,
} from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { DAY_PATTERN } from './days';

// What the classic API sets up by itself: English messages (zod/mini loads no locale, and
// validate.ts passes messages on) and the memoizer its arrays and objects use. And no code
// generation: zod's compiled parsers use `new Function`, which a page under the
// Content-Security-Policy `default-src 'self'` forbids (and reports as an error).
config({ ...en(), memoizer: memoizer(), jitless: true });

/** The classic `.describe()`: a copy of the schema, with the description in zod's global registry. */
export function describe<T extends { clone(): T }>(schema: T, description: string): T {
  const copy = schema.clone();
  globalRegistry.add(copy as never, { description });
  return copy;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = describe(
  string().check(regex(KEBAB, 'must be a stable kebab-case id (lower-case letters, digits and single hyphens)')),
  'Stable kebab-case identifier, unique across the whole dataset.',
);

export const countrySchema = describe(
  string().check(regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "GB"')),
  'ISO 3166-1 alpha-2 country code.',
);

export const latSchema = number().check(gte(-90, 'latitude must be between -90 and 90'), lte(90, 'latitude must be between -90 and 90'));
export const lonSchema = number().check(gte(-180, 'longitude must be between -180 and 180'), lte(180, 'longitude must be between -180 and 180'));

export const yearSchema = number().check(int('must be a whole year'), gte(1850, 'year must be 1850 or later'), lte(2100, 'year must be 2100 or earlier'));

/**
 * The first year of a carrier's network, PoP or terrestrial link, for the year slider. The
 * schema bounds it to 1960..2100; validate-data also rejects a year more than five years after
 * the dataset's date, which the schema cannot know (src/data/sinceChecks.ts).
 */
export const sinceYearSchema = number().check(int('must be a whole year'), gte(1960, 'year must be 1960 or later'), lte(2100, 'year must be 2100 or earlier'));

/**
 * When a cable or a section first carried traffic, finer than its year: YYYY-MM or YYYY-MM-DD. Only the
 * replay of an incident looks at it (the network as it stood that day); the year slider goes by `rfs`.
 */
export const rfsDateSchema = describe(
  string().check(regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, 'must be a date written YYYY-MM or YYYY-MM-DD')),
  'When it first carried traffic, where sources give the month (YYYY-MM) or day (YYYY-MM-DD); its year is its RFS year. An incident replay leaves it out before that date.',
);

/** A day written YYYY-MM-DD. */
export const daySchema = string().check(regex(DAY_PATTERN, 'must be a date written YYYY-MM-DD'));

export const asOfSchema = describe(
  string().check(regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')),
  'When the figure was true: YYYY, YYYY-MM or YYYY-MM-DD.',
);

export const sourcesSchema = describe(
  array(string().check(minLength(3, 'a source must name a public reference'))).check(minLength(1, 'every record needs at least one public source')),
  'Public references (URLs or citations) for the facts in this record.',
);

const confidenceSchema = describe(
  oneOf(['inferred', 'modelled']),
  'Set when some value is estimated: "inferred" from related facts, or "modelled" by us.',
);

/** A [longitude, latitude] pair, the order GeoJSON and d3-geo use. */
export const lonLatSchema = tuple([lonSchema, latSchema]);

/** A non-empty string. */
export const text = () => string().check(minLength(1));

export const provenance = {
  sources: sourcesSchema,
  confidence: optional(confidenceSchema),
  notes: describe(optional(string()), 'Free text: what is estimated, disputed or worth knowing.'),
};

