/**
 * A carrier's PoP list from this year on counts as current; an older one (a 2010 network map) as dated.
 * Its own module, without the schema: the details panel reads it, and the embed's script must not carry zod.
 */
const CURRENT_POP_LIST_FROM = 2020;

/** Whether a carrier's own PoP list is current (2020 or later) rather than a dated map: the counts and the details panel say so alike. */
export function isCurrentPopList(popList: { year: number }): boolean {
  return popList.year >= CURRENT_POP_LIST_FROM;
}

/**
 * The first year a PoP known only from a list of `listed` is counted (on the map of a year and in the engine's
 * network of it): a dated list's year (a 2010 network map: from 2010); a current list's (2020 or later, most of them
 * read in the dataset's year with no date of their own) from 2020, the start of the period such lists count for.
 * Counting them only from the year they were read would leave half the PoPs of every carrier out of the networks
 * of 2020 to 2025, as if nothing had stood there before (docs/MODEL.md §3).
 */
export function countedFromList(listed: number): number {
  return Math.min(listed, CURRENT_POP_LIST_FROM);
}
