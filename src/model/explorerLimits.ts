/**
 * Limits of what the explorer asks of the engine, in a module of their own: the views read them without
 * taking the engine into their bundle (the embed script loads the engine only where no worker can run it).
 */

/** The explorer ranks the cables that carry the most traffic, not all of them (see busiestCables). */
export const CRITICAL_AMONG = 60;
