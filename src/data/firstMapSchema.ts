import { _default, array, extend, partial, union } from 'zod/mini';
import type { ZodMiniObject } from 'zod/mini';
import { DEFERRED_FIELDS } from './detailFields';
import type { CollectionName } from './collections';
import {
  carrierSchema,
  cableSchema,
  datasetSchema,
  facilitySchema,
  incidentSchema,
  ixpSchema,
  landingPointSchema,
  metroSchema,
  peeringSchema,
  popSchema,
  satelliteBackupSchema,
  terrestrialLinkSchema,
  transitSchema,
} from './schema';
import { prefixSchema, routingEventSchema } from './routingSchema';

/** A record's schema with its collection's deferred fields optional: every other check stays as it is, strictness included. */
function withoutDetails<T extends ZodMiniObject>(schema: T, collection: CollectionName): T {
  const mask = Object.fromEntries(DEFERRED_FIELDS[collection].map((field) => [field, true])) as never;
  return partial(schema, mask) as unknown as T;
}

/**
 * The dataset as a first-map file holds it: the full schema, except that the deferred fields may be absent (they
 * come in the details file). Only a file marked as a first map is read with it; a full file keeps the full schema.
 */
export const firstMapDatasetSchema = extend(datasetSchema, {
  carriers: array(withoutDetails(carrierSchema, 'carriers')),
  metros: array(withoutDetails(metroSchema, 'metros')),
  pops: array(withoutDetails(popSchema, 'pops')),
  ixps: array(withoutDetails(ixpSchema, 'ixps')),
  landingPoints: array(withoutDetails(landingPointSchema, 'landingPoints')),
  cables: array(withoutDetails(cableSchema, 'cables')),
  terrestrialLinks: array(withoutDetails(terrestrialLinkSchema, 'terrestrialLinks')),
  incidents: _default(array(withoutDetails(incidentSchema, 'incidents')), []),
  relationships: _default(array(union([withoutDetails(transitSchema, 'relationships'), withoutDetails(peeringSchema, 'relationships')])), []),
  satelliteBackups: _default(array(withoutDetails(satelliteBackupSchema, 'satelliteBackups')), []),
  facilities: _default(array(withoutDetails(facilitySchema, 'facilities')), []),
  prefixes: _default(array(withoutDetails(prefixSchema, 'prefixes')), []),
  routingEvents: _default(array(withoutDetails(routingEventSchema, 'routingEvents')), []),
});
