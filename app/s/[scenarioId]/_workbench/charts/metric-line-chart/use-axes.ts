'use client';
import { useMemo } from 'react';
import { dayScale, valueScale } from '@/lib/charts/axis';
import type { SeriesPoint } from '@/lib/charts/metric-series';
import type { Axes } from './contexts';
import { useStableNumbers } from './use-stable-numbers';

const DAYS_PER_AXIS_STEP = 7;

/**
 * The axes covering every series: days in whole weeks, values in round numbers. Each part stays the
 * same object while it is unchanged, so a move that keeps an axis re-renders nothing drawn on it.
 */
export function useAxes(series: readonly (readonly SeriesPoint[])[]): Axes {
  const x = dayScale(
    series.flatMap((s) => s.map((p) => p.day)),
    1,
    DAYS_PER_AXIS_STEP,
  );
  const y = valueScale(series.flatMap((s) => s.map((p) => p.value)));
  const [first, last] = x.domain;
  const dayTicks = useStableNumbers(x.ticks);
  const yTicks = useStableNumbers(y.ticks);
  const days = useMemo(() => ({ first, last, ticks: dayTicks }), [first, last, dayTicks]);
  const yDomain = useMemo(() => [yTicks[0]!, yTicks.at(-1)!], [yTicks]);
  return useMemo(() => ({ days, yDomain, yTicks }), [days, yDomain, yTicks]);
}
