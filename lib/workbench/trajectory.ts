/**
 * Trajectories for the workbench, kept with the engine snapshot of every step and extended
 * incrementally: a move adds one step to a path the workbench has already replayed, and branches
 * share their prefixes, so replaying each path from the start on every click would be wasted work.
 * A path given here must already carry the outcome of every uncertain step (the workbench records
 * them), so no generator is involved and the result equals the engine's `replay`.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Params, Scenario } from '@/machines/scenario';
import { applyStep, initialSnapshot, recordOf, type Replay, type StepRecord } from '@/lib/sim/engine';
import { commonPrefixLength, type PathStep } from '@/lib/sim/path';
import { sameParams } from '@/lib/sim/params';
import type { SimError } from '@/lib/sim/errors';

export interface Trajectory {
  /** The steps taken; shorter than asked when a step failed. */
  steps: readonly PathStep[];
  /** One record per step reached, step 0 = start. */
  records: readonly StepRecord[];
  /** The engine's snapshot at each step reached, step 0 = start. */
  snapshots: readonly AnyMachineSnapshot[];
  /** Why the path stops early, with the 1-based step. */
  error?: SimError;
}

function extend(scenario: Scenario, base: Trajectory, steps: readonly PathStep[]): Trajectory {
  const shared = commonPrefixLength(base.steps, steps);
  if (shared === steps.length && shared === base.steps.length && !base.error) return base;
  const records = base.records.slice(0, shared + 1);
  const snapshots = base.snapshots.slice(0, shared + 1);
  for (let index = shared; index < steps.length; index += 1) {
    const applied = applyStep(scenario, snapshots[index]!, steps[index]!);
    if (!applied.ok) {
      const error = { ...applied.error, step: index + 1 };
      return { steps: steps.slice(0, index), records, snapshots, error };
    }
    snapshots.push(applied.value.snapshot);
    records.push(recordOf(scenario, applied.value.snapshot, index + 1, applied.value.step));
  }
  return { steps, records, snapshots };
}

/** How many recent trajectories are kept to extend from: the current branch, the compared one, a few more. */
const KEPT = 6;

/** The trajectory of the empty path: the start state alone. */
function startOnly(scenario: Scenario, params: Params): Trajectory {
  const start = initialSnapshot(scenario, params);
  return { steps: [], records: [recordOf(scenario, start, 0, null)], snapshots: [start] };
}

/** A whole replay (one that stopped at no error) as a trajectory to extend from. */
export function trajectoryOf(replayed: Replay): Trajectory | null {
  return replayed.error ? null : { steps: replayed.path, records: replayed.records, snapshots: replayed.snapshots };
}

/** Trajectories already replayed, and the parameter values they were replayed under. */
export interface KnownTrajectories {
  params: Params;
  trajectories: readonly Trajectory[];
}

/**
 * A cache of trajectories for one scenario and one set of parameters. Each request extends the
 * kept trajectory sharing the longest prefix with the path asked for. Known trajectories (an
 * arriving link's, say) are kept from the start when they were replayed under the same parameters,
 * so they are not replayed again.
 */
export function createTrajectoryCache(scenario: Scenario, params: Params, known: KnownTrajectories | null = null) {
  const adopted = known && sameParams(known.params, params) ? known.trajectories.slice(0, KEPT - 1) : [];
  // Every trajectory starts from the same state: a known one saves building it, and else it is built
  // when first asked for, not with the cache.
  let empty: Trajectory | null = adopted[0] ? { steps: [], records: adopted[0].records.slice(0, 1), snapshots: adopted[0].snapshots.slice(0, 1) } : null;
  let kept: Trajectory[] = [...adopted];
  return {
    trajectory(steps: readonly PathStep[]): Trajectory {
      empty ??= startOnly(scenario, params);
      let base = empty;
      let best = -1;
      for (const candidate of kept) {
        const shared = candidate.error ? -1 : commonPrefixLength(candidate.steps, steps);
        if (shared > best) [base, best] = [candidate, shared];
      }
      const result = extend(scenario, base, steps);
      // A start of a kept path is kept already. A result that extends its base holds everything the
      // base could be extended to, so it takes the base's place: working out a path a few steps at
      // a time does not push other paths out.
      if (best === steps.length && base.steps.length > steps.length) return result;
      const dominated = !result.error && best === base.steps.length ? base : null;
      kept = [result, ...kept.filter((t) => t !== result && t !== dominated)].slice(0, KEPT);
      return result;
    },
  };
}

export type TrajectoryCache = ReturnType<typeof createTrajectoryCache>;
