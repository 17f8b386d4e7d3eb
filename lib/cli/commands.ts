/** The `sim` commands: each returns the JSON to print, or an error for exit status 2. */
import type { AnyMachineSnapshot } from 'xstate';
import { loadScenario, loadScenarios, scenarioIds } from '@/machines/registry';
import type { Params, Scenario } from '@/machines/scenario';
import { availableMoves, blockedNotableMoves, recordOf, replay } from '@/lib/sim/engine';
import { parseOverrides, parseWholeNumber, resolveParams } from '@/lib/sim/params';
import { formatPath, parsePath } from '@/lib/sim/path';
import { fail, ok, type Result } from '@/lib/sim/result';
import { MAX_SEED } from '@/lib/sim/rng';
import { DEFAULT_SEED, FORMAT_VERSION } from '@/lib/share/codec';
import { buildLinkUrl, openLinkCode, parseLinkAddress } from '@/lib/share/link';
import { openReadableAddress, type ReadableAddress } from '@/lib/share/readable-address';
import type { ParsedArgs } from './args';

interface RunInput {
  scenario: Scenario;
  params: Params;
  seed: number;
  pathText: string;
}

async function readScenario(args: ParsedArgs): Promise<Result<Scenario>> {
  const id = args.options.get('scenario')?.[0];
  if (!id) return fail('unknown-scenario', 'missing --scenario (see: sim scenarios)');
  const scenario = await loadScenario(id);
  return scenario ? ok(scenario) : fail('unknown-scenario', `unknown scenario "${id}" (known: ${scenarioIds.join(', ')})`);
}

function readSeed(args: ParsedArgs): Result<number> {
  const text = args.options.get('seed')?.[0];
  if (text === undefined) return ok(DEFAULT_SEED);
  const seed = parseWholeNumber(text.trim(), MAX_SEED);
  if (seed === null) {
    return fail('bad-number', `--seed "${text}" must be a whole number from 0 to ${MAX_SEED}`);
  }
  return ok(seed);
}

async function readRunInput(args: ParsedArgs, pathRequired: boolean): Promise<Result<RunInput>> {
  const scenario = await readScenario(args);
  if (!scenario.ok) return scenario;
  const pathText = args.options.get('path')?.[0];
  if (pathText === undefined && pathRequired) return fail('bad-path', 'missing --path (a comma-separated list of moves, or a preset such as "history")');
  const seed = readSeed(args);
  if (!seed.ok) return seed;
  const overrides = parseOverrides(args.options.get('param') ?? []);
  if (!overrides.ok) return overrides;
  const params = resolveParams(scenario.value.data, overrides.value);
  if (!params.ok) return params;
  return ok({ scenario: scenario.value, params: params.value, seed: seed.value, pathText: pathText ?? '' });
}

function replayInput(input: RunInput): Result<{ records: ReturnType<typeof replay>['records']; snapshot: AnyMachineSnapshot }> {
  const steps = parsePath(input.pathText, input.scenario.data);
  if (!steps.ok) return steps;
  const result = replay(input.scenario, steps.value, input.params, input.seed);
  if (result.error) return { ok: false, error: result.error };
  return ok({ records: result.records, snapshot: result.snapshot });
}

async function scenariosCommand(): Promise<Result<unknown>> {
  return ok((await loadScenarios()).map((s) => ({ id: s.data.id, title: s.data.title, modelVersion: s.data.modelVersion, start: s.data.startDate })));
}

async function presetsCommand(args: ParsedArgs): Promise<Result<unknown>> {
  const scenario = await readScenario(args);
  if (!scenario.ok) return scenario;
  const data = scenario.value.data;
  return ok(
    data.presets.map((p) => {
      const steps = parsePath(p.path.join(','), data);
      return { id: p.id, label: p.label, path: steps.ok ? formatPath(steps.value) : p.path.join(',') };
    }),
  );
}

async function stateCommand(args: ParsedArgs): Promise<Result<unknown>> {
  const input = await readRunInput(args, false);
  if (!input.ok) return input;
  const replayed = replayInput(input.value);
  if (!replayed.ok) return replayed;
  const { scenario } = input.value;
  const { snapshot, records } = replayed.value;
  const last = recordOf(scenario, snapshot, records.length - 1, null);
  return ok({
    step: last.step,
    date: last.date,
    value: last.value,
    metrics: last.metrics,
    outcome: last.outcome,
    moves: availableMoves(scenario, snapshot).map((m) => ({
      id: m.id,
      party: m.party,
      label: m.label,
      ...(m.outcomes ? { outcomes: m.outcomes.map((o) => ({ id: o.id, p: o.p })) } : {}),
    })),
    unavailable: blockedNotableMoves(scenario, snapshot).map((m) => ({ id: m.id, party: m.party, reason: m.reason })),
  });
}

async function runCommand(args: ParsedArgs): Promise<Result<unknown>> {
  const input = await readRunInput(args, true);
  if (!input.ok) return input;
  const replayed = replayInput(input.value);
  if (!replayed.ok) return replayed;
  return ok({
    steps: replayed.value.records.map((r) => ({
      step: r.step,
      date: r.date,
      move: r.move,
      moveOutcome: r.moveOutcome,
      value: r.value,
      metrics: r.metrics,
      outcome: r.outcome,
    })),
  });
}

/** Where links point when no --base is given: the deployment's public origin, else a local server. */
function linkBase(args: ParsedArgs): Result<string> {
  const given = args.options.get('base')?.[0];
  const origin = process.env.PARLEY_ORIGIN;
  if (given === undefined && !origin) return ok('http://localhost:3000');
  const [base, from] = given !== undefined ? [given, '--base'] : [origin!, 'PARLEY_ORIGIN'];
  return /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(base) ? ok(base) : fail('bad-usage', `${from} "${base}" is not an http(s) address`);
}

async function linkCommand(args: ParsedArgs): Promise<Result<unknown>> {
  const input = await readRunInput(args, true);
  if (!input.ok) return input;
  const steps = parsePath(input.value.pathText, input.value.scenario.data);
  if (!steps.ok) return steps;
  const { scenario, params, seed } = input.value;
  const replayed = replay(scenario, steps.value, params, seed);
  if (replayed.error) return { ok: false, error: replayed.error };
  const overrides = parseOverrides(args.options.get('param') ?? []);
  if (!overrides.ok) return overrides;
  const base = linkBase(args);
  if (!base.ok) return base;
  const url = buildLinkUrl(
    base.value,
    { scenarioId: scenario.data.id, modelVersion: scenario.data.modelVersion, path: replayed.path, seed, params: overrides.value, step: null, compare: null },
    scenario,
  );
  return url.ok ? ok({ url: url.value }) : url;
}

async function decodeCommand(args: ParsedArgs): Promise<Result<unknown>> {
  const [url, extra] = args.positional;
  if (url === undefined) return fail('bad-usage', 'decode needs a link: sim decode <url>');
  if (extra !== undefined) return fail('bad-usage', `unexpected argument "${extra}"`);
  const address = parseLinkAddress(url);
  if (!address.ok) return fail('bad-path', `bad link: ${address.error.message}`);
  const scenario = await loadScenario(address.value.scenarioId);
  if (!scenario) return fail('unknown-scenario', `bad link: unknown scenario "${address.value.scenarioId}"`);
  if (address.value.code === null) return decodeReadable(scenario, address.value.readable);
  const opened = openLinkCode(address.value.code, scenario);
  if (!opened.ok) return fail('bad-path', `bad link: ${opened.error.message}`);
  const { state } = opened.value;
  return ok({
    scenario: state.scenarioId,
    path: formatPath(state.path),
    seed: state.seed,
    params: state.params,
    version: FORMAT_VERSION,
    modelVersion: state.modelVersion,
    step: state.step,
    compare: state.compare && (state.compare.kind === 'preset' ? { preset: state.compare.presetId } : { path: formatPath(state.compare.path) }),
  });
}

/** A readable address (`?path=…`, `?preset=…`) has no code and so no format version: the current model reads it. */
function decodeReadable(scenario: Scenario, readable: ReadableAddress): Result<unknown> {
  const opened = openReadableAddress(readable, scenario);
  if (!opened.ok) return fail('bad-path', `bad address: ${opened.error.message}`);
  const { path, seed, step } = opened.value;
  // The workbench shows such a step on the path saved in the browser; an address alone has none.
  if (step !== null && path === null) return fail('bad-path', `bad address: it shows step ${step} but names no path`);
  return ok({
    scenario: scenario.data.id,
    path: formatPath(path ?? []),
    seed: seed ?? DEFAULT_SEED,
    params: {},
    version: null,
    modelVersion: scenario.data.modelVersion,
    step,
    compare: null,
  });
}

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<Result<unknown>>> = {
  scenarios: scenariosCommand,
  presets: presetsCommand,
  state: stateCommand,
  run: runCommand,
  link: linkCommand,
  decode: decodeCommand,
};

/** Commands that take positional arguments. */
const POSITIONAL = new Set(['decode']);

export async function runCommandLine(args: ParsedArgs): Promise<Result<unknown>> {
  const command = COMMANDS[args.command];
  if (!command) return fail('bad-usage', `unknown command "${args.command}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  if (!POSITIONAL.has(args.command) && args.positional.length > 0) return fail('bad-usage', `unexpected argument "${args.positional[0]}"`);
  return command(args);
}
