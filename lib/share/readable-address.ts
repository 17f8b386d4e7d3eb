/**
 * The readable form of a workbench address, handy to type: `/s/<scenario>?path=<move:outcome,…>&seed=N&step=K`,
 * or `?preset=<id>` (the gallery's "Follow what happened"). Unlike a share link it carries no
 * version: the scenario's current model reads it.
 */
import type { Params, Scenario } from '@/machines/scenario';
import { replay, type Replay } from '@/lib/sim/engine';
import { paramsOrDefaults, parseWholeNumber } from '@/lib/sim/params';
import { parsePath, stepCount, type PathStep } from '@/lib/sim/path';
import { MAX_SEED } from '@/lib/sim/rng';
import { DEFAULT_SEED } from './codec';
import type { OpenLinkError } from './link';

/** The readable fields of an address's query, as typed; null where absent. */
export interface ReadableAddress {
  /** A path in `sim` text form; '' asks for the start. */
  path: string | null;
  /** A preset id, e.g. `history`. */
  preset: string | null;
  seed: string | null;
  /** The step shown (0 = the start); the path's end when absent. */
  step: string | null;
}

const MAX_STEP = 100_000;

/** Reads the readable fields of an address's query, given how to get one query field's value. */
export function readReadableAddress(field: (name: string) => string | null): ReadableAddress {
  return { path: field('path'), preset: field('preset'), seed: field('seed'), step: field('step') };
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
export function openReadableAddress(address: ReadableAddress, scenario: Scenario): { ok: true; value: OpenedReadableAddress } | { ok: false; error: OpenLinkError } {
  const { data } = scenario;
  const seed = address.seed === null ? null : parseWholeNumber(address.seed, MAX_SEED);
  const step = address.step === null ? null : parseWholeNumber(address.step, MAX_STEP);
  const params = paramsOrDefaults(data, {});
  const refused = (message: string, usable: PathStep[] = []): { ok: false; error: OpenLinkError } => ({
    ok: false,
    error: { code: 'bad-content', message, ...(usable.length > 0 ? { usable: { path: usable, seed: seed ?? DEFAULT_SEED, params: {} } } : {}) },
  });
  if (address.seed !== null && seed === null) return refused(`the seed "${address.seed}" is not a whole number from 0 to ${MAX_SEED}`);
  if (address.step !== null && step === null) return refused(`the step "${address.step}" is not a whole number from 0 to ${MAX_STEP}`);
  if (address.preset !== null && address.path !== null) return refused('the address names both a preset and a path: give one of them');
  if (address.preset !== null && !data.presets.some((p) => p.id === address.preset)) return refused(`there is no preset "${address.preset}" in this scenario`);
  const pathText = address.preset ?? address.path;
  if (pathText === null) return { ok: true, value: { path: null, seed, step, params, replay: null } };
  const wanted = parsePath(pathText, data);
  if (!wanted.ok) return refused(wanted.error.message);
  const replayed = replay(scenario, wanted.value, params, seed ?? DEFAULT_SEED);
  if (replayed.error) return refused(replayed.error.message, replayed.path);
  if (step !== null && step > replayed.path.length) return refused(`the address shows step ${step} of a path of ${stepCount(replayed.path.length)}`, replayed.path);
  return { ok: true, value: { path: replayed.path, seed, step, params, replay: replayed } };
}
