/**
 * The readable form of a workbench address, handy to type: `/s/<scenario>?path=<move:outcome,…>&seed=N&step=K`,
 * or `?preset=<id>` (the gallery's "Follow what happened"). Unlike a share link it carries no model
 * version of its own: the scenario's current model reads it, or the one `model=N` names.
 */
import type { Params, Scenario } from '@/machines/scenario';
import { replay, type Replay } from '@/lib/sim/engine';
import { paramsOrDefaults, parseWholeNumber } from '@/lib/sim/params';
import { parsePath, type PathStep } from '@/lib/sim/path';
import { err, ok, type Result } from '@/lib/sim/result';
import { DEFAULT_SEED, MAX_SEED } from '@/lib/sim/rng';
import type { LinkError, LinkProblem } from './errors';

/** The readable fields of an address's query, as typed; null where absent. */
export interface ReadableAddress {
  /** A path in `sim` text form; '' asks for the start. */
  path: string | null;
  /** A preset id, e.g. `history`. */
  preset: string | null;
  seed: string | null;
  /** The step shown (0 = the start); the path's end when absent. */
  step: string | null;
  /** The model version to open it in; the current one when absent. */
  model: string | null;
}

const MAX_STEP = 100_000;

/** The model version `model=N` names, or null when the text is not a version number. */
export const parseModelVersion = (text: string | null): number | null => (text !== null && /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : null);

/** Reads the readable fields of an address's query, given how to get one query field's value. */
export function readReadableAddress(field: (name: string) => string | null): ReadableAddress {
  return { path: field('path'), preset: field('preset'), seed: field('seed'), step: field('step'), model: field('model') };
}

/** A readable address opened: the path it names (null when it names none), replayed under the default parameters. */
export interface OpenedReadableAddress {
  path: PathStep[] | null;
  /** The seed and step it gives; null where it gives none. */
  seed: number | null;
  step: number | null;
  params: Params;
  replay: Replay | null;
}

/**
 * Opens a readable address as the workbench does: the preset or path is replayed with the default
 * parameters; an address that cannot be followed fails with the moves of it that can.
 */
export function openReadableAddress(address: ReadableAddress, scenario: Scenario): Result<OpenedReadableAddress, LinkError> {
  const { data } = scenario;
  const seed = address.seed === null ? null : parseWholeNumber(address.seed, MAX_SEED);
  const step = address.step === null ? null : parseWholeNumber(address.step, MAX_STEP);
  const params = paramsOrDefaults(data, {});
  const refused = (problem: LinkProblem, usable: PathStep[] = []) =>
    err({ ...problem, ...(usable.length > 0 ? { usable: { path: usable, seed: seed ?? DEFAULT_SEED, params: {} } } : {}) });
  // The page opens the version an address names when there is one: a mismatch means there is none.
  if (address.model !== null && address.model !== String(data.modelVersion)) return refused({ code: 'unknown-model-version', text: address.model });
  if (address.seed !== null && seed === null) return refused({ code: 'bad-seed', text: address.seed, max: MAX_SEED });
  if (address.step !== null && step === null) return refused({ code: 'bad-step', text: address.step, max: MAX_STEP });
  if (address.preset !== null && address.path !== null) return refused({ code: 'preset-and-path' });
  if (address.preset !== null && !data.presets.some((p) => p.id === address.preset)) return refused({ code: 'unknown-preset', preset: address.preset });
  const pathText = address.preset ?? address.path;
  if (pathText === null) return ok({ path: null, seed, step, params, replay: null });
  const wanted = parsePath(pathText, data);
  if (!wanted.ok) return refused({ code: 'address-path', cause: wanted.error });
  const replayed = replay(scenario, wanted.value, params, seed ?? DEFAULT_SEED);
  if (replayed.error) return refused({ code: 'address-path', cause: replayed.error }, replayed.path);
  if (step !== null && step > replayed.path.length) return refused({ code: 'step-beyond-path', step, steps: replayed.path.length, in: 'address' }, replayed.path);
  return ok({ path: replayed.path, seed, step, params, replay: replayed });
}
