/** Valid paths for workbench tests, built by asking the engine which moves are open at each step. */
import { findScenario } from '../../../machines/registry';
import { applyStep, availableMoves, initialSnapshot } from '../../../lib/sim/engine';
import { resolveParams } from '../../../lib/sim/params';
import type { PathStep } from '../../../lib/sim/path';

export const scenario = findScenario('abu-dhabi-2026')!;
const resolved = resolveParams(scenario.data, {});
if (!resolved.ok) throw new Error(resolved.error.message);
export const defaultParams = resolved.value;

/** `prefix` continued by one step per choice: each choice picks among the moves and outcomes open then. */
export function continuePath(prefix: readonly PathStep[], choices: readonly number[]): PathStep[] {
  let snapshot = initialSnapshot(scenario, defaultParams);
  const steps: PathStep[] = [];
  const take = (step: PathStep) => {
    const applied = applyStep(scenario, snapshot, step);
    if (!applied.ok) throw new Error(applied.error.message);
    snapshot = applied.value.snapshot;
    steps.push(applied.value.step);
  };
  prefix.forEach(take);
  for (const choice of choices) {
    const moves = availableMoves(scenario, snapshot);
    if (moves.length === 0) break;
    const move = moves[choice % moves.length]!;
    const outcome = move.outcomes?.[Math.floor(choice / moves.length) % move.outcomes.length]?.id;
    take(outcome ? { move: move.id, outcome } : { move: move.id });
  }
  return steps;
}
