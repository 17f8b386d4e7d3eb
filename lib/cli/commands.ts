/** The `sim` commands: each returns the JSON to print, or an error for exit status 2. */
import { hasModelVersion, loadScenario, loadScenarios, modelHistoryOf, scenarioIds, versionToOpen } from '@/machines/registry';
import type { Params, Scenario } from '@/machines/scenario';
import { availableMoves, blockedNotableMoves, recordOf, replay } from '@/lib/sim/engine';
import { coreEn } from '@/lib/i18n/core-messages';
import { parseOverrides, parseWholeNumber, resolveParams } from '@/lib/sim/params';
import { formatPath, parsePath, presetSteps } from '@/lib/sim/path';
import { err, ok, type Result } from '@/lib/sim/result';
import { DEFAULT_SEED, MAX_SEED } from '@/lib/sim/rng';
import { FORMAT_VERSION } from '@/lib/share/codec';
import { askedModelVersion } from '@/lib/share/address';
import { buildLinkUrl, openLinkCode, parseLinkAddress } from '@/lib/share/link';
import { openReadableAddress, type ReadableAddress } from '@/lib/share/readable-address';
import type { ParsedArgs } from './args';
import type { CliError } from './errors';

type CliResult<T = unknown> = Result<T, CliError>;

interface RunInput {
  scenario: Scenario;
  /** The overrides as given, and the parameter values they resolve to. */
  overrides: Record<string, number>;
  params: Params;
  seed: number;
  pathText: string;
}

/** The scenario `--scenario` names, in the model version `--model-version` names (else the current one). */
async function readScenario(args: ParsedArgs): Promise<CliResult<Scenario>> {
  const id = args.options.get('scenario')?.[0];
  if (!id) return err({ code: 'missing-scenario' });
  const scenario = await loadScenario(id);
  if (!scenario) return err({ code: 'unknown-scenario', scenario: id, known: scenarioIds });
  const versionText = args.options.get('model-version')?.[0];
  if (versionText === undefined) return ok(scenario);
  const version = parseWholeNumber(versionText.trim(), 1_000_000);
  const versions = modelHistoryOf(id).map((r) => r.version);
  if (version === null || !hasModelVersion(id, version)) return err({ code: 'unknown-model-version', scenario: id, text: versionText, versions });
  return ok((await loadScenario(id, version))!);
}

function readSeed(args: ParsedArgs): CliResult<number> {
  const text = args.options.get('seed')?.[0];
  if (text === undefined) return ok(DEFAULT_SEED);
  const seed = parseWholeNumber(text.trim(), MAX_SEED);
  return seed === null ? err({ code: 'bad-seed', text, max: MAX_SEED }) : ok(seed);
}

async function readRunInput(args: ParsedArgs, pathRequired: boolean): Promise<CliResult<RunInput>> {
  const scenario = await readScenario(args);
  if (!scenario.ok) return scenario;
  const pathText = args.options.get('path')?.[0];
  if (pathText === undefined && pathRequired) return err({ code: 'missing-path' });
  const seed = readSeed(args);
  if (!seed.ok) return seed;
  const overrides = parseOverrides(args.options.get('param') ?? []);
  if (!overrides.ok) return overrides;
  const params = resolveParams(scenario.value.data, overrides.value);
  if (!params.ok) return params;
  return ok({ scenario: scenario.value, overrides: overrides.value, params: params.value, seed: seed.value, pathText: pathText ?? '' });
}

function replayInput(input: RunInput): CliResult<ReturnType<typeof replay>> {
  const steps = parsePath(input.pathText, input.scenario.data);
  if (!steps.ok) return steps;
  const result = replay(input.scenario, steps.value, input.params, input.seed);
  return result.error ? err(result.error) : ok(result);
}

async function scenariosCommand(): Promise<CliResult> {
  return ok(
    (await loadScenarios()).map((s) => ({
      id: s.data.id,
      title: s.data.title,
      modelVersion: s.data.modelVersion,
      versions: modelHistoryOf(s.data.id).map((r) => ({ version: r.version, released: r.released })),
      start: s.data.startDate,
    })),
  );
}

async function presetsCommand(args: ParsedArgs): Promise<CliResult> {
  const scenario = await readScenario(args);
  if (!scenario.ok) return scenario;
  const data = scenario.value.data;
  return ok(data.presets.map((p) => ({ id: p.id, label: p.label, path: formatPath(presetSteps(data, p.id)) })));
}

/** Whether a signed deal still holds, for a scenario whose story goes on after a signing: printed only once there is one. */
const holdsOf = (record: { holds: boolean | null }) => (record.holds === null ? {} : { holds: record.holds });

/** Which scenario and model version a run used, so its output can be told apart from another version's. */
const ranWith = (scenario: Scenario) => ({ scenario: scenario.data.id, modelVersion: scenario.data.modelVersion });

async function stateCommand(args: ParsedArgs): Promise<CliResult> {
  const input = await readRunInput(args, false);
  if (!input.ok) return input;
  const replayed = replayInput(input.value);
  if (!replayed.ok) return replayed;
  const { scenario } = input.value;
  const { snapshot, records } = replayed.value;
  const last = recordOf(scenario, snapshot, records.length - 1, null);
  return ok({
    ...ranWith(scenario),
    step: last.step,
    date: last.date,
    value: last.value,
    metrics: last.metrics,
    outcome: last.outcome,
    ...holdsOf(last),
    moves: availableMoves(scenario, snapshot).map((m) => ({
      id: m.id,
      party: m.party,
      label: m.label,
      ...(m.outcomes ? { outcomes: m.outcomes.map((o) => ({ id: o.id, p: o.p })) } : {}),
    })),
    unavailable: blockedNotableMoves(scenario, snapshot).map((m) => ({ id: m.id, party: m.party, reason: coreEn.whyNot(m.reason) })),
  });
}

async function runCommand(args: ParsedArgs): Promise<CliResult> {
  const input = await readRunInput(args, true);
  if (!input.ok) return input;
  const replayed = replayInput(input.value);
  if (!replayed.ok) return replayed;
  return ok({
    ...ranWith(input.value.scenario),
    steps: replayed.value.records.map((r) => ({
      step: r.step,
      date: r.date,
      move: r.move,
      moveOutcome: r.moveOutcome,
      value: r.value,
      metrics: r.metrics,
      outcome: r.outcome,
      ...holdsOf(r),
    })),
  });
}

/** Where links point when no --base is given: the deployment's public origin, else a local server. */
function linkBase(args: ParsedArgs): CliResult<string> {
  const given = args.options.get('base')?.[0];
  const origin = process.env.PARLEY_ORIGIN;
  if (given === undefined && !origin) return ok('http://localhost:3000');
  const [base, from] = given !== undefined ? [given, '--base' as const] : [origin!, 'PARLEY_ORIGIN' as const];
  return /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(base) ? ok(base) : err({ code: 'bad-usage', problem: { kind: 'bad-base', from, base } });
}

async function linkCommand(args: ParsedArgs): Promise<CliResult> {
  const input = await readRunInput(args, true);
  if (!input.ok) return input;
  const replayed = replayInput(input.value);
  if (!replayed.ok) return replayed;
  const base = linkBase(args);
  if (!base.ok) return base;
  const { scenario, overrides, seed } = input.value;
  const url = buildLinkUrl(
    base.value,
    { scenarioId: scenario.data.id, modelVersion: scenario.data.modelVersion, path: replayed.value.path, seed, params: overrides, step: null, compare: null },
    scenario,
  );
  return url.ok ? ok({ url: url.value }) : url;
}

async function decodeCommand(args: ParsedArgs): Promise<CliResult> {
  const [url, extra] = args.positional;
  if (url === undefined) return err({ code: 'bad-usage', problem: { kind: 'decode-needs-link' } });
  if (extra !== undefined) return err({ code: 'bad-usage', problem: { kind: 'unexpected-argument', argument: extra } });
  const address = parseLinkAddress(url);
  if (!address.ok) return err({ code: 'bad-link', via: 'link', cause: address.error });
  const { scenarioId } = address.value;
  // The version the link was made with or the address names; one this copy lacks is reported by the reader.
  const scenario = await loadScenario(scenarioId, versionToOpen(scenarioId, askedModelVersion({ code: address.value.code, model: address.value.readable.model })));
  if (!scenario) return err({ code: 'link-to-unknown-scenario', scenario: scenarioId });
  if (address.value.code === null) return decodeReadable(scenario, address.value.readable);
  const opened = openLinkCode(address.value.code, scenario);
  if (!opened.ok) return err({ code: 'bad-link', via: 'link', cause: opened.error });
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

/** A readable address (`?path=…`, `?preset=…`) has no code and so no format version: the current model reads it, or the one `model=N` names. */
function decodeReadable(scenario: Scenario, readable: ReadableAddress): CliResult {
  const opened = openReadableAddress(readable, scenario);
  if (!opened.ok) return err({ code: 'bad-link', via: 'address', cause: opened.error });
  const { path, seed, step } = opened.value;
  // The workbench shows such a step on the path saved in the browser; an address alone has none.
  if (step !== null && path === null) return err({ code: 'step-without-path', step });
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

const COMMANDS: Record<string, (args: ParsedArgs) => Promise<CliResult>> = {
  scenarios: scenariosCommand,
  presets: presetsCommand,
  state: stateCommand,
  run: runCommand,
  link: linkCommand,
  decode: decodeCommand,
};

/** Commands that take positional arguments. */
const POSITIONAL = new Set(['decode']);

/** The commands `sim` knows, in the order it lists them. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

export async function runCommandLine(args: ParsedArgs): Promise<CliResult> {
  const command = COMMANDS[args.command];
  if (!command) return err({ code: 'bad-usage', problem: { kind: 'unknown-command', command: args.command, commands: COMMAND_NAMES } });
  if (!POSITIONAL.has(args.command) && args.positional.length > 0) return err({ code: 'bad-usage', problem: { kind: 'unexpected-argument', argument: args.positional[0]! } });
  return command(args);
}
