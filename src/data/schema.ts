// Named imports, not the `z` namespace: a bundler can then leave out what the schema does not use
// (zod's locales, its JSON Schema writer), which cut the embed script by about 65 kB gzipped.
import { array, boolean, config, enum as oneOf, literal, number, object, strictObject, string, tuple, union, url } from 'zod';
import type { infer as Infer } from 'zod';

// No code generation: zod's compiled parsers use `new Function`, which a page under
// the Content-Security-Policy `default-src 'self'` forbids (and reports as an error).
config({ jitless: true });

/**
 * The dataset's shape. This schema checks each record on its own; relations
 * between records (references, duplicate ids, segment endpoints) are checked in
 * `validate.ts`, which can name both ends of a broken link.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = string()
  .regex(KEBAB, 'must be a stable kebab-case id (lower-case letters, digits and single hyphens)')
  .describe('Stable kebab-case identifier, unique across the whole dataset.');

export const countrySchema = string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "GB"')
  .describe('ISO 3166-1 alpha-2 country code.');

export const latSchema = number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90');
export const lonSchema = number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180');

const yearSchema = number().int('must be a whole year').min(1850, 'year must be 1850 or later').max(2100, 'year must be 2100 or earlier');

const asOfSchema = string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('When the figure was true: YYYY, YYYY-MM or YYYY-MM-DD.');

export const sourcesSchema = array(string().min(3, 'a source must name a public reference'))
  .min(1, 'every record needs at least one public source')
  .describe('Public references (URLs or citations) for the facts in this record.');

export const confidenceSchema = oneOf(['inferred', 'modelled'])
  .describe('Set when some value is estimated: "inferred" from related facts, or "modelled" by us.');

/** A [longitude, latitude] pair, the order GeoJSON and d3-geo use. */
export const lonLatSchema = tuple([lonSchema, latSchema]);

const provenance = {
  sources: sourcesSchema,
  confidence: confidenceSchema.optional(),
  notes: string().optional().describe('Free text: what is estimated, disputed or worth knowing.'),
};

export const metaSchema = strictObject({
  version: string().min(1),
  asOf: string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  licence: string().min(1),
  attribution: string().min(1),
  sources: sourcesSchema.optional(),
});

export const carrierSchema = strictObject({
  id: idSchema,
  name: string().min(1),
  aliases: array(string().min(1)).optional().describe('Former and alternative names.'),
  asn: number().int().min(1, 'an ASN is a positive integer').max(4294967295, 'an ASN fits in 32 bits'),
  tier: union([literal(1), literal(2), literal(3)]).describe('1 = transit-free (Tier 1); 2 = regional carrier that buys some transit.'),
  hq: countrySchema,
  website: url('must be a URL such as https://example.net'),
  ...provenance,
});

export const metroSchema = strictObject({
  id: idSchema,
  name: string().min(1),
  country: countrySchema,
  lat: latSchema,
  lon: lonSchema,
  population: number().int().positive().optional().describe('Population of the urban area, for the demand model.'),
  ...provenance,
});

export const popSchema = strictObject({
  id: idSchema,
  carrier: idSchema.describe('Carrier id.'),
  metro: idSchema.describe('Metro id.'),
  facility: string().min(1).optional().describe('Data centre or carrier hotel, where public.'),
  ...provenance,
});

export const ixpSchema = strictObject({
  id: idSchema,
  name: string().min(1),
  metro: idSchema,
  lat: latSchema,
  lon: lonSchema,
  founded: yearSchema,
  website: url().optional(),
  peakTraffic: object({ tbps: number().nonnegative(), asOf: asOfSchema })
    .optional()
    .describe('Peak traffic in Tbit/s and when it was reported.'),
  members: object({ count: number().int().nonnegative(), asOf: asOfSchema })
    .optional()
    .describe('Connected networks and when that count was reported.'),
  ...provenance,
});

export const landingPointSchema = strictObject({
  id: idSchema,
  name: string().min(1),
  country: countrySchema,
  lat: latSchema,
  lon: lonSchema,
  metro: idSchema.describe('The metro this landing station backhauls to.'),
  ...provenance,
});

export const segmentSchema = strictObject({
  from: idSchema.describe('Landing point id.'),
  to: idSchema.describe('Landing point id.'),
  route: array(lonLatSchema).min(2, 'a route needs at least two points').optional().describe('Path at sea as [lon, lat] points, ends included.'),
  inferred: boolean().optional().describe('True where the order of landings is inferred rather than published.'),
  overland: boolean().optional().describe('True for a land crossing that belongs to the system (for example across Egypt between the Mediterranean and the Red Sea).'),
});

export const cableStatusSchema = oneOf(['in-service', 'planned', 'retired']);

export const cableSchema = strictObject({
  id: idSchema,
  name: string().min(1),
  aliases: array(string().min(1)).optional(),
  status: cableStatusSchema,
  rfs: yearSchema.describe('Ready-for-service year (expected year for planned cables).'),
  retired: yearSchema.optional(),
  lengthKm: number().positive().optional(),
  capacityTbps: number().positive().optional().describe('Design capacity in Tbit/s, where public.'),
  owners: array(string().min(1)).min(1, 'name at least one owner or consortium'),
  carriers: array(idSchema).optional().describe('Owners that are carriers in this dataset.'),
  landingPoints: array(idSchema).min(2, 'a cable lands in at least two places'),
  segments: array(segmentSchema).min(1, 'a cable has at least one segment'),
  website: url().optional(),
  ...provenance,
});

export const terrestrialLinkSchema = strictObject({
  id: idSchema,
  name: string().min(1).optional(),
  carriers: array(idSchema).min(1, 'name at least one carrier'),
  from: idSchema.describe('Metro id.'),
  to: idSchema.describe('Metro id.'),
  route: array(lonLatSchema).min(2).optional(),
  lengthKm: number().positive().optional(),
  capacityTbps: number().positive().optional(),
  ...provenance,
});

export const incidentSchema = strictObject({
  id: idSchema,
  name: string().min(1),
  date: string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  cause: string().min(1).describe('What damaged the cables: an earthquake, an anchor, sabotage…'),
  faults: array(
      strictObject({
        cable: idSchema,
        at: lonLatSchema.optional().describe('Where the fault was, [lon, lat]: only the segment passing nearest is cut. Without it the whole cable is cut.'),
      }),
    )
    .min(1, 'an incident cuts at least one cable'),
  reported: string().min(1).describe('What was reported at the time: who lost connectivity, what got slower, how long repairs took.'),
  reportedCountries: strictObject({
      isolated: array(countrySchema).optional(),
      degraded: array(countrySchema).optional(),
    })
    .optional()
    .describe('Countries that reports named as cut off or degraded, to compare with the simulation.'),
  ...provenance,
});

export const datasetSchema = strictObject({
  $schema: string().optional(),
  meta: metaSchema,
  carriers: array(carrierSchema),
  metros: array(metroSchema),
  pops: array(popSchema),
  ixps: array(ixpSchema),
  landingPoints: array(landingPointSchema),
  cables: array(cableSchema),
  terrestrialLinks: array(terrestrialLinkSchema),
  incidents: array(incidentSchema).default([]).describe('Historical cable incidents that the explorer can replay.'),
});

export type Dataset = Infer<typeof datasetSchema>;
export type Meta = Infer<typeof metaSchema>;
export type Carrier = Infer<typeof carrierSchema>;
export type Metro = Infer<typeof metroSchema>;
export type Pop = Infer<typeof popSchema>;
export type Ixp = Infer<typeof ixpSchema>;
export type LandingPoint = Infer<typeof landingPointSchema>;
export type Cable = Infer<typeof cableSchema>;
export type CableStatus = Infer<typeof cableStatusSchema>;
export type Segment = Infer<typeof segmentSchema>;
export type TerrestrialLink = Infer<typeof terrestrialLinkSchema>;
export type LonLat = Infer<typeof lonLatSchema>;
export type Incident = Infer<typeof incidentSchema>;

/** The collections that hold records, in the order the file lists them. */
export const COLLECTIONS = ['carriers', 'metros', 'pops', 'ixps', 'landingPoints', 'cables', 'terrestrialLinks', 'incidents'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
