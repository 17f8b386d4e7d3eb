/**
 * The statistics an ensemble reports, on numbers whose answers are known: the interval of a share,
 * quantiles kept in buckets, and the seeds of its runs.
 */
import { describe, expect, it } from 'vitest';
import { addValue, createSketch, mergeSketch, quantileOf, sketchShapeOf, type MetricSketch } from '@/lib/ensemble/metric-sketch';
import { runSeed } from '@/lib/ensemble/run-seed';
import { shareInterval } from '@/lib/ensemble/share-interval';

describe('the interval of a share of runs (Wilson, 95%)', () => {
  it('gives the textbook bounds: 50 of 100 is 40.4–59.6 %, 0 of 10 is 0–27.8 %', () => {
    const [low, high] = shareInterval(50, 100);
    expect(low).toBeCloseTo(0.4038, 4);
    expect(high).toBeCloseTo(0.5962, 4);
    expect(shareInterval(0, 10)[0]).toBe(0);
    expect(shareInterval(0, 10)[1]).toBeCloseTo(0.2775, 4);
    expect(shareInterval(10, 10)[0]).toBeCloseTo(1 - shareInterval(0, 10)[1], 12);
    expect(shareInterval(10, 10)[1]).toBe(1);
  });

  it('always contains the share itself, inside [0, 1], and narrows as the runs grow', () => {
    for (const runs of [1, 7, 100, 10_000]) {
      for (const hits of [0, 1, Math.floor(runs / 3), runs - 1, runs].filter((h) => h >= 0 && h <= runs)) {
        const [low, high] = shareInterval(hits, runs);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(hits / runs);
        expect(high).toBeGreaterThanOrEqual(hits / runs);
      }
    }
    const width = (runs: number) => shareInterval(runs / 4, runs)[1] - shareInterval(runs / 4, runs)[0];
    expect(width(10_000)).toBeLessThan(width(100));
  });
});

const count = { min: 0, max: null, decimals: 0 } as const;
const share = { min: 0, max: 100, decimals: 1 } as const;

function sketchOf(metric: Parameters<typeof sketchShapeOf>[0], values: readonly number[]): MetricSketch {
  const sketch = createSketch(sketchShapeOf(metric));
  for (const value of values) addValue(sketch, value);
  return sketch;
}

describe('quantiles kept in buckets', () => {
  const oneToThousand = Array.from({ length: 1000 }, (_, i) => i + 1);

  it('find the median and the deciles of 1 to 1,000 to within 1 % of their value', () => {
    const sketch = sketchOf(count, oneToThousand);
    for (const [q, exact] of [
      [0.1, 100],
      [0.5, 500],
      [0.9, 900],
    ] as const) {
      expect(Math.abs(quantileOf(sketch, q) - exact) / exact).toBeLessThan(0.01);
    }
    expect(quantileOf(sketch, 0)).toBe(1);
    expect(quantileOf(sketch, 1)).toBe(1000);
  });

  it('give a value every run shared back exactly, however large', () => {
    const sketch = sketchOf(count, Array<number>(500).fill(7354));
    for (const q of [0.1, 0.5, 0.9]) expect(quantileOf(sketch, q)).toBe(7354);
    expect(quantileOf(sketchOf(share, Array<number>(20).fill(72.9)), 0.5)).toBe(72.9);
  });

  it('find a share’s quantiles to within its display step, and keep values past its range in its end buckets', () => {
    const values = Array.from({ length: 1001 }, (_, i) => i / 10);
    const sketch = sketchOf(share, values);
    expect(Math.abs(quantileOf(sketch, 0.25) - 25)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(quantileOf(sketch, 0.75) - 75)).toBeLessThanOrEqual(0.1);
    expect(quantileOf(sketchOf(share, [-5, 120]), 0)).toBe(-5);
    expect(quantileOf(sketchOf(share, [-5, 120]), 1)).toBe(120);
  });

  it('merge into the same sketch in any order, as if one sketch had counted every value', () => {
    const [a, b, c] = [oneToThousand.slice(0, 300), oneToThousand.slice(300, 700), oneToThousand.slice(700)];
    const whole = sketchOf(count, oneToThousand);
    const forwards = sketchOf(count, a!);
    mergeSketch(forwards, sketchOf(count, b!));
    mergeSketch(forwards, sketchOf(count, c!));
    const backwards = sketchOf(count, c!);
    mergeSketch(backwards, sketchOf(count, b!));
    mergeSketch(backwards, sketchOf(count, a!));
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);
  });

  it('hold nothing to report before a value is counted', () => {
    expect(quantileOf(createSketch(sketchShapeOf(count)), 0.5)).toBeNaN();
  });

  it('take the same memory for a thousand values as for one: a few thousand buckets for a count', () => {
    expect(sketchOf(count, [1]).counts.length).toBe(sketchOf(count, oneToThousand).counts.length);
    expect(sketchOf(count, [1]).counts.length).toBeLessThan(4000);
  });
});

describe('the seed of each run', () => {
  it('depends on the ensemble’s seed and the run’s index only, and no two runs of an ensemble share one', () => {
    expect(runSeed(1, 7)).toBe(runSeed(1, 7));
    const seeds = new Set(Array.from({ length: 100_000 }, (_, i) => runSeed(1, i)));
    expect(seeds.size).toBe(100_000);
    expect([...seeds].every((seed) => Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)).toBe(true);
  });

  it('differs between ensembles of different seeds', () => {
    const first = Array.from({ length: 100 }, (_, i) => runSeed(1, i));
    const second = Array.from({ length: 100 }, (_, i) => runSeed(2, i));
    expect(first.filter((seed, i) => seed === second[i])).toEqual([]);
  });
});
