/** fast-check arbitraries for legal paths and parameter overrides of a scenario. */
import fc from 'fast-check';
import type { Scenario } from '@/machines/scenario';
import { applyStep, availableMoves, initialSnapshot } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import type { PathStep } from '@/lib/sim/path';

/** Parameter overrides on a grid of at most three decimals, inside each parameter's range. */
export function paramOverrides(scenario: Scenario, maxCount = 4): fc.Arbitrary<Record<string, number>> {
  const specs = scenario.data.parameters.filter((p) => p.min < p.max);
  return fc
    .uniqueArray(
      fc.constantFrom(...specs).chain((spec) =>
        fc
          .integer({ min: 0, max: 1000 })
          .map((k) => [spec.id, Math.min(spec.max, Math.round((spec.min + ((spec.max - spec.min) * k) / 1000) * 1000) / 1000)] as const),
      ),
      { maxLength: maxCount, selector: ([id]) => id },
    )
    .map((entries) => Object.fromEntries(entries));
}

/**
 * A legal path: `prefix`, then at each step one of the moves available then (and one of its possible
 * outcomes), chosen by the generated numbers; stops early when the talks end.
 */
export function legalPath(scenario: Scenario, params: Record<string, number>, choices: readonly number[], prefix: readonly PathStep[] = []): PathStep[] {
  const resolved = resolveParams(scenario.data, params);
  if (!resolved.ok) throw new Error(resolved.error.message);
  let snapshot = initialSnapshot(scenario, resolved.value);
  const path: PathStep[] = [];
  const take = (step: PathStep) => {
    const applied = applyStep(scenario, snapshot, step);
    if (!applied.ok) throw new Error(applied.error.message);
    snapshot = applied.value.snapshot;
    path.push(applied.value.step);
  };
  prefix.forEach(take);
  for (const choice of choices) {
    const moves = availableMoves(scenario, snapshot);
    if (moves.length === 0) break;
    const move = moves[choice % moves.length]!;
    const outcome = move.outcomes?.[Math.floor(choice / moves.length) % move.outcomes.length]?.id;
    take(outcome === undefined ? { move: move.id } : { move: move.id, outcome });
  }
  return path;
}

export const choiceList = (maxLength: number) => fc.array(fc.nat({ max: 10_000 }), { maxLength });
