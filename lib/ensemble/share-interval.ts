/**
 * How sure a share of runs is: the Wilson score interval, which stays inside [0, 1] and is not zero
 * wide for a share of 0 or 1 (the normal approximation is both, for few runs or rare outcomes).
 * Square roots are exact in every JavaScript engine (IEEE 754 rounds them correctly), so the bounds
 * agree to the bit in Node and every browser.
 */

/** The normal quantile of a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** The 95% interval of the share `hits / runs`, as [low, high]; [0, 1] with no runs. */
export function shareInterval(hits: number, runs: number): readonly [number, number] {
  if (runs === 0) return [0, 1];
  const share = hits / runs;
  const z2 = Z95 * Z95;
  const centre = (share + z2 / (2 * runs)) / (1 + z2 / runs);
  const halfWidth = (Z95 * Math.sqrt((share * (1 - share)) / runs + z2 / (4 * runs * runs))) / (1 + z2 / runs);
  // At a share of 0 or 1 the interval touches it; rounding must not leave it a hair off.
  return [hits === 0 ? 0 : Math.max(0, centre - halfWidth), hits === runs ? 1 : Math.min(1, centre + halfWidth)];
}
