/**
 * The seed of one run of an ensemble, from the ensemble's seed and the run's index alone: however the
 * runs are shared among workers, run 7 of seed 1 draws the same numbers, so the ensemble's result does
 * not depend on how many workers ran it. The index is spread over the 32 bits by the golden ratio and
 * mixed by MurmurHash3's finaliser, so neighbouring runs start from unrelated seeds; 32-bit integer
 * arithmetic only, as in the core's generator (lib/sim/rng.ts).
 */
export function runSeed(seed: number, runIndex: number): number {
  let h = (seed ^ Math.imul(runIndex + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
