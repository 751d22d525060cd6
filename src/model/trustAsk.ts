// What the explorer asks of routing trust, kept apart from the engine so that the page's store and
// URL options can name it without bundling the engine (docs/MODEL.md §12).

/** The route-origin-validation settings the explorer offers, from no validation to every network validating. */
export const ROV_STEPS = ['none', 'tier1', '25%', '50%', '75%', 'all'] as const;

/**
 * A hijack or leak of the reader's own. `victim`: a recorded address block (prefix record id) or
 * an origin network (carrier id; its recorded block where it has one). A hijack announces the
 * block (or its first half, `moreSpecific`); a leak passes the victim's route, learned from
 * `from`, on to `to`, two of the leaker's providers or peers.
 */
export type TrustAsk =
  | { kind: 'hijack'; victim: string; by: string; moreSpecific: boolean }
  | { kind: 'leak'; victim: string; by: string; from: string; to: string };

/** A stable text for an ask: what its answer is for. */
export function trustAskKey(ask: TrustAsk): string {
  return ask.kind === 'hijack' ? `hijack:${ask.victim}:${ask.by}:${ask.moreSpecific ? 'more-specific' : 'same-length'}` : `leak:${ask.victim}:${ask.by}:${ask.from}:${ask.to}`;
}

