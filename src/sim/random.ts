/** Seeded randomness for the packet animation: mulberry32, resumable from a number kept in plain state. */

/** A mulberry32 generator whose state can be read back into a PacketState. */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** The generator's state now. */
  readonly state: number;
}

/** Resumes the mulberry32 sequence from `state`. */
export function createRandom(state: number): Random {
  let a = state >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
    get state() {
      return a;
    },
  };
}
