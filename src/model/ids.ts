/**
 * Branded identifiers: the engine mixes dataset ids of several kinds with its
 * own node and edge ids, and passing one where another is expected is a bug
 * the compiler should catch.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A graph node: a metro's access point (the metro id), its exchange (`exchange:ID`) or a landing point (its id). */
export type NodeId = Brand<string, 'NodeId'>;
/** A graph edge: `seg:CABLE:INDEX`, `backhaul:LANDING`, `link:LINK`, `ix:METRO`. */
export type EdgeId = Brand<string, 'EdgeId'>;
export type CableId = Brand<string, 'CableId'>;
export type MetroId = Brand<string, 'MetroId'>;
export type LinkId = Brand<string, 'LinkId'>;
export type LandingId = Brand<string, 'LandingId'>;
/** ISO 3166-1 alpha-2 code, as the dataset writes it. */
export type CountryCode = Brand<string, 'CountryCode'>;

/** Thrown for input a caller could have checked: an unknown id, an impossible year. */
export class ModelInputError extends Error {
  override name = 'ModelInputError';
}
