/**
 * A metric's values over many runs, kept as counts in buckets rather than as the values: an
 * ensemble's memory then does not grow with its runs, and the sketches of several workers merge into
 * the same sketch in any order.
 *
 * A metric with a declared maximum is counted in buckets one display step wide over its range (a
 * share of 0–100 % shown to one decimal: buckets of 0.1). One without a maximum (a count that grows
 * with the days) is counted from its minimum in buckets that each grow by 1 %. Each bucket also keeps
 * the smallest and largest value it was given, and stands for their middle: a bucket that only ever
 * held one value (every run exchanged 7,354 prisoners) gives it back exactly. Bucket edges come from
 * multiplication and comparison only, never a logarithm, whose last bit differs between JavaScript
 * engines: every engine puts a value in the same bucket.
 */
import type { MetricSpec } from '@/machines/scenario';

/** How one metric's values are bucketed. */
export type SketchShape =
  | { kind: 'even'; min: number; width: number; size: number }
  | {
      kind: 'growing';
      min: number;
      /** Each bucket's lower edge above the minimum; bucket 0 starts at the minimum itself. */
      edges: Float64Array;
    };

export interface MetricSketch {
  shape: SketchShape;
  counts: Uint32Array;
  /** The smallest and largest value each bucket was given (+∞ and −∞ while it has none). */
  lowest: Float64Array;
  highest: Float64Array;
}

/** The finest step a metric is shown in: its rounding, or a unit of its last decimal place. */
const precisionOf = (metric: Pick<MetricSpec, 'decimals' | 'roundTo'>): number => metric.roundTo ?? 1 / 10 ** metric.decimals;

/** Growing buckets reach this far above the minimum: past any count a model of a war reports. */
const GROWING_REACH = 1e12;
const GROWTH = 1.01;

export function sketchShapeOf(metric: Pick<MetricSpec, 'min' | 'max' | 'decimals' | 'roundTo'>): SketchShape {
  const width = precisionOf(metric);
  if (metric.max !== null) return { kind: 'even', min: metric.min, width, size: Math.floor((metric.max - metric.min) / width) + 1 };
  const edges: number[] = [];
  for (let edge = width; edge < GROWING_REACH; edge *= GROWTH) edges.push(edge);
  return { kind: 'growing', min: metric.min, edges: Float64Array.from(edges) };
}

export function createSketch(shape: SketchShape): MetricSketch {
  const size = shape.kind === 'even' ? shape.size : shape.edges.length + 1;
  return { shape, counts: new Uint32Array(size), lowest: new Float64Array(size).fill(Infinity), highest: new Float64Array(size).fill(-Infinity) };
}

/** The bucket a value falls in; values outside the metric's range go to its first or last bucket. */
export function bucketOf(shape: SketchShape, value: number): number {
  const above = value - shape.min;
  if (shape.kind === 'even') return Math.min(shape.size - 1, Math.max(0, Math.floor(above / shape.width)));
  // The number of edges at or below the value, by halving: bucket k + 1 starts at edges[k].
  const { edges } = shape;
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (edges[middle]! <= above) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function addValue(sketch: MetricSketch, value: number): void {
  const bucket = bucketOf(sketch.shape, value);
  sketch.counts[bucket]! += 1;
  if (value < sketch.lowest[bucket]!) sketch.lowest[bucket] = value;
  if (value > sketch.highest[bucket]!) sketch.highest[bucket] = value;
}

/** Adds another sketch of the same shape into `into`: the result is the same in whatever order sketches merge. */
export function mergeSketch(into: MetricSketch, from: MetricSketch): void {
  for (let bucket = 0; bucket < from.counts.length; bucket += 1) {
    if (from.counts[bucket] === 0) continue;
    into.counts[bucket]! += from.counts[bucket]!;
    into.lowest[bucket] = Math.min(into.lowest[bucket]!, from.lowest[bucket]!);
    into.highest[bucket] = Math.max(into.highest[bucket]!, from.highest[bucket]!);
  }
}

/**
 * The `q` quantile (0–1) of the values counted: the value of the bucket holding the ⌈q·n⌉-th
 * smallest, as the middle of the values that bucket was given; the smallest and the largest exactly
 * (q = 0 and q = 1). NaN with nothing counted.
 */
export function quantileOf(sketch: MetricSketch, q: number): number {
  const { counts } = sketch;
  let total = 0;
  for (let bucket = 0; bucket < counts.length; bucket += 1) total += counts[bucket]!;
  if (total === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let bucket = 0; bucket < counts.length; bucket += 1) {
    seen += counts[bucket]!;
    if (seen < rank) continue;
    if (rank === 1) return sketch.lowest[bucket]!;
    if (rank === total) return sketch.highest[bucket]!;
    return (sketch.lowest[bucket]! + sketch.highest[bucket]!) / 2;
  }
  return Number.NaN;
}
