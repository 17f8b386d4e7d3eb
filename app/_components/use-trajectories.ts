'use client';
/** The trajectories the workbench draws, from an incremental cache so a move costs one engine step. */
import { useMemo } from 'react';
import type { AnyMachineSnapshot } from 'xstate';
import type { Params, Scenario } from '../../machines/scenario';
import type { StepRecord } from '../../lib/sim/engine';
import { resolveParams } from '../../lib/sim/params';
import { formatPath, parsePath, type PathStep } from '../../lib/sim/path';
import { currentBranch, findBranch } from '../../lib/workbench/branch-tree';
import type { Session } from '../../lib/workbench/session';
import { createTrajectoryCache, type KnownTrajectories, type Trajectory } from '../../lib/workbench/trajectory';

export const REFERENCE_PRESET = 'history';

export function presetSteps(scenario: Scenario, presetId: string): PathStep[] {
  const preset = scenario.data.presets.find((p) => p.id === presetId);
  const parsed = preset ? parsePath(preset.path.join(','), scenario.data) : null;
  return parsed?.ok ? parsed.value : [];
}

export interface Trajectories {
  params: Params;
  /** The current branch, to its end. */
  branch: Trajectory;
  /** Records from the start to the step shown. */
  shown: readonly StepRecord[];
  /** The engine's state at the step shown. */
  snapshot: AnyMachineSnapshot;
  /** The scenario's record of what happened, drawn faintly on every chart. */
  reference: readonly StepRecord[];
  /** The compared path, when one is pinned. */
  compare: { name: string; records: readonly StepRecord[] } | null;
}

/** `known`: trajectories the workbench has already replayed (the arriving path), reused when the parameters match. */
export function useTrajectories(scenario: Scenario, session: Session, presetLabel: (id: string) => string, known: KnownTrajectories | null): Trajectories {
  // Restore checks overrides, so only a hand-edited session could fail here; defaults are the safe reading.
  const params = useMemo(() => {
    const resolved = resolveParams(scenario.data, session.params);
    return resolved.ok ? resolved.value : Object.fromEntries(scenario.data.parameters.map((p) => [p.id, p.default]));
  }, [scenario, session.params]);
  const cache = useMemo(() => createTrajectoryCache(scenario, params, known), [scenario, params, known]);
  const { tree } = session;
  const steps = currentBranch(tree).steps;

  const branch = useMemo(() => cache.trajectory(steps), [cache, steps]);
  const shownStep = Math.min(tree.shownStep, branch.records.length - 1);
  const shown = useMemo(() => branch.records.slice(0, shownStep + 1), [branch, shownStep]);
  const referenceSteps = useMemo(() => presetSteps(scenario, REFERENCE_PRESET), [scenario]);
  const reference = useMemo(() => cache.trajectory(referenceSteps).records, [cache, referenceSteps]);

  const target = session.compare;
  const compareBranch = target?.kind === 'branch' ? findBranch(tree, target.id) : undefined;
  const compareSteps = compareBranch?.steps;
  const comparePreset = target?.kind === 'preset' ? target.id : null;
  const compare = useMemo(() => {
    if (compareBranch && compareSteps) {
      // A branch that is the record itself is drawn once, as the compared line.
      const same = formatPath(compareSteps) === formatPath(referenceSteps);
      return { name: compareBranch.name, records: same ? reference : cache.trajectory(compareSteps).records };
    }
    if (comparePreset === REFERENCE_PRESET) return { name: presetLabel(comparePreset), records: reference };
    if (comparePreset) return { name: presetLabel(comparePreset), records: cache.trajectory(presetSteps(scenario, comparePreset)).records };
    return null;
  }, [cache, scenario, compareBranch, compareSteps, comparePreset, presetLabel, reference, referenceSteps]);

  return { params, branch, shown, snapshot: branch.snapshots[shownStep]!, reference, compare };
}
