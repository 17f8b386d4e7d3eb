/**
 * Seeded pseudo-random numbers (mulberry32): 32-bit integer arithmetic only, so Node and every
 * browser draw the same sequence for the same seed.
 */
export interface Rng {
  /** A uniform number in [0, 1) with 32 bits of resolution. */
  next(): number;
}

export const MAX_SEED = 0xffffffff;
/** The seed a session, a link or the `sim` command uses when none is given. */
export const DEFAULT_SEED = 1;

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
