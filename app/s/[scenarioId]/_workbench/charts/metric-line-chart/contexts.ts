'use client';
/**
 * What the chart shares with the small parts inside its Recharts frame. The frame's props stay the
 * same from move to move, so whatever changes with a move reaches the parts through these contexts.
 */
import { createContext, type RefObject } from 'react';
import type { SeriesKey, SeriesPoint } from '@/lib/charts/metric-series';

export interface NamedSeries {
  key: SeriesKey;
  name: string;
  points: readonly SeriesPoint[];
}
/** Every series of the chart, the current path first: for the lines and the read-out. */
export const SeriesContext = createContext<readonly NamedSeries[]>([]);

export interface Axes {
  days: { first: number; last: number; ticks: readonly number[] };
  yDomain: number[];
  yTicks: number[];
}
export const AxesContext = createContext<Axes>({ days: { first: 0, last: 1, ticks: [0] }, yDomain: [0, 1], yTicks: [0, 1] });

/** The day pointed at (or chosen with the keys), if any. */
export const PointedContext = createContext<number | null>(null);
/** Points at a day, or at none; kept apart from the day so the pointer's target does not re-render. */
export const PointContext = createContext<(day: number | null) => void>(() => {});

export interface Readout {
  /** The chart's box, which the read-out is drawn over. */
  host: RefObject<HTMLDivElement | null>;
  label: (day: unknown) => string;
  value: (value: unknown) => string;
}
export const ReadoutContext = createContext<Readout | null>(null);
