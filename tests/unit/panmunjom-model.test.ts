/**
 * The Panmunjom 1951–53 scenario's facts, each a named test: the record as the history preset
 * replays it, and what the model does at the points a class will ask about.
 */
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { coreEn } from '@/lib/i18n/core-messages';
import { addDays } from '@/lib/sim/date';
import { applyStep, availableMoves, blockedNotableMoves, outcomeOf, replay } from '@/lib/sim/engine';
import { paramsOrDefaults } from '@/lib/sim/params';
import { parsePath, type PathStep } from '@/lib/sim/path';
import { requireScenario } from '@/tests/support/scenarios';

const scenario = await requireScenario('panmunjom-1951', 1);
const { data } = scenario;
const history = data.presets.find((p) => p.id === 'history')!;

function steps(text: string): PathStep[] {
  const parsed = parsePath(text, data);
  if (!parsed.ok) throw new Error(coreEn.simError(parsed.error));
  return parsed.value;
}
function play(text: string, overrides: Record<string, number> = {}) {
  const result = replay(scenario, steps(text), paramsOrDefaults(data, overrides), 1);
  if (result.error) throw new Error(coreEn.simError(result.error));
  return result;
}
const record = play('history');
const dateOf = (snapshot: AnyMachineSnapshot) => addDays(data.startDate, scenario.dayOf(snapshot));
/** Whole days between two ISO dates (b − a), computed apart from the engine. */
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
/** The record's steps of one move (with its outcome, if named), as their dates. */
const datesOf = (move: string) => record.records.filter((r) => (r.moveOutcome ? `${r.move}:${r.moveOutcome}` : r.move) === move || r.move === move).map((r) => r.date);
/** The index of the last step of a replay on or before a day. */
const lastStepBy = (run: typeof record, date: string) => run.records.filter((r) => r.date <= date).length - 1;
/** The state the record is in at the end of a day (after that day's last step). */
function atEndOf(date: string): { snapshot: AnyMachineSnapshot; metrics: Record<string, number> } {
  const index = lastStepBy(record, date);
  return { snapshot: record.snapshots[index]!, metrics: record.records[index]!.metrics };
}
const regionOf = (snapshot: AnyMachineSnapshot, path: string) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], snapshot.value);
/** Why a move is refused here, by the scenario's own rule; null when it is offered. */
const why = (snapshot: AnyMachineSnapshot, moveId: string) => (blockedNotableMoves(scenario, snapshot).some((m) => m.id === moveId) ? scenario.whyUnavailable(snapshot, moveId) : null);
function next(snapshot: AnyMachineSnapshot, move: string, outcome?: string) {
  const applied = applyStep(scenario, snapshot, outcome === undefined ? { move } : { move, outcome });
  if (!applied.ok) throw new Error(coreEn.simError(applied.error));
  return applied.value.snapshot;
}
const chance = (snapshot: AnyMachineSnapshot, moveId: string, outcomeId: string) =>
  availableMoves(scenario, snapshot).find((m) => m.id === moveId)?.outcomes?.find((o) => o.id === outcomeId)?.p ?? 0;

describe('Panmunjom: the record', () => {
  it('opens on the day of the first plenary at Kaesong, 10 July 1951, the talks in session, the delegations having met that day', () => {
    expect(data.startDate).toBe('1951-07-10');
    expect(data.situation.opening).toMatch(/^The first plenary met at Kaesong today/);
    const start = record.snapshots[0]!;
    expect(regionOf(start, 'negotiating.talks')).toBe('inSession');
    expect(start.context).toMatchObject({ venue: 'kaesong', lastSessionDay: 0 });
  });

  it('ends in the armistice signed at Panmunjom on 27 July 1953, day 748', () => {
    const last = record.records.at(-1)!;
    expect(last).toMatchObject({ date: '1953-07-27', move: 'armistice.sign', outcome: 'armistice', holds: true });
    expect(daysBetween('1951-07-10', last.date)).toBe(748);
    expect(record.snapshot.context.venue).toBe('panmunjom');
  });

  it('cites a dated report first for every event that is not days passing, published no earlier than its event', () => {
    const eventSteps = new Map(history.events!.map((e) => [e.step, e]));
    for (const [index, step] of record.path.entries()) {
      if (step.move.startsWith('time.')) continue;
      expect(eventSteps.has(index + 1), `step ${index + 1} (${step.move}) has its reports`).toBe(true);
    }
    for (const event of history.events!) {
      const eventDate = record.records[event.step]!.date;
      expect(data.sources.find((s) => s.id === event.sources[0])!.date, `step ${event.step}'s first report is dated`).toBeDefined();
      // The first source reports the event: a date known to the year or month is read as its last day.
      const published = data.sources.find((s) => s.id === event.sources[0])!.date!;
      const latest = published.length === 4 ? `${published}-12-31` : published.length === 7 ? `${published}-31` : published;
      expect(latest >= eventDate, `step ${event.step} (${eventDate}) is first reported by ${event.sources[0]} of ${published}`).toBe(true);
    }
  });

  it('has the six suspensions and recesses of the record, of about 3, 6, 63, 200, 7 and 22 days, none ending the talks', () => {
    const breaks = ['talks.suspend-unc', 'talks.suspend-communist', 'talks.recess', 'talks.recess-week'];
    const spans: number[] = [];
    let since: string | null = null;
    for (const r of record.records) {
      if (r.move === 'talks.recess-week') spans.push(7);
      else if (r.move !== null && breaks.includes(r.move)) since = r.date;
      else if ((r.move === 'talks.resume' || r.move === 'talks.resume-panmunjom') && since !== null) {
        spans.push(daysBetween(since, r.date));
        since = null;
      }
    }
    expect(spans).toEqual([3, 6, 63, 200, 7, 22]);
    expect(record.records.every((r) => r.outcome === null || r.step === record.records.length - 1)).toBe(true);
  });

  it('counts about 158 meetings and about 56,000 US killed and wounded over the talks', () => {
    const end = record.records.at(-1)!.metrics;
    expect(end.sessionsHeld).toBeGreaterThan(150);
    expect(end.sessionsHeld).toBeLessThan(166);
    expect(end.usCasualties).toBeGreaterThan(55_000);
    expect(end.usCasualties).toBeLessThan(57_000);
  });
});

describe('Panmunjom: the facts a class asks about', () => {
  it('the demarcation line of 27 November 1951 stands for 30 days; with no armistice by 27 December it becomes the line of contact at signing', () => {
    expect(datesOf('terms.demarcation-line:agreed')).toEqual(['1951-11-27']);
    expect(regionOf(atEndOf('1951-11-26').snapshot, 'negotiating.terms.line')).toBe('open');
    expect(regionOf(atEndOf('1951-11-27').snapshot, 'negotiating.terms.line')).toBe('provisional');
    expect(regionOf(atEndOf('1951-12-26').snapshot, 'negotiating.terms.line')).toBe('provisional');
    expect(regionOf(atEndOf('1951-12-27').snapshot, 'negotiating.terms.line')).toBe('lapsed');
    // A longer clock, a what-if, leaves it standing on that day.
    const longer = play('history', { demarcationClockDays: 60 });
    expect(regionOf(longer.snapshots[lastStepBy(longer, '1951-12-27')]!, 'negotiating.terms.line')).toBe('provisional');
  });

  it('the long recess: from 8 October 1952 to 26 April 1953 the plenaries do not meet, no meeting is counted, and the talks do not end', () => {
    const before = atEndOf('1952-10-08');
    const after = atEndOf('1953-04-25');
    expect(regionOf(before.snapshot, 'negotiating.talks')).toBe('recessed');
    expect(regionOf(after.snapshot, 'negotiating.talks')).toBe('recessed');
    expect(after.metrics.sessionsHeld).toBe(before.metrics.sessionsHeld);
    expect(why(after.snapshot, 'talks.session')).toBe('The plenaries are not meeting: the talks are suspended or in recess.');
    expect(after.metrics.talksMomentum).toBeGreaterThan(0);
    expect(regionOf(atEndOf('1953-04-26').snapshot, 'negotiating.talks')).toBe('inSession');
  });

  it('Stalin’s death on 5 March 1953: until then Moscow cannot change its line; from that day it can, and the change makes a yes on prisoners likelier', () => {
    const day = atEndOf('1953-03-04').snapshot;
    expect(regionOf(day, 'negotiating.moscow')).toBe('backsBeijing');
    expect(why(day, 'ussr.change-line')).toBe('While Stalin lives, Moscow backs Beijing’s position on the prisoners.');
    expect(regionOf(atEndOf('1953-03-05').snapshot, 'negotiating.moscow')).toBe('leadershipChanged');
    expect(datesOf('ussr.change-line')).toEqual(['1953-03-19']);
    // The same proposal on the table, answered after the same ten days' study, before and after the change of line.
    const studied = (snapshot: AnyMachineSnapshot) => ['time.week', 'time.day', 'time.day', 'time.day'].reduce((s, move) => next(s, move), next(snapshot, 'pow.unc-proposal'));
    const unchanged = studied(atEndOf('1953-03-18').snapshot);
    const changed = studied(next(atEndOf('1953-03-18').snapshot, 'ussr.change-line'));
    expect(chance(unchanged, 'pow.answer', 'accepts')).toBeGreaterThan(0);
    expect(chance(changed, 'pow.answer', 'accepts')).toBeGreaterThan(chance(unchanged, 'pow.answer', 'accepts') * 2);
  });

  it('Rhee’s release on 18 June 1953: about 27,000 prisoners leave UN custody, the Communist side breaks off, and it cannot happen twice', () => {
    const before = atEndOf('1953-06-17');
    const after = atEndOf('1953-06-18');
    expect(before.metrics.prisonersReleasedByRok).toBe(0);
    expect(after.metrics.prisonersReleasedByRok).toBe(27_000);
    expect(before.metrics.prisonersRefusing! - after.metrics.prisonersRefusing!).toBe(27_000);
    expect(regionOf(after.snapshot, 'negotiating.talks')).toBe('suspended');
    expect(why(after.snapshot, 'rok.release-prisoners')).toBe('South Korean guards have already released the prisoners they held.');
  });

  it('the signing and its terms: every item agreed and the prisoners settled without force; the fighting stops, and the risk is of an armistice with a demilitarised zone and supervision', () => {
    const eve = atEndOf('1953-07-26');
    expect(regionOf(eve.snapshot, 'negotiating.prisoners.repatriation')).toBe('termsSigned');
    expect(regionOf(eve.snapshot, 'negotiating.terms.line')).toBe('lapsed');
    expect(outcomeOf(scenario, record.snapshot)).toBe('armistice');
    // Fortna's half, less 0.6 for the zone and 0.7 for supervision: 21%.
    expect(record.records.at(-1)!.metrics.relapseRiskPct).toBeCloseTo(21, 6);
    const weekLater = next(record.snapshot, 'time.week', 'holds');
    expect(scenario.metricsOf(weekLater).usCasualties).toBe(record.records.at(-1)!.metrics.usCasualties);
    expect(dateOf(weekLater)).toBe('1953-08-03');
  });

  it('South Korea never signs: no move of its own does; after Rhee’s release no armistice is signed until Seoul agrees not to obstruct it, as it did on 12 July 1953', () => {
    expect(data.moves.filter((m) => m.party === 'south-korea').map((m) => m.id)).not.toContain(expect.stringMatching(/sign/));
    expect(why(atEndOf('1953-07-11').snapshot, 'armistice.sign')).toBe(
      'The Communist side asks what guarantee there is that South Korea will abide by the terms: Seoul has not agreed not to obstruct them.',
    );
    expect(datesOf('rok.accept-armistice')).toEqual(['1953-07-12']);
    expect(regionOf(atEndOf('1953-07-26').snapshot, 'negotiating.rok')).toBe('acquiesced');
  });

  it('no armistice within the first ten days, whatever is chosen: an answer on the prisoners takes ten days’ study', () => {
    const quickest = play(
      'terms.agenda:adopted,terms.propose-38th-parallel,terms.propose-battle-line,talks.session:progress,terms.demarcation-line:agreed,talks.session:progress,terms.supervision:agreed,terms.recommendations:agreed,pow.exchange-lists,pow.screening,pow.no-forced-repatriation,pow.unc-proposal',
    );
    expect(why(quickest.snapshot, 'pow.answer')).toMatch(/^The Communist side answers a proposal after studying it/);
    expect(why(quickest.snapshot, 'armistice.sign')).toBe('Item 4, the prisoners of war, is still open.');
  });

  it('no armistice while an item is open: before the prisoners are settled the signing is refused, saying so', () => {
    const snapshot = atEndOf('1952-07-01').snapshot;
    expect(availableMoves(scenario, snapshot).map((m) => m.id)).not.toContain('armistice.sign');
    expect(why(snapshot, 'armistice.sign')).toBe('Item 4, the prisoners of war, is still open.');
  });
});

describe('Panmunjom: the teachers’ what-ifs', () => {
  it('prisoners returned by force: the record to 18 July 1952, then an armistice signed that summer', () => {
    const run = play('forced-repatriation-1952');
    const signing = run.records.find((r) => r.move === 'armistice.sign')!;
    expect(signing.date > '1952-07-18' && signing.date < '1952-09-01').toBe(true);
    expect(outcomeOf(scenario, run.snapshot)).toBe('armistice');
    expect(regionOf(run.snapshots[signing.step - 1]!, 'negotiating.prisoners.repatriation')).toBe('forcedAgreed');
  });

  it('the recess of October 1952 as the end: the talks are abandoned before Stalin’s death', () => {
    const run = play('recess-end-1952');
    expect(outcomeOf(scenario, run.snapshot)).toBe('collapse');
    expect(run.records.at(-1)!.date < '1953-03-05').toBe(true);
    // The risk an armistice would have failed stays that of the terms agreed when the talks ended.
    expect(run.records.at(-1)!.metrics.relapseRiskPct).toBe(run.records.at(-2)!.metrics.relapseRiskPct);
  });
});
