/**
 * The `sim` contract for every model version of every registered scenario: what each command
 * prints is what the simulation core computes for that scenario, and bad input names its problem.
 * (sim-cli.test.ts checks the contract's fields and messages in depth on Abu Dhabi's model 1.)
 * The invocations run in `beforeAll`, a few at a time, since each costs a Node start-up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { coreEn } from '@/lib/i18n/core-messages';
import { availableMoves, blockedNotableMoves, initialSnapshot, replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { formatPath, parsePath, presetSteps, type PathStep } from '@/lib/sim/path';
import { buildLinkUrl } from '@/lib/share/link';
import { loadEveryModelVersion } from '@/machines/registry';
import type { Scenario } from '@/machines/scenario';
import { escapeRegExp } from '@/tests/support/text';
import { simAll, type CliResult } from './support/sim-cli';

const BASE = 'https://parley.example';
const SEED = 42;

function stepsOf(scenario: Scenario, text: string): PathStep[] {
  const steps = parsePath(text, scenario.data);
  if (!steps.ok) throw new Error(coreEn.simError(steps.error));
  return steps.value;
}

/** What this scenario's checks run and what they expect, all taken from the scenario's own data and core. */
function casesFor(scenario: Scenario) {
  const { data } = scenario;
  const S = ['--scenario', data.id, '--model-version', String(data.modelVersion)];
  const defaults = resolveParams(data, {});
  if (!defaults.ok) throw new Error(coreEn.simError(defaults.error));
  const start = initialSnapshot(scenario, defaults.value);
  const openAtStart = availableMoves(scenario, start);
  const uncertain = openAtStart.find((m) => m.outcomes)!;
  const certain = openAtStart.find((m) => !m.outcomes)!;
  const blocked = blockedNotableMoves(scenario, start)[0]!;
  const history = stepsOf(scenario, 'history');
  const param = data.parameters[0]!;
  const linked = buildLinkUrl(BASE, { scenarioId: data.id, modelVersion: data.modelVersion, path: history, seed: 7, params: {}, step: null, compare: null }, scenario);
  if (!linked.ok) throw new Error(coreEn.simError(linked.error));
  const good = {
    presets: ['presets', ...S],
    stateStart: ['state', ...S],
    stateHistory: ['state', ...S, '--path', 'history'],
    runHistory: ['run', ...S, '--path', 'history'],
    runDrawn: ['run', ...S, '--path', uncertain.id, '--seed', String(SEED)],
    link: ['link', ...S, '--path', 'history', '--seed', '7', '--base', BASE],
    decode: ['decode', linked.value],
  };
  const bad = {
    unknownMove: { args: ['run', ...S, '--path', `${certain.id},no.such-move`], says: [/step 2/, /unknown move/, /no\.such-move/] },
    unavailable: { args: ['run', ...S, '--path', blocked.id], says: [/step 1/, new RegExp(escapeRegExp(blocked.id)), /not available/] },
    unknownOutcome: { args: ['run', ...S, '--path', `${uncertain.id}:no-such-outcome`], says: [/step 1/, /no-such-outcome/] },
    outcomeOnCertain: { args: ['run', ...S, '--path', `${certain.id}:${uncertain.outcomes![0]!.id}`], says: [/step 1/, new RegExp(escapeRegExp(certain.id))] },
    paramOutOfRange: { args: ['run', ...S, '--path', 'history', '--param', `${param.id}=${param.max + 1}`], says: [new RegExp(param.id), /range/] },
    unknownPreset: { args: ['decode', `/s/${data.id}?model=${data.modelVersion}&preset=yalta`], says: [/bad address/, /preset "yalta"/] },
  };
  return { S, good, bad, defaults: defaults.value, start, openAtStart, blocked, uncertain, history, linkUrl: linked.value };
}

const scenarios = await loadEveryModelVersion();
const rows = scenarios.map((s) => [`${s.data.id} model ${s.data.modelVersion}`, s, casesFor(s)] as const);
let results = new Map<string, CliResult>();
const key = (row: string, name: string) => `${row} · ${name}`;

beforeAll(async () => {
  const jobs = rows.flatMap(([row, , cases]) => [
    ...Object.entries(cases.good).map(([name, args]) => [key(row, name), args] as const),
    ...Object.entries(cases.bad).map(([name, bad]) => [key(row, name), bad.args] as const),
  ]);
  results = await simAll(jobs);
}, 240_000);

describe.each(rows)('sim for %s', (row, scenario, cases) => {
  const printed = (name: keyof typeof cases.good): unknown => {
    const result = results.get(key(row, name))!;
    expect(result.stderr, name).toBe('');
    expect(result.status, name).toBe(0);
    return JSON.parse(result.stdout);
  };
  const trajectory = (steps: readonly PathStep[], seed?: number) =>
    replay(scenario, steps, cases.defaults, seed).records.map((r) => ({ step: r.step, date: r.date, move: r.move, moveOutcome: r.moveOutcome, value: r.value, metrics: r.metrics, outcome: r.outcome, ...(r.holds === null ? {} : { holds: r.holds }) }));

  it('presets lists every preset of the scenario, its path written out move by move', () => {
    const presets = printed('presets') as Array<{ id: string; label: string; path: string }>;
    expect(presets.map((p) => p.id)).toEqual(scenario.data.presets.map((p) => p.id));
    for (const preset of presets) expect(preset.path).toBe(formatPath(presetSteps(scenario.data, preset.id)));
  });

  it('state at the start is step 0 on the scenario’s start date, with the moves open and the notable ones that are not', () => {
    const state = printed('stateStart') as { scenario: string; modelVersion: number; step: number; date: string; outcome: unknown; moves: Array<{ id: string; party: string; outcomes?: Array<{ id: string; p: number }> }>; unavailable: Array<{ id: string }> };
    expect(state).toMatchObject({ scenario: scenario.data.id, modelVersion: scenario.data.modelVersion, step: 0, date: scenario.data.startDate, outcome: null });
    expect(state.moves.map((m) => m.id)).toEqual(cases.openAtStart.map((m) => m.id));
    const parties = scenario.data.parties.map((p) => p.id);
    for (const move of state.moves) expect(parties).toContain(move.party);
    const odds = state.moves.find((m) => m.id === cases.uncertain.id)!.outcomes!;
    expect(odds.reduce((sum, o) => sum + o.p, 0)).toBeCloseTo(1, 9);
    expect(state.unavailable.map((m) => m.id)).toContain(cases.blocked.id);
  });

  it('run --path history is the core’s trajectory of the record (with whether a signed deal holds, once one is), and its last step is what state says there', () => {
    const run = printed('runHistory') as { scenario: string; steps: Array<Record<string, unknown>> };
    expect(run.scenario).toBe(scenario.data.id);
    expect(run.steps).toEqual(trajectory(cases.history));
    const state = printed('stateHistory') as Record<string, unknown>;
    const last = run.steps.at(-1)!;
    for (const field of ['step', 'date', 'value', 'metrics', 'outcome', 'holds']) expect(state[field], field).toEqual(last[field]);
  });

  it('with --seed, run draws an uncertain move’s outcome as the core does with that seed', () => {
    const run = printed('runDrawn') as { steps: Array<{ moveOutcome: string | null }> };
    const drawn = run.steps[1]!.moveOutcome;
    expect(cases.uncertain.outcomes!.map((o) => o.id)).toContain(drawn);
    expect(run.steps).toEqual(trajectory([{ move: cases.uncertain.id }], SEED));
  });

  it('link prints the address the core builds, and decode reads back its path and seed', () => {
    expect(printed('link')).toEqual({ url: cases.linkUrl });
    expect(printed('decode')).toMatchObject({ scenario: scenario.data.id, modelVersion: scenario.data.modelVersion, path: formatPath(cases.history), seed: 7 });
  });

  it.each(Object.entries(cases.bad))('bad input (%s): exit status 2 and one error line naming the problem', (name, bad) => {
    const result = results.get(key(row, name))!;
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.replace(/\n$/, '').split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    for (const pattern of bad.says) expect(lines[0]).toMatch(pattern);
  });
});
