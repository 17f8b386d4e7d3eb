'use client';
import { useContext } from 'react';
import { usePlotArea } from 'recharts';
import type { DaySpan } from '@/lib/charts/axis';
import { AxesContext } from './contexts';

/** The day axis laid across the plot area; null until Recharts has laid the chart out. */
export function useDaySpan(): DaySpan | null {
  const plot = usePlotArea();
  const { first, last } = useContext(AxesContext).days;
  return plot ? { first, last, left: plot.x, width: plot.width } : null;
}
