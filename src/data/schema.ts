import { z } from 'zod';

/**
 * The dataset's shape. This schema checks each record on its own; relations
 * between records (references, duplicate ids, segment endpoints) are checked in
 * `validate.ts`, which can name both ends of a broken link.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(KEBAB, 'must be a stable kebab-case id (lower-case letters, digits and single hyphens)')
  .describe('Stable kebab-case identifier, unique across the whole dataset.');

export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "GB"')
  .describe('ISO 3166-1 alpha-2 country code.');

export const latSchema = z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90');
export const lonSchema = z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180');

const yearSchema = z.number().int('must be a whole year').min(1850, 'year must be 1850 or later').max(2100, 'year must be 2100 or earlier');

const asOfSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('When the figure was true: YYYY, YYYY-MM or YYYY-MM-DD.');

export const sourcesSchema = z
  .array(z.string().min(3, 'a source must name a public reference'))
  .min(1, 'every record needs at least one public source')
  .describe('Public references (URLs or citations) for the facts in this record.');

export const confidenceSchema = z
  .enum(['inferred', 'modelled'])
  .describe('Set when some value is estimated: "inferred" from related facts, or "modelled" by us.');

/** A [longitude, latitude] pair, the order GeoJSON and d3-geo use. */
export const lonLatSchema = z.tuple([lonSchema, latSchema]);

const provenance = {
  sources: sourcesSchema,
  confidence: confidenceSchema.optional(),
  notes: z.string().optional().describe('Free text: what is estimated, disputed or worth knowing.'),
};

export const metaSchema = z.strictObject({
  version: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  sources: sourcesSchema.optional(),
});

export const carrierSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional().describe('Former and alternative names.'),
  asn: z.number().int().min(1, 'an ASN is a positive integer').max(4294967295, 'an ASN fits in 32 bits'),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('1 = transit-free (Tier 1); 2 = regional carrier that buys some transit.'),
  hq: countrySchema,
  website: z.url('must be a URL such as https://example.net'),
  ...provenance,
});

export const metroSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  country: countrySchema,
  lat: latSchema,
  lon: lonSchema,
  population: z.number().int().positive().optional().describe('Population of the urban area, for the demand model.'),
  ...provenance,
});

export const popSchema = z.strictObject({
  id: idSchema,
  carrier: idSchema.describe('Carrier id.'),
  metro: idSchema.describe('Metro id.'),
  facility: z.string().min(1).optional().describe('Data centre or carrier hotel, where public.'),
  ...provenance,
});

export const ixpSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  metro: idSchema,
  lat: latSchema,
  lon: lonSchema,
  founded: yearSchema,
  website: z.url().optional(),
  peakTraffic: z
    .object({ tbps: z.number().nonnegative(), asOf: asOfSchema })
    .optional()
    .describe('Peak traffic in Tbit/s and when it was reported.'),
  members: z
    .object({ count: z.number().int().nonnegative(), asOf: asOfSchema })
    .optional()
    .describe('Connected networks and when that count was reported.'),
  ...provenance,
});

export const landingPointSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  country: countrySchema,
  lat: latSchema,
  lon: lonSchema,
  metro: idSchema.describe('The metro this landing station backhauls to.'),
  ...provenance,
});

export const segmentSchema = z.strictObject({
  from: idSchema.describe('Landing point id.'),
  to: idSchema.describe('Landing point id.'),
  route: z.array(lonLatSchema).min(2, 'a route needs at least two points').optional().describe('Path at sea as [lon, lat] points, ends included.'),
  inferred: z.boolean().optional().describe('True where the order of landings is inferred rather than published.'),
  overland: z.boolean().optional().describe('True for a land crossing that belongs to the system (for example across Egypt between the Mediterranean and the Red Sea).'),
});

export const cableStatusSchema = z.enum(['in-service', 'planned', 'retired']);

export const cableSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  status: cableStatusSchema,
  rfs: yearSchema.describe('Ready-for-service year (expected year for planned cables).'),
  retired: yearSchema.optional(),
  lengthKm: z.number().positive().optional(),
  capacityTbps: z.number().positive().optional().describe('Design capacity in Tbit/s, where public.'),
  owners: z.array(z.string().min(1)).min(1, 'name at least one owner or consortium'),
  carriers: z.array(idSchema).optional().describe('Owners that are carriers in this dataset.'),
  landingPoints: z.array(idSchema).min(2, 'a cable lands in at least two places'),
  segments: z.array(segmentSchema).min(1, 'a cable has at least one segment'),
  website: z.url().optional(),
  ...provenance,
});

export const terrestrialLinkSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).optional(),
  carriers: z.array(idSchema).min(1, 'name at least one carrier'),
  from: idSchema.describe('Metro id.'),
  to: idSchema.describe('Metro id.'),
  route: z.array(lonLatSchema).min(2).optional(),
  lengthKm: z.number().positive().optional(),
  capacityTbps: z.number().positive().optional(),
  ...provenance,
});

export const incidentSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  cause: z.string().min(1).describe('What damaged the cables: an earthquake, an anchor, sabotage…'),
  faults: z
    .array(
      z.strictObject({
        cable: idSchema,
        at: lonLatSchema.optional().describe('Where the fault was, [lon, lat]: only the segment passing nearest is cut. Without it the whole cable is cut.'),
      }),
    )
    .min(1, 'an incident cuts at least one cable'),
  reported: z.string().min(1).describe('What was reported at the time: who lost connectivity, what got slower, how long repairs took.'),
  reportedCountries: z
    .strictObject({
      isolated: z.array(countrySchema).optional(),
      degraded: z.array(countrySchema).optional(),
    })
    .optional()
    .describe('Countries that reports named as cut off or degraded, to compare with the simulation.'),
  ...provenance,
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  meta: metaSchema,
  carriers: z.array(carrierSchema),
  metros: z.array(metroSchema),
  pops: z.array(popSchema),
  ixps: z.array(ixpSchema),
  landingPoints: z.array(landingPointSchema),
  cables: z.array(cableSchema),
  terrestrialLinks: z.array(terrestrialLinkSchema),
  incidents: z.array(incidentSchema).default([]).describe('Historical cable incidents that the explorer can replay.'),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Carrier = z.infer<typeof carrierSchema>;
export type Metro = z.infer<typeof metroSchema>;
export type Pop = z.infer<typeof popSchema>;
export type Ixp = z.infer<typeof ixpSchema>;
export type LandingPoint = z.infer<typeof landingPointSchema>;
export type Cable = z.infer<typeof cableSchema>;
export type CableStatus = z.infer<typeof cableStatusSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type TerrestrialLink = z.infer<typeof terrestrialLinkSchema>;
export type LonLat = z.infer<typeof lonLatSchema>;
export type Incident = z.infer<typeof incidentSchema>;

/** The collections that hold records, in the order the file lists them. */
export const COLLECTIONS = ['carriers', 'metros', 'pops', 'ixps', 'landingPoints', 'cables', 'terrestrialLinks', 'incidents'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
