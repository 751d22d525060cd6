/**
 * A carrier's PoP list from this year on counts as current; an older one (a 2010 network map) as dated.
 * Its own module, without the schema: the details panel reads it, and the embed's script must not carry zod.
 */
const CURRENT_POP_LIST_FROM = 2020;

/** Whether a carrier's own PoP list is current (2020 or later) rather than a dated map: the counts and the details panel say so alike. */
export function isCurrentPopList(popList: { year: number }): boolean {
  return popList.year >= CURRENT_POP_LIST_FROM;
}
