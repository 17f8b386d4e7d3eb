/**
 * "Let chance decide": the draw for an uncertain move comes from a generator seeded with the
 * session's seed mixed with the step's index, so the same seed at the same step always draws the
 * same outcome — in any branch, after any undo, in any browser. The drawn outcome is then written
 * into the path, so replaying the path never draws again.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { Scenario } from '@/machines/scenario';
import { applyStep } from '@/lib/sim/engine';
import type { PathStep } from '@/lib/sim/path';
import type { Result } from '@/lib/sim/result';
import { createRng, type Rng } from '@/lib/sim/rng';

/** The generator for the move taken as step `stepNumber` (1-based) of a path under `seed`. */
export function chanceRng(seed: number, stepNumber: number): Rng {
  // Golden-ratio multiplier spreads neighbouring step numbers across the 32-bit seed space.
  return createRng((seed ^ Math.imul(stepNumber, 0x9e3779b9)) >>> 0);
}

/** Takes `moveId` from `snapshot` letting chance pick its outcome; returns the step with the outcome drawn. */
export function drawStep(scenario: Scenario, snapshot: AnyMachineSnapshot, moveId: string, seed: number, stepNumber: number): Result<PathStep> {
  const applied = applyStep(scenario, snapshot, { move: moveId }, chanceRng(seed, stepNumber));
  return applied.ok ? { ok: true, value: applied.value.step } : applied;
}
