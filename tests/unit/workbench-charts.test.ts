import { describe, expect, it } from 'vitest';
import { findScenario } from '../../machines/registry';
import { replay } from '../../lib/sim/engine';
import { resolveParams } from '../../lib/sim/params';
import { parsePath } from '../../lib/sim/path';
import { finalValue, metricPoints, metricRows, valueOnDay } from '../../lib/charts/metric-series';

const scenario = findScenario('abu-dhabi-2026')!;
const params = resolveParams(scenario.data, {});
if (!params.ok) throw new Error(params.error.message);
const run = (text: string) => {
  const steps = parsePath(text, scenario.data);
  if (!steps.ok) throw new Error(steps.error.message);
  return replay(scenario, steps.value, params.value).records;
};

describe('chart data', () => {
  const history = run('history');
  const mine = run('time.week,time.week,strike.intensify,time.week');

  it('charts each path on one date axis, in date order', () => {
    const rows = metricRows('gridAdequacyPct', { current: mine, reference: history });
    const days = rows.map((r) => r.day);
    expect(days).toEqual([...days].sort((x, y) => x - y));
    expect(new Set(days).size).toBe(days.length);
    expect(rows.filter((r) => r.current !== undefined).map((r) => r.day)).toEqual([...new Set(mine.map((r) => r.day))]);
    expect(rows.filter((r) => r.reference !== undefined)).toHaveLength(new Set(history.map((r) => r.day)).size);
  });

  it('on a day with several steps, charts the state at the end of the day', () => {
    const rows = metricRows('talksMomentum', { current: history });
    for (const row of rows) {
      const lastThatDay = history.filter((r) => r.day === row.day).at(-1)!;
      expect(row.current).toBe(lastThatDay.metrics.talksMomentum);
      expect(row.date).toBe(lastThatDay.date);
    }
  });

  it('adds the compared path as its own series', () => {
    const rows = metricRows('civilianCasualties', { current: mine, compare: history });
    expect(rows.some((r) => r.compare !== undefined && r.current === undefined)).toBe(true);
    expect(finalValue(history, 'civilianCasualties')).toBe(history.at(-1)!.metrics.civilianCasualties);
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
