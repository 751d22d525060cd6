/**
 * The collections that hold records, in the order the file lists them. A module of its own, without the schema:
 * the embed script needs the names (to reassemble a dataset sent in parts) but not the validator, which runs in the worker.
 */
export const COLLECTIONS = ['carriers', 'metros', 'pops', 'ixps', 'landingPoints', 'cables', 'terrestrialLinks', 'incidents', 'relationships', 'satelliteBackups', 'facilities', 'prefixes', 'routingEvents'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
