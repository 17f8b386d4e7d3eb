'use client';
/**
 * The trajectories the workbench draws, from an incremental cache so a move costs one engine step.
 * The page opens on the server's first view (see arrival.ts), which stands for the session it was
 * given for; the engine works that branch out in the background, and draws every other session.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario } from '@/machines/scenario';
import { movesAt, type MovesAt, type StepRecord } from '@/lib/sim/engine';
import { presetSteps, samePath, type PathStep } from '@/lib/sim/path';
import { currentBranch, findBranch } from '@/lib/workbench/branch-tree';
import { paramsOrDefaults } from '@/lib/sim/params';
import type { Session } from '@/lib/workbench/session';
import { createTrajectoryCache, type TrajectoryCache } from '@/lib/workbench/trajectory';
import type { FirstView } from '@/lib/workbench/arrival';
import { recordOf } from '@/lib/workbench/record';

export interface Trajectories {
  /** The current branch's records, to its end. */
  records: readonly StepRecord[];
  /** Records from the start to the step shown. */
  shown: readonly StepRecord[];
  /** The moves at the step shown: the server's answer for the session the page opened on, else the engine's. */
  moves: MovesAt;
  /** The engine's state at the step shown, worked out now if it has not been yet. */
  snapshotNow: () => AnyMachineSnapshot;
  /** The engine's state at a step of the current branch, worked out now if it has not been yet. */
  snapshotAt: (step: number) => AnyMachineSnapshot;
  /** The scenario's record of what happened, drawn faintly on every chart; null until worked out. */
  reference: readonly StepRecord[] | null;
  /** The compared path, when one is pinned; `isReference` when it is the record itself. */
  compare: { name: string; records: readonly StepRecord[]; isReference: boolean } | null;
}

/**
 * Engine work per background task, in milliseconds: well under what Lighthouse counts as a long task
 * on a slow phone (50 ms at a quarter of this machine's speed), so the page stays responsive.
 */
const BUDGET_MS = 4;

/**
 * Works a trajectory out into the cache step by step, a few milliseconds per task, so that it never
 * holds up the first render or a move; `done` gets its records. Returns the cancel.
 */
function workOut(cache: TrajectoryCache, steps: readonly PathStep[], done: (records: readonly StepRecord[]) => void): () => void {
  // Step 0 is the start state, built with the machine: the dearest step, so the first slice begins there.
  let reached = -1;
  let timer: ReturnType<typeof setTimeout>;
  const work = () => {
    const start = performance.now();
    let trajectory;
    do {
      reached += 1;
      trajectory = cache.trajectory(steps.slice(0, reached));
    } while (reached < steps.length && !trajectory.error && performance.now() - start < BUDGET_MS);
    if (reached < steps.length && !trajectory.error) timer = setTimeout(work, 0);
    else done(trajectory.records);
  };
  timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/** A trajectory worked out in the background: its records once done, else null. */
function useTrajectoryInBackground(cache: TrajectoryCache, steps: readonly PathStep[]): readonly StepRecord[] | null {
  const [done, setDone] = useState<{ cache: TrajectoryCache; steps: readonly PathStep[]; records: readonly StepRecord[] } | null>(null);
  useEffect(
    // Drawing it may wait for anything the user does.
    () => workOut(cache, steps, (records) => startTransition(() => setDone({ cache, steps, records }))),
    [cache, steps],
  );
  return done?.cache === cache && done.steps === steps ? done.records : null;
}

/** `first`: the session the page opened on and the server's view of it, shown for that session. */
export function useTrajectories(scenario: Scenario, session: Session, presetLabel: (id: string) => string, first: { session: Session; view: FirstView }): Trajectories {
  const cache = useMemo(() => createTrajectoryCache(scenario, paramsOrDefaults(scenario.data, session.params)), [scenario, session.params]);
  const { tree } = session;
  const steps = currentBranch(tree).steps;

  // The session the page opened on shows the server's view. Its branch is worked out into the cache
  // meanwhile, so that the first move or chance draw extends it instead of replaying it.
  const onFirstSession = session === first.session;
  const firstSteps = first.view.steps;
  useEffect(() => (onFirstSession ? workOut(cache, firstSteps, () => {}) : undefined), [onFirstSession, cache, firstSteps]);
  const branch = useMemo(() => (onFirstSession ? null : cache.trajectory(steps)), [onFirstSession, cache, steps]);
  const records = branch?.records ?? first.view.records;
  const shownStep = Math.min(tree.shownStep, records.length - 1);
  const shown = useMemo(() => records.slice(0, shownStep + 1), [records, shownStep]);
  const snapshotAt = useCallback((step: number) => (branch ?? cache.trajectory(steps)).snapshots[step]!, [branch, cache, steps]);
  const snapshotNow = useCallback(() => snapshotAt(shownStep), [snapshotAt, shownStep]);

  const referenceSteps = useMemo(() => recordOf(scenario.data), [scenario]);
  const reference = useTrajectoryInBackground(cache, referenceSteps);

  const target = session.compare;
  const compareBranch = target?.kind === 'branch' ? findBranch(tree, target.id) : undefined;
  const compareSteps = compareBranch?.steps;
  const comparePreset = target?.kind === 'preset' ? target.id : null;
  const compare = useMemo(() => {
    // A compared path that is the record itself is drawn once, as the compared line.
    const pinned = (name: string, pinnedSteps: readonly PathStep[]) => {
      const isReference = samePath(pinnedSteps, referenceSteps);
      return { name, records: cache.trajectory(pinnedSteps).records, isReference };
    };
    if (compareBranch && compareSteps) return pinned(compareBranch.name, compareSteps);
    if (comparePreset) return pinned(presetLabel(comparePreset), presetSteps(scenario.data, comparePreset));
    return null;
  }, [cache, scenario, compareBranch, compareSteps, comparePreset, presetLabel, referenceSteps]);

  // The server's answer stands for the session it was given for: asking again would change nothing.
  const moves = useMemo(() => (branch ? movesAt(scenario, branch.snapshots[shownStep]!) : first.view.moves), [scenario, branch, first, shownStep]);

  return { records, shown, moves, snapshotNow, snapshotAt, reference, compare };
}
