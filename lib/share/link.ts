/**
 * Share links as URLs: `<origin>/s/<scenario id>?l=<code>`. Opening a link decodes it, checks its
 * parameters and replays its path, so a link either reproduces its state exactly or says what is wrong.
 */
import type { Params, Scenario } from '@/machines/scenario';
import { replay, type Replay } from '@/lib/sim/engine';
import { paramsOrDefaults, resolveParams } from '@/lib/sim/params';
import type { PathStep } from '@/lib/sim/path';
import { err, ok, type Result } from '@/lib/sim/result';
import { DEFAULT_SEED } from '@/lib/sim/rng';
import { readReadableAddress, type ReadableAddress } from './readable-address';
import { decodeLinkCode, encodeLinkCode, MAX_CODE_LENGTH, type LinkState } from './codec';
import type { LinkError, UsablePart } from './errors';
import { undoPercentEncoding } from './percent-encoding';

/** The query parameter that holds the code. */
export const LINK_PARAM = 'l';
const MAX_URL_LENGTH = MAX_CODE_LENGTH + 2000;
const SCENARIO_ROUTE = /\/s\/([a-z0-9-]{1,64})\/?$/;

/** The path and query of a link (what follows the origin). */
export function linkPathAndQuery(state: LinkState, scenario: Scenario): Result<string> {
  const code = encodeLinkCode(state, scenario.data);
  if (!code.ok) return code;
  return ok(`/s/${scenario.data.id}?${LINK_PARAM}=${code.value}`);
}

export function buildLinkUrl(base: string, state: LinkState, scenario: Scenario): Result<string> {
  const tail = linkPathAndQuery(state, scenario);
  return tail.ok ? ok(base.replace(/\/+$/, '') + tail.value) : tail;
}

export interface LinkAddress {
  scenarioId: string;
  /** Null when the address carries no code: then its readable fields say what it shows. */
  code: string | null;
  readable: ReadableAddress;
}

/** Reads the scenario id and code (or readable fields) from a full URL or from a `/s/…?…` address. */
export function parseLinkAddress(text: string): Result<LinkAddress, LinkError> {
  if (text.length > MAX_URL_LENGTH) return err({ code: 'too-long', characters: null });
  const unescaped = undoPercentEncoding(text.trim());
  let url: URL;
  try {
    url = new URL(unescaped, 'http://parley.invalid');
  } catch {
    return err({ code: 'not-an-address' });
  }
  const route = SCENARIO_ROUTE.exec(url.pathname);
  if (!route) return err({ code: 'not-a-scenario-address' });
  const field = (name: string) => url.searchParams.get(name);
  return ok({ scenarioId: route[1]!, code: field(LINK_PARAM), readable: readReadableAddress(field) });
}

/** A link opened: its state, the parameter values it runs under and the replay of its path. */
export interface OpenedLink {
  state: LinkState;
  params: Params;
  replay: Replay;
}

/**
 * The valid first moves of a link that cannot be used whole, as a link state of their own (with the
 * link's seed and parameters when those could be read and are valid).
 */
function usablePrefix(scenario: Scenario, path: PathStep[], settings: { seed: number; params: Record<string, number> } | undefined): UsablePart | undefined {
  const params = settings && resolveParams(scenario.data, settings.params);
  const [seed, overrides, resolved] = params?.ok ? [settings!.seed, settings!.params, params.value] : [DEFAULT_SEED, {}, paramsOrDefaults(scenario.data, {})];
  const prefix = replay(scenario, path, resolved, seed).path;
  return prefix.length > 0 ? { path: prefix, seed, params: overrides } : undefined;
}

/**
 * Decodes a code and replays its path and its compared path; a link that cannot be used whole fails
 * with the part of it that can.
 */
export function openLinkCode(code: string | null, scenario: Scenario): Result<OpenedLink, LinkError> {
  let state: LinkState;
  if (code === null) {
    state = { scenarioId: scenario.data.id, modelVersion: scenario.data.modelVersion, path: [], seed: DEFAULT_SEED, params: {}, step: null, compare: null };
  } else {
    const decoded = decodeLinkCode(code, scenario.data);
    if (!decoded.ok) {
      const { readablePath, readableSettings, ...error } = decoded.error;
      const usable = readablePath && usablePrefix(scenario, readablePath, readableSettings);
      return err(usable ? { ...error, usable } : error);
    }
    state = decoded.value;
  }
  const params = resolveParams(scenario.data, state.params);
  if (!params.ok) return err({ code: 'bad-parameters', cause: params.error });
  const replayed = replay(scenario, state.path, params.value, state.seed);
  const usable = replayed.path.length > 0 ? { usable: { path: replayed.path, seed: state.seed, params: state.params } } : {};
  if (replayed.error) return err({ code: 'unfollowable', compared: false, cause: replayed.error, ...usable });
  if (state.step !== null && state.step > state.path.length) {
    return err({ code: 'step-beyond-path', step: state.step, steps: state.path.length, in: 'link', ...usable });
  }
  if (state.compare?.kind === 'path') {
    const compared = replay(scenario, state.compare.path, params.value, state.seed);
    if (compared.error) return err({ code: 'unfollowable', compared: true, cause: compared.error, ...usable });
  }
  return ok({ state, params: params.value, replay: replayed });
}
