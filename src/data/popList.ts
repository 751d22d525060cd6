/**
 * A carrier's PoP list from this year on counts as current; an older one (a 2010 network map) as dated.
 * Its own module, without the schema: the details panel reads it, and the embed's script must not carry zod.
 */
export const CURRENT_POP_LIST_FROM = 2020;
