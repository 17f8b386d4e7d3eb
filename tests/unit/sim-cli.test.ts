/**
 * The `sim` command as a user runs it: a child process, JSON on stdout, and for bad input exit
 * status 2 with one `error:` line on stderr. The invocations run in `beforeAll`, a few at a time (each
 * costs a Node start-up), and the tests read their results.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import { beforeAll, describe, expect, it } from 'vitest';
import { replay } from '@/lib/sim/engine';
import { formatPath, parsePath } from '@/lib/sim/path';
import { buildLinkUrl } from '@/lib/share/link';
import { OUTCOMES } from '@/machines/scenario';
import { requireScenario } from '@/tests/support/scenarios';
import { paramsWith, scenario, SCENARIO_ID } from './support/abu-dhabi';
import { sim, simAll, type CliResult } from './support/sim-cli';

/**
 * The contract is checked on model 1, whose facts these tests know (support/abu-dhabi.ts); that a
 * command runs the current version when none is named is checked apart (`runCurrent`).
 */
const SCENARIO = ['--scenario', SCENARIO_ID];
const S = [...SCENARIO, '--model-version', '1'];

/** A share link made in-process, for `decode` to read back. */
const SHARED = (() => {
  const steps = parsePath('history,talks.round:stalled', scenario.data);
  if (!steps.ok) throw new Error(coreEn.simError(steps.error));
  const state = { scenarioId: SCENARIO_ID, modelVersion: scenario.data.modelVersion, path: steps.value, seed: 7, params: { energyTruceDays: 3 }, step: null, compare: null };
  const url = buildLinkUrl('https://parley.example', state, scenario);
  if (!url.ok) throw new Error(coreEn.simError(url.error));
  return { url: url.value, pathText: formatPath(steps.value) };
})();

/** A link made with model 2, for `decode` to read back in it. */
const SHARED_V2 = (() => {
  const model2 = requireScenario(SCENARIO_ID, 2);
  return model2.then((s) => {
    const url = buildLinkUrl('https://parley.example', { scenarioId: SCENARIO_ID, modelVersion: 2, path: [{ move: 'talks.convene' }], seed: 7, params: {}, step: null, compare: null }, s);
    if (!url.ok) throw new Error(coreEn.simError(url.error));
    return url.value;
  });
})();

const GOOD = {
  scenarios: ['scenarios'],
  presets: ['presets', ...S],
  stateStart: ['state', ...S],
  stateHistory: ['state', ...S, '--path', 'history'],
  runHistory: ['run', ...S, '--path', 'history'],
  runArmistice: [
    'run',
    ...S,
    '--path',
    'talks.convene,talks.round:exchange,terms.propose-freeze:accepted,armistice.sign',
    '--param',
    'prisonersPerExchange=500',
    '--param=initialMomentum=60',
  ],
  runDrawn: ['run', ...S, '--path', 'talks.convene,talks.round,truce.propose,truce.sign', '--seed', '42'],
  link: ['link', ...S, '--path', 'history,talks.round:stalled', '--seed', '7', '--param', 'energyTruceDays=3', '--base', 'https://parley.example'],
  decode: ['decode', SHARED.url],
  decodeReadable: ['decode', 'https://parley.example/s/abu-dhabi-2026?path=talks.convene,talks.round:stalled&seed=7&step=1'],
  decodePreset: ['decode', '/s/abu-dhabi-2026?preset=history'],
  runModel1: ['run', ...SCENARIO, '--model-version', '1', '--path', 'talks.convene'],
  runCurrent: ['run', ...SCENARIO, '--path', 'history'],
  stateModel2: ['state', ...SCENARIO, '--model-version=2', '--path', 'talks.convene'],
  decodeModel2: ['decode', await SHARED_V2],
  decodeReadableModel2: ['decode', '/s/abu-dhabi-2026?model=2&path=talks.convene'],
  runSignedModel2: [
    'run',
    ...SCENARIO,
    '--model-version',
    '2',
    '--path',
    'terms.propose-freeze:accepted,talks.convene,talks.round:productive,talks.convene,armistice.sign,time.week:deal-holds,time.week:deal-breaks',
  ],
} satisfies Record<string, string[]>;

/** Bad input: the arguments, and what the error line must say. */
const BAD: Array<{ kind: string; args: string[]; says: RegExp[] }> = [
  { kind: 'unknown scenario', args: ['state', '--scenario', 'yalta-1945'], says: [/unknown scenario/, /yalta-1945/] },
  { kind: 'unknown command', args: ['negotiate', ...S], says: [/unknown command/, /negotiate/] },
  { kind: 'unknown move', args: ['run', ...S, '--path', 'talks.convene,talks.dance'], says: [/step 2/, /unknown move/, /talks\.dance/] },
  { kind: 'unknown outcome', args: ['run', ...S, '--path', 'talks.convene,talks.round:triumph'], says: [/step 2/, /triumph/] },
  { kind: 'move unavailable at its step', args: ['state', ...S, '--path', 'time.week,talks.round:productive'], says: [/step 2/, /talks\.round/, /not available/] },
  { kind: 'outcome on a certain move', args: ['run', ...S, '--path', 'talks.convene:productive'], says: [/step 1/, /talks\.convene/, /productive/] },
  { kind: 'truce outcome with no truce in force', args: ['run', ...S, '--path', 'time.week,time.day:truce-holds'], says: [/step 2/, /time\.day/, /truce-holds/] },
  { kind: 'malformed seed', args: ['run', ...S, '--path', 'history', '--seed', '12abc'], says: [/--seed/, /12abc/] },
  { kind: 'malformed parameter value', args: ['run', ...S, '--path', 'history', '--param', 'energyTruceDays=seven'], says: [/energyTruceDays/, /seven/, /not a number/] },
  { kind: 'parameter out of range', args: ['run', ...S, '--path', 'history', '--param', 'energyTruceDays=31'], says: [/energyTruceDays/, /range/] },
  { kind: 'unknown parameter', args: ['state', ...S, '--param', 'warpFactor=9'], says: [/unknown parameter/, /warpFactor/] },
  { kind: 'malformed path', args: ['run', ...S, '--path', 'talks.convene,,talks.round:productive'], says: [/step 2/, /move id/] },
  { kind: 'missing --path for run', args: ['run', ...S], says: [/--path/] },
  { kind: 'unknown option', args: ['state', ...S, '--colour', 'red'], says: [/unknown option/, /--colour/] },
  { kind: 'decode of a link cut short', args: ['decode', SHARED.url.slice(0, -6)], says: [/bad link/, /damaged|cut short/] },
  { kind: 'decode of a link with foreign characters', args: ['decode', `${SHARED.url}!`], says: [/bad link/, /characters/] },
  { kind: 'decode of an address that is not a scenario', args: ['decode', 'https://parley.example/about'], says: [/bad link/, /scenario/] },
  { kind: 'decode of a readable address naming an unknown preset', args: ['decode', '/s/abu-dhabi-2026?preset=yalta'], says: [/bad address/, /preset "yalta"/] },
  { kind: 'decode of a readable address whose path breaks', args: ['decode', '/s/abu-dhabi-2026?path=talks.convene,agreement.sign'], says: [/bad address/, /step 2/, /agreement\.sign/] },
  { kind: 'decode of a readable address showing a step past its end', args: ['decode', '/s/abu-dhabi-2026?path=talks.convene&step=4'], says: [/bad address/, /step 4/, /1 step\b/] },
  { kind: 'decode of a readable address with a malformed seed', args: ['decode', '/s/abu-dhabi-2026?path=talks.convene&seed=1e3'], says: [/bad address/, /seed "1e3"/] },
  { kind: 'decode of a readable address showing a step with no path', args: ['decode', '/s/abu-dhabi-2026?step=5'], says: [/bad address/, /step 5/, /no path/] },
  { kind: 'decode of a readable address naming a preset and a path', args: ['decode', '/s/abu-dhabi-2026?preset=history&path=time.day'], says: [/bad address/, /both a preset and a path/] },
  { kind: 'seed in exponent form', args: ['run', ...S, '--path', 'history', '--seed', '1e3'], says: [/--seed/, /1e3/] },
  { kind: 'unknown model version', args: ['run', ...SCENARIO, '--model-version', '9', '--path', 'talks.convene'], says: [/no model version "9"/, /it has 1, 2/] },
  { kind: 'model version that is not a number', args: ['state', ...SCENARIO, '--model-version', 'latest'], says: [/no model version "latest"/] },
  { kind: 'decode of a readable address naming a model version there is none of', args: ['decode', '/s/abu-dhabi-2026?model=9&path=talks.convene'], says: [/bad address/, /no model version "9"/] },
  { kind: 'move after the talks ended', args: ['run', ...S, '--path', 'terms.propose-freeze:accepted,armistice.sign,time.day'], says: [/step 3/, /ended/, /armistice/] },
];

const results = new Map<string, CliResult>();

beforeAll(async () => {
  const jobs = [...Object.entries(GOOD), ...BAD.map((b) => [b.kind, b.args] as const)];
  for (const [name, result] of await simAll(jobs)) results.set(name, result);
}, 180_000);

function good(name: keyof typeof GOOD): unknown {
  const result = results.get(name)!;
  expect(result.stderr, name).toBe('');
  expect(result.status, name).toBe(0);
  return JSON.parse(result.stdout);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RUN_STEP_KEYS = ['date', 'metrics', 'move', 'moveOutcome', 'outcome', 'step', 'value'];
const REQUIRED_METRICS = ['donetskControlPct', 'gridAdequacyPct', 'civilianCasualties', 'talksMomentum', 'roundsHeld'];

interface RunStep {
  step: number;
  date: string;
  move: string | null;
  moveOutcome: string | null;
  value: unknown;
  metrics: Record<string, number>;
  outcome: string | null;
}

interface StateOutput {
  step: number;
  date: string;
  value: unknown;
  metrics: Record<string, number>;
  outcome: string | null;
  moves: Array<{ id: string; party: string; label: string; outcomes?: Array<{ id: string; p: number }> }>;
}

function expectMetrics(metrics: Record<string, number>) {
  for (const id of REQUIRED_METRICS) expect(typeof metrics[id], id).toBe('number');
  for (const value of Object.values(metrics)) expect(Number.isFinite(value)).toBe(true);
}

function expectRunSteps(steps: RunStep[]) {
  expect(steps.length).toBeGreaterThan(0);
  for (const [index, s] of steps.entries()) {
    expect(Object.keys(s).sort()).toEqual(RUN_STEP_KEYS);
    expect(s.step).toBe(index);
    expect(s.date).toMatch(ISO_DATE);
    expect(typeof s.value === 'string' || (typeof s.value === 'object' && s.value !== null)).toBe(true);
    expectMetrics(s.metrics);
    expect(s.outcome === null || (OUTCOMES as readonly string[]).includes(s.outcome)).toBe(true);
    if (index > 0) expect(s.date >= steps[index - 1]!.date).toBe(true);
  }
  expect(steps[0]!.move).toBeNull();
  expect(steps[0]!.moveOutcome).toBeNull();
}

function expectStateShape(state: StateOutput) {
  expect(state).toMatchObject({ scenario: 'abu-dhabi-2026', modelVersion: 1 });
  expect(Number.isInteger(state.step)).toBe(true);
  expect(state.date).toMatch(ISO_DATE);
  expectMetrics(state.metrics);
  expect(Array.isArray(state.moves)).toBe(true);
  for (const move of state.moves) {
    expect(typeof move.id).toBe('string');
    expect(typeof move.label).toBe('string');
    expect(scenario.data.parties.map((p) => p.id)).toContain(move.party);
    if (move.outcomes !== undefined) {
      expect(move.outcomes.length).toBeGreaterThan(0);
      for (const o of move.outcomes) {
        expect(Object.keys(o).sort()).toEqual(['id', 'p']);
        expect(o.p).toBeGreaterThan(0);
        expect(o.p).toBeLessThanOrEqual(1);
      }
      expect(move.outcomes.reduce((sum, o) => sum + o.p, 0)).toBeCloseTo(1, 9);
    }
  }
}

describe('sim: the contract', () => {
  it('scenarios lists each scenario with its id, title, current model version, every version with its release date, and start date', () => {
    const list = good('scenarios') as Array<Record<string, unknown>>;
    expect(Array.isArray(list)).toBe(true);
    const entry = list.find((s) => s.id === SCENARIO_ID)!;
    expect(Object.keys(entry).sort()).toEqual(['id', 'modelVersion', 'start', 'title', 'versions']);
    expect(entry.versions).toEqual([
      { version: 1, released: '2026-11-25' },
      { version: 2, released: '2026-12-01' },
    ]);
    expect(entry.modelVersion).toBe(2);
    expect(typeof entry.title).toBe('string');
    expect(Number.isInteger(entry.modelVersion)).toBe(true);
    expect(entry.start).toMatch(/^2026-01-\d{2}$/);
  });

  it('presets lists the history preset, its path written out move by move', () => {
    const presets = good('presets') as Array<{ id: string; label: string; path: string }>;
    for (const p of presets) expect(Object.keys(p).sort()).toEqual(['id', 'label', 'path']);
    const history = presets.find((p) => p.id === 'history')!;
    expect(typeof history.label).toBe('string');
    const steps = parsePath(history.path, scenario.data);
    expect(steps.ok).toBe(true);
    if (steps.ok) {
      const moveIds = new Set(scenario.data.moves.map((m) => m.id));
      for (const step of steps.value) expect(moveIds.has(step.move), step.move).toBe(true);
    }
  });

  it('state at the start is step 0 in January 2026 with moves on offer and no outcome', () => {
    const state = good('stateStart') as StateOutput;
    expectStateShape(state);
    expect(state.step).toBe(0);
    expect(state.date).toBe(scenario.data.startDate);
    expect(state.outcome).toBeNull();
    const ids = state.moves.map((m) => m.id);
    expect(ids).toContain('talks.convene');
    expect(ids).not.toContain('talks.round');
    expect(state.moves.find((m) => m.id === 'talks.convene')!.outcomes).toBeUndefined();
    expect(state.moves.find((m) => m.id === 'terms.propose-freeze')!.outcomes!.map((o) => o.id)).toContain('accepted');
  });

  it('run --path history expands the preset into one step per move, step 0 being the start', () => {
    const run = good('runHistory') as { steps: RunStep[] };
    expect(Object.keys(run)).toEqual(['scenario', 'modelVersion', 'steps']);
    expect(run).toMatchObject({ scenario: 'abu-dhabi-2026', modelVersion: 1 });
    expectRunSteps(run.steps);
    const history = scenario.data.presets.find((p) => p.id === 'history')!;
    expect(run.steps).toHaveLength(history.path.length + 1);
    expect(run.steps[0]!.date).toBe(scenario.data.startDate);
    for (const s of run.steps.slice(1)) expect(s.move).not.toBe('history');
    expect(run.steps.every((s) => s.outcome === null)).toBe(true);
    // A certain move has no moveOutcome; an uncertain one carries the id that follows its colon.
    const convene = run.steps.find((s) => s.move === 'talks.convene')!;
    expect(convene.moveOutcome).toBeNull();
    expect(run.steps.find((s) => s.move === 'talks.round')!.moveOutcome).toBe('productive');
    expect(run.steps.find((s) => s.move === 'truce.sign')!.moveOutcome).toBe('signed');
  });

  it('run reports the same trajectory as the simulation core', () => {
    const run = good('runHistory') as { steps: RunStep[] };
    const steps = parsePath('history', scenario.data);
    if (!steps.ok) throw new Error(coreEn.simError(steps.error));
    const core = replay(scenario, steps.value, paramsWith());
    expect(run.steps).toEqual(
      core.records.map((r) => ({ step: r.step, date: r.date, move: r.move, moveOutcome: r.moveOutcome, value: r.value, metrics: r.metrics, outcome: r.outcome })),
    );
  });

  it('the last step of run equals state for the same path', () => {
    const run = good('runHistory') as { steps: RunStep[] };
    const state = good('stateHistory') as StateOutput;
    expectStateShape(state);
    const last = run.steps.at(-1)!;
    expect({ step: state.step, date: state.date, value: state.value, metrics: state.metrics, outcome: state.outcome }).toEqual({
      step: last.step,
      date: last.date,
      value: last.value,
      metrics: last.metrics,
      outcome: last.outcome,
    });
  });

  it('run applies --param overrides, and outcome is null until the negotiation ends', () => {
    const run = good('runArmistice') as { steps: RunStep[] };
    expectRunSteps(run.steps);
    expect(run.steps[0]!.metrics.talksMomentum).toBe(60);
    expect(run.steps.at(-1)!.metrics.prisonersExchanged).toBe(500);
    expect(run.steps.at(-1)!.outcome).toBe('armistice');
    expect(run.steps.at(-1)!.value).toBe('armistice');
    expect(run.steps.slice(0, -1).every((s) => s.outcome === null)).toBe(true);
  });

  it('with --seed, run draws the missing outcomes and reports them, as the core does with that seed', () => {
    const run = good('runDrawn') as { steps: RunStep[] };
    expectRunSteps(run.steps);
    const round = run.steps[2]!;
    expect(round.move).toBe('talks.round');
    expect(['framework', 'exchange', 'productive', 'stalled', 'breakdown']).toContain(round.moveOutcome);
    expect(['signed', 'refused']).toContain(run.steps[4]!.moveOutcome);
    const steps = parsePath('talks.convene,talks.round,truce.propose,truce.sign', scenario.data);
    if (!steps.ok) throw new Error(coreEn.simError(steps.error));
    const core = replay(scenario, steps.value, paramsWith(), 42);
    expect(run.steps.map((s) => s.moveOutcome)).toEqual(core.records.map((r) => r.moveOutcome));
  });
});

describe('sim: model versions', () => {
  it('run and state run the model version --model-version names, and say which', () => {
    expect(good('runModel1')).toMatchObject({ scenario: SCENARIO_ID, modelVersion: 1 });
    // With none named, the current version: model 2, whose record runs to 11 April 2026.
    const current = good('runCurrent') as { modelVersion: number; steps: RunStep[] };
    expect(current.modelVersion).toBe(2);
    expect(current.steps.at(-1)!.date).toBe('2026-04-11');
    expect(good('stateModel2')).toMatchObject({ scenario: SCENARIO_ID, modelVersion: 2, step: 1 });
  });

  it('after a signing under model 2, run says whether the deal still holds, step by step, and only from the signing on', () => {
    const { steps } = good('runSignedModel2') as { steps: Array<RunStep & { holds?: boolean }> };
    expect(steps.map((s) => s.holds)).toEqual([undefined, undefined, undefined, undefined, undefined, true, true, false]);
    expect(steps.at(-1)!.outcome).toBe('armistice');
  });

  it('decode reads a link in the model version it was made with, and a readable address in the one model=N names', () => {
    expect(good('decodeModel2')).toMatchObject({ path: 'talks.convene', seed: 7, version: 1, modelVersion: 2 });
    expect(good('decodeReadableModel2')).toMatchObject({ path: 'talks.convene', version: null, modelVersion: 2 });
  });
});

describe('sim: share links', () => {
  it('link prints the same address the core builds, and decode reads back its path, seed and parameters', () => {
    expect(good('link')).toEqual({ url: SHARED.url });
    expect(good('decode')).toMatchObject({ scenario: SCENARIO_ID, path: SHARED.pathText, seed: 7, params: { energyTruceDays: 3 }, modelVersion: scenario.data.modelVersion });
  });
});

describe('sim: link without --base', () => {
  it('points at the deployment’s public origin, PARLEY_ORIGIN', async () => {
    const result = await sim(['link', ...S, '--path', 'talks.convene'], { ...process.env, PARLEY_ORIGIN: 'https://parley.school.example' });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { url: string }).url).toMatch(/^https:\/\/parley\.school\.example\/s\/abu-dhabi-2026\?l=[0-9a-z]+$/);
  });

  it('says so when PARLEY_ORIGIN is not an address', async () => {
    const result = await sim(['link', ...S, '--path', 'talks.convene'], { ...process.env, PARLEY_ORIGIN: 'parley.school.example' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: PARLEY_ORIGIN "parley\.school\.example" is not an http\(s\) address\n$/);
  });
});

// A typed address names no version: it opens in the current one, model 2.
describe('sim: readable addresses', () => {
  it('decode reads a typed address as the workbench opens it: its path, seed and step, with no link format version', () => {
    expect(good('decodeReadable')).toEqual({
      scenario: SCENARIO_ID,
      path: 'talks.convene,talks.round:stalled',
      seed: 7,
      params: {},
      version: null,
      modelVersion: 2,
      step: 1,
      compare: null,
    });
  });

  it('decode expands a preset address into the preset’s moves', async () => {
    const history = parsePath('history', (await requireScenario(SCENARIO_ID, 2)).data);
    if (!history.ok) throw new Error(coreEn.simError(history.error));
    expect(good('decodePreset')).toMatchObject({ scenario: SCENARIO_ID, path: formatPath(history.value), seed: 1, step: null });
  });
});

describe('sim: bad input', () => {
  it('covers at least ten kinds of bad input', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(10);
  });

  it.each(BAD.map((b) => [b.kind, b] as const))('%s: exit status 2, one error line naming the problem, nothing on stdout', (_kind, bad) => {
    const result = results.get(bad.kind)!;
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+|Error:|TypeError|node_modules/);
    for (const pattern of bad.says) expect(lines[0]).toMatch(pattern);
  });
});
