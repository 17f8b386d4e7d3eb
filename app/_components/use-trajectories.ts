'use client';
/** The trajectories the workbench draws, replayed by the engine and memoised per path. */
import { useMemo } from 'react';
import type { AnyMachineSnapshot } from 'xstate';
import type { Params, Scenario } from '../../machines/scenario';
import { replay, type Replay, type StepRecord } from '../../lib/sim/engine';
import { resolveParams } from '../../lib/sim/params';
import { parsePath, type PathStep } from '../../lib/sim/path';
import { currentBranch, findBranch } from '../../lib/workbench/branch-tree';
import type { Session } from '../../lib/workbench/session';

export const REFERENCE_PRESET = 'history';

export function presetSteps(scenario: Scenario, presetId: string): PathStep[] {
  const preset = scenario.data.presets.find((p) => p.id === presetId);
  const parsed = preset ? parsePath(preset.path.join(','), scenario.data) : null;
  return parsed?.ok ? parsed.value : [];
}

export interface Trajectories {
  params: Params;
  /** The current branch, replayed to its end. */
  branch: Replay;
  /** Records from the start to the step shown. */
  shown: StepRecord[];
  /** The engine's state at the step shown. */
  snapshot: AnyMachineSnapshot;
  /** The scenario's record of what happened, drawn faintly on every chart. */
  reference: StepRecord[];
  /** The compared path, when one is pinned. */
  compare: { name: string; records: StepRecord[] } | null;
}

export function useTrajectories(scenario: Scenario, session: Session, presetLabel: (id: string) => string): Trajectories {
  // Restore checks overrides, so only a hand-edited session could fail here; defaults are the safe reading.
  const params = useMemo(() => {
    const resolved = resolveParams(scenario.data, session.params);
    return resolved.ok ? resolved.value : Object.fromEntries(scenario.data.parameters.map((p) => [p.id, p.default]));
  }, [scenario, session.params]);
  const { seed, tree } = session;
  const steps = currentBranch(tree).steps;

  const branch = useMemo(() => replay(scenario, steps, params, seed), [scenario, steps, params, seed]);
  const shownStep = Math.min(tree.shownStep, branch.records.length - 1);
  const snapshot = useMemo(
    () => (shownStep === branch.records.length - 1 ? branch.snapshot : replay(scenario, steps.slice(0, shownStep), params, seed).snapshot),
    [scenario, steps, params, seed, shownStep, branch],
  );
  const shown = useMemo(() => branch.records.slice(0, shownStep + 1), [branch, shownStep]);
  const reference = useMemo(() => replay(scenario, presetSteps(scenario, REFERENCE_PRESET), params, seed).records, [scenario, params, seed]);

  const target = session.compare;
  const compareBranch = target?.kind === 'branch' ? findBranch(tree, target.id) : undefined;
  const compareSteps = compareBranch?.steps;
  const comparePreset = target?.kind === 'preset' ? target.id : null;
  const compare = useMemo(() => {
    if (compareBranch && compareSteps) return { name: compareBranch.name, records: replay(scenario, compareSteps, params, seed).records };
    if (comparePreset === REFERENCE_PRESET) return { name: presetLabel(comparePreset), records: reference };
    if (comparePreset) return { name: presetLabel(comparePreset), records: replay(scenario, presetSteps(scenario, comparePreset), params, seed).records };
    return null;
  }, [scenario, compareBranch, compareSteps, comparePreset, params, seed, presetLabel, reference]);

  return { params, branch, shown, snapshot, reference, compare };
}
