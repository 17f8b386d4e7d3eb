/** The seeded generator every draw in the core comes from. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, MAX_SEED } from '@/lib/sim/rng';

const draws = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        expect(draws(seed, 50)).toEqual(draws(seed, 50));
      }),
    );
  });

  it('draws values in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const values = draws(seed, 200);
        expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...values)).toBeLessThan(1);
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), fc.integer({ min: 0, max: MAX_SEED }), (a, b) => {
        fc.pre(a !== b);
        expect(draws(a, 4)).not.toEqual(draws(b, 4));
      }),
    );
  });

  it('spreads its draws evenly over [0, 1)', () => {
    const counts = new Array<number>(10).fill(0);
    const n = 100_000;
    for (const u of draws(12345, n)) counts[Math.floor(u * 10)]! += 1;
    for (const count of counts) expect(Math.abs(count - n / 10)).toBeLessThan(n / 100);
  });
});
