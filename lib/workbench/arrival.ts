/**
 * Arriving at the workbench: what the address asks for, checked by the engine, and what the
 * workbench first shows for it. The server works this out as it renders the page and hands the
 * result over as plain data, so the browser does not replay the arrival while the page starts.
 */
import type { Replay, StepRecord } from '@/lib/sim/engine';
import { movesAt, type MovesAt } from '@/lib/sim/engine';
import { paramsOrDefaults } from '@/lib/sim/params';
import type { PathStep } from '@/lib/sim/path';
import { DEFAULT_SEED } from '@/lib/sim/rng';
import type { UrlState } from '@/lib/share/address';
import type { LinkState } from '@/lib/share/codec';
import type { LinkError } from '@/lib/share/errors';
import { openLinkCode } from '@/lib/share/link';
import { openReadableAddress } from '@/lib/share/readable-address';
import type { Params, Scenario } from '@/machines/scenario';
import { branchWithSteps, currentBranch, showStep, type NameBranch } from './branch-tree';
import { createSession, withCompare, withTree, type Session } from './session';
import { chartRegions, type ChartRegion } from './state-map';
import { createTrajectoryCache, trajectoryOf, type KnownTrajectories } from './trajectory';

/** How the workbench names branches (the UI supplies the wording): the first one, and each added later. */
export interface BranchNames {
  first: string;
  next: NameBranch;
}

/** What the address asked for on arrival, to lay over the local copy once it is loaded. */
export interface Arrival {
  /** The path the address named (a link or a preset), or null when it named none. */
  path: readonly PathStep[] | null;
  seed: number | null;
  step: number | null;
  /** Parameter overrides a link carries; null when the address named none. */
  params: Readonly<Record<string, number>> | null;
  compare: LinkState['compare'];
  /** The preset's name when the address named a preset: a branch added for it is called so. */
  presetName?: string;
}

export const NO_ARRIVAL: Arrival = { path: null, seed: null, step: null, params: null, compare: null };

/** Whether the address asks for nothing of its own (the bare workbench address): the local copy then opens as it was. */
export const asksNothing = (arrival: Arrival): boolean =>
  arrival.path === null && arrival.seed === null && arrival.step === null && arrival.params === null && arrival.compare === null;

/** What the address asked for, as the engine found it: plain data, handed from the server to the page. */
export interface ArrivalCheck {
  arrival: Arrival;
  /** What is wrong with the link the person arrived by (with the part of it that can be opened), if anything. */
  problem: LinkError | null;
  branchName: string;
}

interface CheckedArrival extends ArrivalCheck {
  /** The arriving path as the engine replayed it in checking it. */
  known: KnownTrajectories | null;
}

/**
 * What the address asks for, checked by the engine. A link that cannot be followed lays nothing
 * over the session: it becomes a problem to show, with the moves that can be followed.
 */
function checkArrival(scenario: Scenario, url: UrlState, names: BranchNames): CheckedArrival {
  const presetName = url.preset === null ? undefined : scenario.data.presets.find((p) => p.id === url.preset)?.label;
  const branchName = presetName ?? names.first;
  const refused = (problem: LinkError): CheckedArrival => ({ arrival: NO_ARRIVAL, problem, branchName, known: null });
  const knownFrom = (params: Params, replayed: Replay): KnownTrajectories | null => {
    const trajectory = trajectoryOf(replayed);
    return trajectory && { params, trajectories: [trajectory] };
  };
  if (url.code !== null) {
    const opened = openLinkCode(url.code, scenario);
    if (!opened.ok) return refused(opened.error);
    const { state, replay: replayed, params } = opened.value;
    const arrival = { path: replayed.path, seed: state.seed, step: state.step, params: state.params, compare: state.compare };
    return { arrival, problem: null, branchName, known: knownFrom(params, replayed) };
  }
  const opened = openReadableAddress(url, scenario);
  if (!opened.ok) return refused(opened.error);
  const { path, seed, step, params, replay: replayed } = opened.value;
  return { arrival: { ...NO_ARRIVAL, path, seed, step, presetName }, problem: null, branchName, known: replayed && knownFrom(params, replayed) };
}

/**
 * A session with the arrival's path, step, seed, parameters and comparison laid over it. The path
 * opens on the branch with exactly its steps (added when there is none, named after the preset the
 * address named), so the address shows exactly what arrived; the empty path (the start) opens the
 * start of the branch shown, as every branch starts there.
 */
export function arriveAt(saved: Session, arrival: Arrival, nameBranch: NameBranch): Session {
  let tree = saved.tree;
  if (arrival.path?.length === 0) {
    tree = showStep(tree, 0);
  } else if (arrival.path) {
    const name = arrival.presetName;
    const shown = branchWithSteps(tree, arrival.path, name ? () => name : nameBranch);
    tree = { ...shown.tree, currentId: shown.id, shownStep: arrival.path.length };
  }
  let compare = saved.compare;
  if (arrival.compare?.kind === 'path') {
    const pinned = branchWithSteps(tree, arrival.compare.path, nameBranch);
    tree = pinned.tree;
    compare = { kind: 'branch', id: pinned.id };
  } else if (arrival.compare?.kind === 'preset') {
    compare = { kind: 'preset', id: arrival.compare.presetId };
  }
  if (arrival.step !== null) tree = showStep(tree, arrival.step);
  return withCompare({ ...withTree(saved, tree), seed: arrival.seed ?? saved.seed, params: arrival.params ?? saved.params }, compare);
}

/** The session the workbench opens on for an arrival, before any saved copy is read. */
export function initialSession(scenario: Scenario, check: ArrivalCheck, nameBranch: NameBranch): Session {
  return arriveAt(createSession(scenario, DEFAULT_SEED, check.arrival.path ?? [], check.branchName), check.arrival, nameBranch);
}

/**
 * What the workbench first shows: the current branch's records, the moves at the step shown, and
 * the statechart's regions for the state map.
 */
export interface FirstView {
  steps: readonly PathStep[];
  records: readonly StepRecord[];
  moves: MovesAt;
  regions: readonly ChartRegion[];
}

/** The arrival checked, and the workbench's first view of it (plain data, for the page's props). */
export function arriveFrom(scenario: Scenario, url: UrlState, names: BranchNames): { check: ArrivalCheck; view: FirstView } {
  const { known, ...check } = checkArrival(scenario, url, names);
  const session = initialSession(scenario, check, names.next);
  const cache = createTrajectoryCache(scenario, paramsOrDefaults(scenario.data, session.params), known);
  const { steps } = currentBranch(session.tree);
  const branch = cache.trajectory(steps);
  const snapshot = branch.snapshots[Math.min(session.tree.shownStep, branch.records.length - 1)]!;
  const moves = movesAt(scenario, snapshot);
  const regions = chartRegions(scenario.machine.root);
  return { check, view: { steps: branch.steps, records: branch.records, moves, regions } };
}
