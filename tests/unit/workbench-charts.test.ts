import { coreEn } from '@/lib/i18n/core-messages';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath } from '@/lib/sim/path';
import { metricPoints, metricRows, valueOnDay } from '@/lib/charts/metric-series';

const scenario = await requireScenario('abu-dhabi-2026');
const params = resolveParams(scenario.data, {});
if (!params.ok) throw new Error(coreEn.simError(params.error));
const run = (text: string) => {
  const steps = parsePath(text, scenario.data);
  if (!steps.ok) throw new Error(coreEn.simError(steps.error));
  return replay(scenario, steps.value, params.value).records;
};

describe('chart data', () => {
  const history = run('history');
  const mine = run('time.week,time.week,strike.intensify,time.week');

  it('charts each path on one date axis, in date order, a row for each day any path has a step on', () => {
    const rows = metricRows('gridAdequacyPct', { current: mine, reference: history });
    const days = rows.map((r) => r.day);
    expect(days).toEqual([...days].sort((x, y) => x - y));
    expect(days).toEqual([...new Set([...mine, ...history].map((r) => r.day))].sort((x, y) => x - y));
  });

  it('gives each path’s value on a row’s day as the chart reads it: the state after its last step by then, none after its end', () => {
    const rows = metricRows('civilianCasualties', { current: mine, compare: history });
    const stateOn = (records: typeof mine, day: number) =>
      day > records.at(-1)!.day ? undefined : records.filter((r) => r.day <= day).at(-1)!.metrics.civilianCasualties;
    for (const row of rows) {
      expect(row.current).toBe(stateOn(mine, row.day));
      expect(row.compare).toBe(stateOn(history, row.day));
    }
    // Days on which only the record has a step hold this path's last value, and the record runs on after this path ends.
    expect(rows.some((r) => r.current !== undefined && !mine.some((m) => m.day === r.day))).toBe(true);
    expect(rows.some((r) => r.compare !== undefined && r.current === undefined)).toBe(true);
  });

  it('on a day with several steps, charts the state at the end of the day', () => {
    const rows = metricRows('talksMomentum', { current: history });
    for (const row of rows) {
      const lastThatDay = history.filter((r) => r.day === row.day).at(-1)!;
      expect(row.current).toBe(lastThatDay.metrics.talksMomentum);
      expect(row.date).toBe(lastThatDay.date);
    }
  });

});

describe('chart series', () => {
  const history = run('history');

  it('keeps one point per day, the state at the end of the day, in day order', () => {
    const points = metricPoints('talksMomentum', history);
    expect(points.map((p) => p.day)).toEqual([...new Set(history.map((r) => r.day))]);
    for (const point of points) expect(point.value).toBe(history.filter((r) => r.day === point.day).at(-1)!.metrics.talksMomentum);
  });

  it('reads a path on any day as its state after the last step taken by then, and nothing outside the path', () => {
    const points = metricPoints('civilianCasualties', history);
    const [first, last] = [points[0]!.day, points.at(-1)!.day];
    for (let day = first; day <= last; day += 1) {
      const before = history.filter((r) => r.day <= day).at(-1)!;
      expect(valueOnDay(points, day)).toBe(before.metrics.civilianCasualties);
    }
    expect(valueOnDay(points, last + 1)).toBeNull();
    expect(valueOnDay(points, first - 1)).toBeNull();
    expect(valueOnDay([], first)).toBeNull();
  });
});
