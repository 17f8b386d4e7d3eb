/**
 * Another scenario's record set beside this one's paths (lib/charts/beside.ts). The expected values
 * come from elsewhere than the code under test: the days from the calendar (Date.UTC on the dates
 * the records are known to end on), the values from the `sim run` command's JSON.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { besideHistories, besideHistory, besideRows, sharedMetricIds, type BesideHistory } from '@/lib/charts/beside';
import { requireScenario } from '@/tests/support/scenarios';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

interface SimStep {
  date: string;
  metrics: Record<string, number>;
}
const simRun = (scenario: string): Promise<SimStep[]> =>
  new Promise((resolve, reject) => {
    execFile(tsx, ['lib/cli/main.ts', 'run', '--scenario', scenario, '--path', 'history'], { cwd: root, timeout: 90_000, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve((JSON.parse(stdout) as { steps: SimStep[] }).steps),
    );
  });

/** Whole days from one ISO date to another, by the calendar. */
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const abuDhabi = await requireScenario('abu-dhabi-2026');
const panmunjom = await requireScenario('panmunjom-1951');

let sim: { abuDhabi: SimStep[]; panmunjom: SimStep[] };
beforeAll(async () => {
  const [a, p] = await Promise.all([simRun('abu-dhabi-2026'), simRun('panmunjom-1951')]);
  sim = { abuDhabi: a, panmunjom: p };
});

const metricOf = (history: BesideHistory, id: string) => history.metrics.find((m) => m.metricId === id);

describe('another scenario’s record beside this one', () => {
  it('from Abu Dhabi, gives Panmunjom’s record, ending on day 748: the armistice of 27 July 1953, 748 days after the first plenary', () => {
    const beside = besideHistory(abuDhabi.data, panmunjom)!;
    expect(beside.scenarioId).toBe('panmunjom-1951');
    expect(beside.title).toBe('Kaesong and Panmunjom armistice talks, 1951–53');
    expect(beside.startDate).toBe('1951-07-10');
    expect(daysBetween('1951-07-10', '1953-07-27')).toBe(748);
    expect(beside.lastDay).toBe(748);
    for (const metric of beside.metrics) expect(metric.points.at(-1)!.day, metric.metricId).toBe(748);
  });

  it('from Panmunjom, gives Abu Dhabi’s record, ending on its record’s last day (11 April 2026, day 87)', () => {
    const beside = besideHistory(panmunjom.data, abuDhabi)!;
    const lastDate = sim.abuDhabi.at(-1)!.date;
    expect(lastDate).toBe('2026-04-11');
    expect(beside.lastDay).toBe(daysBetween('2026-01-14', lastDate));
    expect(beside.lastDay).toBe(87);
    expect(metricOf(beside, 'talksMomentum')!.points.at(-1)).toEqual({ day: 87, value: sim.abuDhabi.at(-1)!.metrics.talksMomentum });
  });

  it('holds only the metrics both scenarios report, in this scenario’s order', () => {
    expect(besideHistory(abuDhabi.data, panmunjom)!.metrics.map((m) => m.metricId)).toEqual(['talksMomentum', 'prisonersExchanged', 'relapseRiskPct']);
    const fromPanmunjom = besideHistory(panmunjom.data, abuDhabi)!.metrics.map((m) => m.metricId);
    expect(fromPanmunjom).toContain('talksMomentum');
    // Each scenario's own metrics stay its own.
    for (const own of ['donetskControlPct', 'gridAdequacyPct', 'civilianCasualties', 'roundsHeld', 'sessionsHeld', 'usCasualties', 'nkPowerPct']) expect(fromPanmunjom).not.toContain(own);
    expect(sharedMetricIds(panmunjom.data, abuDhabi.data).sort()).toEqual(['prisonersExchanged', 'relapseRiskPct', 'talksMomentum']);
  });

  it.each([
    ['abu-dhabi-2026', 'panmunjom-1951'],
    ['panmunjom-1951', 'abu-dhabi-2026'],
  ] as const)('from %s, puts each of %s’s values on the day since its own start date that `sim run` dates it, one point a day', (mineId, otherId) => {
    const [mine, other] = mineId === 'abu-dhabi-2026' ? [abuDhabi, panmunjom] : [panmunjom, abuDhabi];
    const steps = otherId === 'panmunjom-1951' ? sim.panmunjom : sim.abuDhabi;
    const start = other.data.startDate;
    expect(steps[0]!.date).toBe(start);
    const series = metricOf(besideHistory(mine.data, other)!, 'talksMomentum')!.points;
    // The day's value is that of its last step, as `sim run` lists them.
    const byDay = new Map<number, number>();
    for (const step of steps) byDay.set(daysBetween(start, step.date), step.metrics.talksMomentum!);
    expect(series).toEqual([...byDay].map(([day, value]) => ({ day, value })));
    // Day 0 is the opening day, as it ends (a first session on the day counts).
    expect(series[0]).toEqual({ day: 0, value: steps.filter((s) => s.date === start).at(-1)!.metrics.talksMomentum });
  });

  it('cites the other scenario’s own sources for each metric', () => {
    const prisoners = metricOf(besideHistory(abuDhabi.data, panmunjom)!, 'prisonersExchanged')!;
    const spec = panmunjom.data.metrics.find((m) => m.id === 'prisonersExchanged')!;
    for (const id of spec.sources) expect(prisoners.source).toContain(panmunjom.data.sources.find((s) => s.id === id)!.citation);
  });

  it('sets nothing beside a scenario from itself, nor from one that shares no metric', () => {
    expect(besideHistory(abuDhabi.data, abuDhabi)).toBeNull();
    const unrelated = { id: 'elsewhere', metrics: [{ ...abuDhabi.data.metrics[0]!, id: 'rainfallMm' }] };
    expect(besideHistories(unrelated, [abuDhabi, panmunjom])).toEqual([]);
    expect(besideHistories(abuDhabi.data, [abuDhabi, panmunjom]).map((h) => h.scenarioId)).toEqual(['panmunjom-1951']);
  });
});

describe('a side-by-side table', () => {
  it('reads both series every so many days to the longer one’s end, with each one’s last day, and nothing past a series’ end', () => {
    const mine = [
      { day: 0, value: 40 },
      { day: 10, value: 50 },
    ];
    const theirs = [
      { day: 0, value: 30 },
      { day: 5, value: 35 },
      { day: 70, value: 60 },
    ];
    expect(besideRows(mine, theirs, 30)).toEqual([
      { day: 0, mine: 40, theirs: 30 },
      { day: 10, mine: 50, theirs: 35 },
      { day: 30, mine: null, theirs: 35 },
      { day: 60, mine: null, theirs: 35 },
      { day: 70, mine: null, theirs: 60 },
    ]);
  });

  it('gives Abu Dhabi and Panmunjom’s momentum at day 0, 30, … 720, and on days 87 and 748', () => {
    const beside = besideHistory(abuDhabi.data, panmunjom)!;
    const mine = besideHistory(panmunjom.data, abuDhabi)!;
    const rows = besideRows(metricOf(mine, 'talksMomentum')!.points, metricOf(beside, 'talksMomentum')!.points, 30);
    expect(rows.map((r) => r.day)).toEqual([0, 30, 60, 87, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360, 390, 420, 450, 480, 510, 540, 570, 600, 630, 660, 690, 720, 748]);
    expect(rows.filter((r) => r.mine === null).map((r) => r.day)[0]).toBe(90);
    expect(rows.every((r) => r.theirs !== null)).toBe(true);
    expect(rows.at(-1)!.theirs).toBe(sim.panmunjom.at(-1)!.metrics.talksMomentum);
    const endOfDay0 = (steps: SimStep[]) => steps.filter((s) => s.date === steps[0]!.date).at(-1)!.metrics.talksMomentum;
    expect(rows[0]).toEqual({ day: 0, mine: endOfDay0(sim.abuDhabi), theirs: endOfDay0(sim.panmunjom) });
  });
});

describe('a chart’s table with another scenario’s record beside', () => {
  it('adds a row for each day the record beside has a point on, dated only where a path here has a step', async () => {
    const { metricRows } = await import('@/lib/charts/metric-series');
    const record = (day: number, value: number) => ({ step: day, day, date: `2026-01-${String(14 + day).padStart(2, '0')}`, move: null, moveOutcome: null, value: 'x', metrics: { m: value }, outcome: null, holds: null });
    const rows = metricRows('m', {
      current: [record(0, 40), record(2, 44)],
      beside: [
        { day: 0, value: 10 },
        { day: 1, value: 11 },
        { day: 5, value: 15 },
      ],
    });
    expect(rows).toEqual([
      { day: 0, date: '2026-01-14', current: 40, beside: 10 },
      { day: 1, current: 40, beside: 11 },
      { day: 2, date: '2026-01-16', current: 44, beside: 11 },
      { day: 5, beside: 15 },
    ]);
  });
});

describe('the address naming the record beside', () => {
  it('adds, replaces and removes ?beside= and keeps the rest of the query as written', async () => {
    const { besideOfSearch, withBeside } = await import('@/lib/share/address');
    expect(withBeside('/s/a', 'b')).toBe('/s/a?beside=b');
    expect(withBeside('/s/a?path=talks.convene,talks.round:stalled&seed=7', 'b')).toBe('/s/a?path=talks.convene,talks.round:stalled&seed=7&beside=b');
    expect(withBeside('/s/a?beside=c&l=220p', 'b')).toBe('/s/a?l=220p&beside=b');
    expect(withBeside('/s/a?beside=c', null)).toBe('/s/a');
    expect(withBeside('/s/a?l=220p&beside=c', null)).toBe('/s/a?l=220p');
    expect(besideOfSearch('?l=220p&beside=panmunjom-1951')).toBe('panmunjom-1951');
    expect(besideOfSearch('?beside=')).toBeNull();
    expect(besideOfSearch('')).toBeNull();
  });
});
