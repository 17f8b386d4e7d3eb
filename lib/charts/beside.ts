/**
 * Another scenario's record set beside this one's paths: for each metric the two scenarios share
 * (the same id, which the scenarios promise means the same scale), the other's values along its
 * `history` preset, by days since its own talks opened. Two scenarios' days are aligned and nothing
 * else: day 30 of one is not the same date, war or situation as day 30 of the other. Worked out on
 * the server, so a page is handed the numbers and never the other scenario's engine.
 */
import type { Scenario, ScenarioData } from '@/machines/scenario';
import { citationText } from '@/machines/scenario';
import { replay } from '@/lib/sim/engine';
import { paramsOrDefaults } from '@/lib/sim/params';
import { recordOf } from '@/lib/workbench/record';
import { metricPoints, valueOnDay, type SeriesPoint } from './metric-series';

/** One shared metric of the other scenario's record: its series and where its numbers come from. */
export interface BesideMetric {
  metricId: string;
  /** One point per day of the record (the day's last state), days since the other scenario's start date. */
  points: SeriesPoint[];
  /** The other scenario's sources for this metric, cited in full. */
  source: string;
}

/** Another scenario's record, shaped to be set beside this scenario's paths. */
export interface BesideHistory {
  scenarioId: string;
  title: string;
  /** ISO date of the other scenario's day 0. */
  startDate: string;
  /** The record's last day, in days since `startDate`. */
  lastDay: number;
  /** The shared metrics, in this scenario's order of its metrics. */
  metrics: BesideMetric[];
}

/** The ids of `mine`'s metrics that `other` reports too, in `mine`'s order. */
export function sharedMetricIds(mine: Pick<ScenarioData, 'metrics'>, other: Pick<ScenarioData, 'metrics'>): string[] {
  const theirs = new Set(other.metrics.map((m) => m.id));
  return mine.metrics.map((m) => m.id).filter((id) => theirs.has(id));
}

/**
 * A scenario's record as series: its `history` preset replayed with default parameters (the seed
 * matters only if the preset leaves an outcome open, which `sim run` would draw the same way), one
 * point per day for each metric asked for, by days since its start date; and the record's last day.
 * Null when the record cannot be replayed (a scenario's laws forbid that).
 */
export function recordSeries(scenario: Scenario, metricIds: readonly string[], seed = 1): { lastDay: number; series: Map<string, SeriesPoint[]> } | null {
  const run = replay(scenario, recordOf(scenario.data), paramsOrDefaults(scenario.data, {}), seed);
  if (run.error) return null;
  return { lastDay: run.records.at(-1)!.day, series: new Map(metricIds.map((id) => [id, metricPoints(id, run.records)])) };
}

/** `other`'s record beside `mine`; null when the two share no metric, or it is `mine` itself. */
export function besideHistory(mine: Pick<ScenarioData, 'id' | 'metrics'>, other: Scenario): BesideHistory | null {
  if (other.data.id === mine.id) return null;
  const shared = sharedMetricIds(mine, other.data);
  if (shared.length === 0) return null;
  const record = recordSeries(other, shared);
  if (!record) return null;
  const specs = new Map(other.data.metrics.map((m) => [m.id, m]));
  return {
    scenarioId: other.data.id,
    title: other.data.title,
    startDate: other.data.startDate,
    lastDay: record.lastDay,
    metrics: shared.map((metricId) => ({ metricId, points: record.series.get(metricId)!, source: citationText(other.data, specs.get(metricId)!) })),
  };
}

/** Every other scenario's record that shares a metric with `mine`, in the order given. */
export function besideHistories(mine: Pick<ScenarioData, 'id' | 'metrics'>, others: readonly Scenario[]): BesideHistory[] {
  return others.flatMap((other) => besideHistory(mine, other) ?? []);
}

/** One row of a side-by-side table: a day since the talks opened, and each record's value then (null beyond its record). */
export interface BesideRow {
  day: number;
  mine: number | null;
  theirs: number | null;
}

/**
 * Two series side by side at every `every` days from day 0 to the longer one's last day, and on
 * each one's last day too (where a record ends is worth a row of its own). A value holds from its
 * point until the next, as the charts draw it; past a series' last day it has none.
 */
export function besideRows(mine: readonly SeriesPoint[], theirs: readonly SeriesPoint[], every: number): BesideRow[] {
  const ends = [mine.at(-1)?.day, theirs.at(-1)?.day].filter((d): d is number => d !== undefined);
  if (ends.length === 0 || !(every > 0)) return [];
  const last = Math.max(...ends);
  const days = new Set<number>(ends);
  for (let day = 0; day <= last; day += every) days.add(day);
  return [...days]
    .sort((a, b) => a - b)
    .map((day) => ({ day, mine: valueOnDay(mine, day), theirs: valueOnDay(theirs, day) }));
}
