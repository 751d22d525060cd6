import type { CollectionName } from './collections';

/**
 * The split rule: which fields of each collection's records only the details panels show, and so wait in the
 * details file until first needed (the first map, search, the engine, the year slider and the URL options
 * never read them). The build, the loader, the validator and the size check all take the rule from here.
 *
 * `sources` and `notes` are shown in a record's details panel only; an incident's `reported` text only on the
 * incident's card. A routing event keeps all its fields: the engine worker builds the trust panel's view
 * from the record, sources included, and the six of them weigh a few kB.
 */
export const DEFERRED_FIELDS = {
  carriers: ['sources', 'notes'],
  metros: ['sources', 'notes'],
  pops: ['sources', 'notes'],
  ixps: ['sources', 'notes'],
  landingPoints: ['sources', 'notes'],
  cables: ['sources', 'notes'],
  terrestrialLinks: ['sources', 'notes'],
  incidents: ['sources', 'notes', 'reported'],
  relationships: ['sources', 'notes'],
  satelliteBackups: ['sources', 'notes'],
  facilities: ['sources', 'notes'],
  prefixes: ['sources', 'notes'],
  routingEvents: [],
} as const satisfies Record<CollectionName, readonly DeferredField[]>;

/** What a deferred field holds: `sources` a non-empty list of citations; `notes` optional text; `reported` required text. */
export type DeferredField = 'sources' | 'notes' | 'reported';
/** The fields a full record must have: a details file without them for a record is refused. */
export const REQUIRED_DETAILS: readonly DeferredField[] = ['sources', 'reported'];

/** The deferred fields of collection C. */
type DeferredOf<C extends CollectionName> = (typeof DEFERRED_FIELDS)[C][number];

/** A record as the explorer holds it: its deferred fields are there only when it came from a full file. */
export type Loaded<T, C extends CollectionName> = T extends unknown ? Omit<T, DeferredOf<C> & keyof T> & Partial<Pick<T, DeferredOf<C> & keyof T>> : never;

/** One record's deferred fields. */
export interface RecordDetails {
  sources?: string[];
  notes?: string;
  reported?: string;
}

/** The details file: per collection, per record id, that record's deferred fields. */
export type DatasetDetails = Partial<Record<CollectionName, Record<string, RecordDetails>>>;

/**
 * The top-level field that marks a first-map file and names its details file, a `.json` file beside it:
 * `"firstMap": {"details": "backbone-details.<hash>.json"}`. A file without it is a full dataset.
 */
export const FIRST_MAP_FIELD = 'firstMap';
export interface FirstMapMark {
  details: string;
}

/** The names the build gives the two files (dist/data/ and, fingerprinted, dist/assets/); the size check finds them by these. */
export const FIRST_MAP_FILE = 'backbone-map.json';
export const DETAILS_FILE_PATTERN = /^backbone-details\.[0-9a-f]{12}\.json$/;
export const detailsFileName = (hash: string) => `backbone-details.${hash.slice(0, 12)}.json`;
