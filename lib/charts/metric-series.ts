/**
 * Chart data for one metric: a row per day with the current path's value and, when given, the
 * compared path's and the reference (history) path's values, so small multiples can overlay them
 * on one date axis, and another scenario's record set beside them by days since its own start
 * (lib/charts/beside.ts). A row lacks a series before that path starts and after it ends.
 */
import type { StepRecord } from '@/lib/sim/engine';

export interface MetricRow {
  /** Days since the scenario's start: the x-axis. */
  day: number;
  /** ISO date of `day`; absent on a day only the other scenario's record has a point on. */
  date?: string;
  current?: number;
  compare?: number;
  reference?: number;
  /** Another scenario's record on its own day `day` (days since its talks opened, not this date). */
  beside?: number;
}

export type SeriesKey = 'current' | 'compare' | 'reference' | 'beside';

export interface SeriesRecords {
  current: readonly StepRecord[];
  compare?: readonly StepRecord[] | null;
  reference?: readonly StepRecord[] | null;
  /** Another scenario's record, already a series by days since its own start. */
  beside?: readonly SeriesPoint[] | null;
}

/**
 * Rows for `metricId`, sorted by day: a row for each day some path has a step on (or the record set
 * beside has a point on, a row without a date when no path here has a step then), giving each path's
 * value that day as the chart reads it (`valueOnDay`: the state after its last step by then), so the
 * table, the line and the read-out agree. When a path has several steps on one day the day's last
 * state is the one given.
 */
export function metricRows(metricId: string, series: SeriesRecords): MetricRow[] {
  const pathKeys = ['current', 'compare', 'reference'] as const;
  const keys: SeriesKey[] = [...pathKeys, 'beside'];
  const dates = new Map<number, string>();
  const beside = series.beside ?? [];
  const points = [
    ...pathKeys.map((key) => {
      const records = series[key] ?? [];
      for (const record of records) if (record.metrics[metricId] !== undefined) dates.set(record.day, record.date);
      return metricPoints(metricId, records);
    }),
    beside,
  ];
  const days = new Set([...dates.keys(), ...beside.map((p) => p.day)]);
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => {
      const date = dates.get(day);
      const row: MetricRow = date === undefined ? { day } : { day, date };
      keys.forEach((key, i) => {
        const value = valueOnDay(points[i]!, day);
        if (value !== null) row[key] = value;
      });
      return row;
    });
}

/** One point of a series: the metric's value at the end of a day. */
export interface SeriesPoint {
  day: number;
  value: number;
}

/** One path's series for `metricId`, a point per day (the day's last state), in day order. */
export function metricPoints(metricId: string, records: readonly StepRecord[]): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const record of records) {
    const value = record.metrics[metricId];
    if (value === undefined) continue;
    if (points.at(-1)?.day === record.day) points.pop();
    points.push({ day: record.day, value });
  }
  return points;
}

/**
 * A series' value on `day`: that of its last point on or before the day, as a path's state holds
 * until its next step; null before its first point and after its last.
 */
export function valueOnDay(points: readonly SeriesPoint[], day: number): number | null {
  if (points.length === 0 || day < points[0]!.day || day > points.at(-1)!.day) return null;
  let value = points[0]!.value;
  for (const point of points) {
    if (point.day > day) break;
    value = point.value;
  }
  return value;
}
