// zod/mini, the functional API: only what the schema uses ends up in a bundle. The classic
// API's schemas carry every method and their JSON Schema writer, which the embed script does
// not need; `npm run schema` still writes data/backbone.schema.json from these objects.
import {
  _default,
  array,
  boolean,
  enum as oneOf,
  gt,
  gte,
  int,
  literal,
  lte,
  minLength,
  number,
  object,
  optional,
  strictObject,
  string,
  tuple,
  union,
  url,
} from 'zod/mini';
import type { infer as Infer } from 'zod/mini';
import type { CollectionName } from './collections';
import type { Loaded } from './detailFields';
import { incidentSchema } from './incidentSchema';
import { prefixSchema, routingEventSchema } from './routingSchema';
import { landingPointSchema } from './landingPoints';
export { landingPointSchema };
import { asOfSchema, countrySchema, daySchema, describe, idSchema, latSchema, lonLatSchema, lonSchema, provenance, rfsDateSchema, sinceYearSchema, sourcesSchema, text, yearSchema } from './schemaPrimitives';

export { incidentSchema } from './incidentSchema';

/**
 * The dataset's shape. This schema checks each record on its own; relations
 * between records (references, duplicate ids, segment endpoints) are checked in
 * `validate.ts`, which can name both ends of a broken link.
 */

const metaSchema = strictObject({
  version: text(),
  asOf: daySchema,
  licence: text(),
  attribution: text(),
  sources: optional(sourcesSchema),
});

export const carrierSchema = strictObject({
  id: idSchema,
  name: text(),
  aliases: describe(optional(array(text())), 'Former and alternative names.'),
  asn: number().check(int(), gte(1, 'an ASN is a positive integer'), lte(4294967295, 'an ASN fits in 32 bits')),
  tier: describe(union([literal(1), literal(2), literal(3)]), '1 = transit-free (Tier 1); 2 = regional carrier that buys some transit.'),
  hq: countrySchema,
  website: url('must be a URL such as https://example.net'),
  sellsTransit: describe(
    optional(boolean()),
    'False for a network that carries only its own traffic (a content or cloud network): it never sells transit. Default true.',
  ),
  routingOnly: describe(
    optional(boolean()),
    'True for a network recorded only for the routing-trust replays (an origin, hijacker or leaker of a BGP incident): it has no PoPs, cables or links here and takes no part in routing over fibre; it joins the AS graph through its relationships. Default false.',
  ),
  networkSince: describe(
    optional(sinceYearSchema),
    "Year the carrier's own network began: its founding as a network operator (a state operator: the year it was separated from the government or postal administration), or the year its backbone or AS began operating; for a renamed or acquired network, the start of the predecessor network it continues (Arelion: 1993, when Telia began building its international carrier, not the 2021 rename). Where that start is before 1960, the year its internet service or international IP backbone began. Sourced in `sources` and explained in `notes`; absent where no source gives it (the notes say so). The carrier has no PoPs or links before it.",
  ),
  popList: describe(
    optional(
      strictObject({
        list: describe(text(), "What the list is, in words: the carrier's PoP page, BGP location communities, looking-glass router list or network map, and where it was read."),
        url: url('must be a URL such as https://example.net'),
        year: describe(yearSchema, 'The year the list describes: its date, else the year it was read.'),
      }),
    ),
    "The carrier's own published list of where it has routers, against which its PoPs were checked: every city it names that is a metro here has a PoP of the carrier. Absent where no such list was found (a list of where a carrier meets one cloud does not count): its PoPs then come from reports, each cited, and may be incomplete.",
  ),
  ...provenance,
});

/**
 * A business relationship between two networks: transit (the customer pays the
 * provider to reach the whole internet) or settlement-free peering (each reaches
 * the other's customers). Ends are carrier ids, or `access-XX` for country XX's access networks.
 */
export const transitSchema = strictObject({
  id: idSchema,
  kind: literal('transit'),
  customer: describe(idSchema, 'The network that buys transit: a carrier id or access-XX.'),
  provider: describe(idSchema, 'The network that sells it: a carrier id.'),
  ...provenance,
});

export const peeringSchema = strictObject({
  id: idSchema,
  kind: literal('peering'),
  peers: describe(tuple([idSchema, idSchema]), 'The two networks that peer settlement-free.'),
  ...provenance,
});

const relationshipSchema = union([transitSchema, peeringSchema]);

export const metroSchema = strictObject({
  id: idSchema,
  name: text(),
  country: countrySchema,
  lat: latSchema,
  lon: lonSchema,
  population: describe(optional(number().check(int(), gt(0))), 'Population of the urban area, for the demand model.'),
  ...provenance,
});

export const popSchema = strictObject({
  id: idSchema,
  carrier: describe(idSchema, 'Carrier id.'),
  metro: describe(idSchema, 'Metro id.'),
  facility: describe(optional(text()), 'Data centre or carrier hotel, where public.'),
  since: describe(
    optional(sinceYearSchema),
    "Year this PoP opened, only where a source gives it; never earlier than its carrier's networkSince. Without it the PoP dates from its carrier's networkSince.",
  ),
  listed: describe(
    optional(sinceYearSchema),
    "For a PoP without `since` that is known only from a carrier's published list or map: the year of that list (the year it was read, for an undated copy of a current list). The PoP counts from then: it existed then, and no source says since when.",
  ),
  ...provenance,
});

/** A carrier of this dataset that is a member of an exchange, as a published member list or peering page says. */
const ixpMemberSchema = strictObject({
  carrier: describe(idSchema, 'Carrier id; the carrier has a PoP in or near the exchange\'s metro (validate-data checks it).'),
  since: describe(optional(sinceYearSchema), 'The year it joined, only where a source gives it.'),
  ...provenance,
});

export const ixpSchema = strictObject({
  id: idSchema,
  name: text(),
  metro: idSchema,
  lat: latSchema,
  lon: lonSchema,
  founded: yearSchema,
  closed: describe(optional(yearSchema), 'The year it stopped exchanging traffic, where it has closed since: it is shown only in the years before.'),
  website: optional(url()),
  peakTraffic: describe(
    optional(object({ tbps: number().check(gte(0)), asOf: asOfSchema })),
    'Peak traffic in Tbit/s and when it was reported.',
  ),
  members: describe(
    optional(object({ count: number().check(int(), gte(0)), asOf: asOfSchema })),
    'Connected networks and when that count was reported.',
  ),
  memberCarriers: describe(
    optional(array(ixpMemberSchema)),
    "The carriers of this dataset that are members, where the exchange's member list or the carrier's peering page says so; not every member, only those recorded here as carriers.",
  ),
  ...provenance,
});

const segmentSchema = strictObject({
  from: describe(idSchema, 'Landing point id.'),
  to: describe(idSchema, 'Landing point id.'),
  route: describe(
    optional(array(lonLatSchema).check(minLength(2, 'a route needs at least two points'))),
    'Path at sea as [lon, lat] points, ends included.',
  ),
  inferred: describe(optional(boolean()), 'True where the order of landings is inferred rather than published.'),
  overland: describe(
    optional(boolean()),
    'True for a land crossing that belongs to the system (for example across Egypt between the Mediterranean and the Red Sea).',
  ),
  rfs: describe(optional(yearSchema), 'Ready-for-service year of this segment, where it entered service after the rest of its cable (a section finished late).'),
  rfsDate: optional(rfsDateSchema),
});

const cableStatusSchema = oneOf(['in-service', 'planned', 'retired']);

export const cableSchema = strictObject({
  id: idSchema,
  name: text(),
  aliases: optional(array(text())),
  status: cableStatusSchema,
  rfs: describe(yearSchema, 'Ready-for-service year (expected year for planned cables).'),
  rfsDate: optional(rfsDateSchema),
  retired: optional(yearSchema),
  lengthKm: optional(number().check(gt(0))),
  capacityTbps: describe(optional(number().check(gt(0))), 'Design capacity in Tbit/s, where public.'),
  owners: array(text()).check(minLength(1, 'name at least one owner or consortium')),
  carriers: describe(optional(array(idSchema)), 'Owners that are carriers in this dataset.'),
  landingPoints: array(idSchema).check(minLength(2, 'a cable lands in at least two places')),
  segments: array(segmentSchema).check(minLength(1, 'a cable has at least one segment')),
  website: optional(url()),
  ...provenance,
});

export const terrestrialLinkSchema = strictObject({
  id: idSchema,
  name: optional(text()),
  carriers: array(idSchema).check(minLength(1, 'name at least one carrier')),
  from: describe(idSchema, 'Metro id.'),
  to: describe(idSchema, 'Metro id.'),
  route: optional(array(lonLatSchema).check(minLength(2))),
  lengthKm: optional(number().check(gt(0))),
  capacityTbps: optional(number().check(gt(0))),
  since: describe(
    optional(sinceYearSchema),
    "Year the link entered service (for a corridor several carriers run, the first of the listed carriers' routes on it), only where a source gives it.",
  ),
  ...provenance,
});

export const satelliteBackupSchema = strictObject({
  id: idSchema,
  country: describe(countrySchema, 'The country or territory the satellite path serves.'),
  kind: describe(oneOf(['geo', 'meo', 'leo']), 'The orbit: geostationary (35,786 km), medium earth orbit (O3b, about 8,000 km) or low earth orbit (Starlink, OneWeb, about 550–1,200 km).'),
  operators: describe(array(text()).check(minLength(1, 'name at least one satellite operator')), 'The satellite operators (Intelsat, SES, Kacific, Starlink…).'),
  gateway: describe(idSchema, 'Metro id of the ground station (teleport or gateway) where the traffic lands and joins the fibre.'),
  capacityGbps: describe(number().check(gt(0)), 'Capacity available to the country as backup, Gbit/s: the published figure, else a typical one (confidence "modelled", with a note).'),
  since: describe(yearSchema, 'The year the path became available to the country.'),
  until: describe(optional(yearSchema), 'The first year it was no longer available, where it ended.'),
  ...provenance,
});

/**
 * A data centre or a cloud region: a place people name as the end of a route. One collection with a `type`,
 * since both have the same facts (operator, metro, site, opening year) and the engine treats both alike: as its metro.
 */
const facilityTypeSchema = oneOf(['cloud-region', 'data-centre']);

export const facilitySchema = strictObject({
  id: idSchema,
  type: describe(facilityTypeSchema, '"cloud-region": a cloud provider\'s region; "data-centre": a carrier-neutral data-centre campus or building.'),
  name: describe(text(), 'The name the operator uses ("US East (N. Virginia)", "FR5 Frankfurt").'),
  operator: describe(text(), 'Who runs it: the cloud provider or the data-centre company.'),
  metro: describe(idSchema, 'Metro id of the city it belongs to or is reached through; the engine routes to and from this metro.'),
  lat: describe(latSchema, "The site's latitude where published, else the metro's (the notes say so)."),
  lon: describe(lonSchema, "The site's longitude where published, else the metro's (the notes say so)."),
  since: describe(optional(sinceYearSchema), 'The year it opened or the region launched, only where a source gives it.'),
  regionCode: describe(optional(text()), "A cloud region's code in its provider's API (eu-central-1, westeurope, europe-west3)."),
  ...provenance,
});

export const datasetSchema = strictObject({
  $schema: optional(string()),
  meta: metaSchema,
  carriers: array(carrierSchema),
  metros: array(metroSchema),
  pops: array(popSchema),
  ixps: array(ixpSchema),
  landingPoints: array(landingPointSchema),
  cables: array(cableSchema),
  terrestrialLinks: array(terrestrialLinkSchema),
  incidents: describe(_default(array(incidentSchema), []), 'Historical cable incidents that the explorer can replay.'),
  relationships: describe(
    _default(array(relationshipSchema), []),
    'Published transit and peering relationships between networks; where none is published, the engine applies the rules in docs/MODEL.md.',
  ),
  satelliteBackups: describe(_default(array(satelliteBackupSchema), []), 'Satellite paths a country falls back to when it is cut off from fibre.'),
  facilities: describe(_default(array(facilitySchema), []), 'Data centres and cloud regions, the places people name as the ends of a route.'),
  prefixes: describe(_default(array(prefixSchema), []), 'Address blocks and their legitimate origins, for the routing-trust replays.'),
  routingEvents: describe(_default(array(routingEventSchema), []), 'BGP hijacks and route leaks that the explorer can replay.'),
});

/** A dataset as one full file holds it: every record with every field (the command lines read this). */
type FullDataset = Infer<typeof datasetSchema>;
/**
 * A dataset as the explorer holds it: from a full file, or from the first-map file whose records lack the
 * deferred fields (detailFields.ts) until the details arrive. Code that reads `sources` or `notes` says what it
 * does without them.
 */
export type Dataset = { [K in keyof FullDataset]: K extends CollectionName ? Loaded<FullDataset[K][number], K>[] : FullDataset[K] };
export type Carrier = Loaded<Infer<typeof carrierSchema>, 'carriers'>;
export type Metro = Loaded<Infer<typeof metroSchema>, 'metros'>;
export type Pop = Loaded<Infer<typeof popSchema>, 'pops'>;
export type Ixp = Loaded<Infer<typeof ixpSchema>, 'ixps'>;
export type IxpMember = Infer<typeof ixpMemberSchema>;
export type LandingPoint = Loaded<Infer<typeof landingPointSchema>, 'landingPoints'>;
export type Cable = Loaded<Infer<typeof cableSchema>, 'cables'>;
export type TerrestrialLink = Loaded<Infer<typeof terrestrialLinkSchema>, 'terrestrialLinks'>;
export type LonLat = Infer<typeof lonLatSchema>;
export type Incident = Loaded<Infer<typeof incidentSchema>, 'incidents'>;
export type Fault = Incident['faults'][number];
export type SatelliteBackup = Loaded<Infer<typeof satelliteBackupSchema>, 'satelliteBackups'>;
export type SatelliteKind = SatelliteBackup['kind'];
export type Facility = Loaded<Infer<typeof facilitySchema>, 'facilities'>;
export type PrefixRecord = Loaded<Infer<typeof prefixSchema>, 'prefixes'>;
export type RoutingEvent = Infer<typeof routingEventSchema>;

export { COLLECTIONS } from './collections';
export type { CollectionName } from './collections';
