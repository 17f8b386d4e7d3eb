/** fast-check arbitraries for legal paths and parameter overrides of a scenario. */
import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import type { Scenario } from '@/machines/scenario';
import type { AnyMachineSnapshot } from 'xstate';
import { applyStep, availableMoves, initialSnapshot, recordOf, type StepRecord } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import type { PathStep } from '@/lib/sim/path';
import type { Rng } from '@/lib/sim/rng';
import type { LinkState } from '@/lib/share/codec';

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
 * Parameter overrides anywhere in each parameter's range, at full precision and often at its very
 * ends: what the model must survive, beyond what a link (three decimals) can carry.
 */
export function anyOverrides(scenario: Scenario, maxCount = 5): fc.Arbitrary<Record<string, number>> {
  const specs = scenario.data.parameters;
  const fraction = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
  return fc.array(fc.tuple(fc.constantFrom(...specs), fraction), { maxLength: maxCount }).map((picks) =>
    Object.fromEntries(picks.map(([spec, f]) => [spec.id, Math.min(spec.max, Math.max(spec.min, spec.min + f * (spec.max - spec.min)))])),
  );
}

/** A legal walk from the start: the path taken, and the record and snapshot of every step. */
export interface Walk {
  overrides: Record<string, number>;
  path: PathStep[];
  records: StepRecord[];
  snapshots: AnyMachineSnapshot[];
}

/**
 * A legal walk: `prefix`, then at each step one of the moves available then chosen by the generated
 * number, with one of its possible outcomes (or, given a generator, an outcome drawn by the odds);
 * stops early when the talks end.
 */
export function walk(
  scenario: Scenario,
  overrides: Record<string, number>,
  choices: readonly number[],
  { prefix = [], rng }: { prefix?: readonly PathStep[]; rng?: Rng } = {},
): Walk {
  const resolved = resolveParams(scenario.data, overrides);
  if (!resolved.ok) throw new Error(coreEn.simError(resolved.error));
  let snapshot = initialSnapshot(scenario, resolved.value);
  const walked: Walk = { overrides, path: [], records: [recordOf(scenario, snapshot, 0, null)], snapshots: [snapshot] };
  const take = (step: PathStep) => {
    const applied = applyStep(scenario, snapshot, step, rng);
    if (!applied.ok) throw new Error(`step ${walked.path.length + 1}: ${coreEn.simError(applied.error)}`);
    snapshot = applied.value.snapshot;
    walked.path.push(applied.value.step);
    walked.snapshots.push(snapshot);
    walked.records.push(recordOf(scenario, snapshot, walked.path.length, applied.value.step));
  };
  prefix.forEach(take);
  for (const choice of choices) {
    const moves = availableMoves(scenario, snapshot);
    if (moves.length === 0) break;
    const move = moves[choice % moves.length]!;
    const outcome = rng ? undefined : move.outcomes?.[Math.floor(choice / moves.length) % move.outcomes.length]?.id;
    take(outcome === undefined ? { move: move.id } : { move: move.id, outcome });
  }
  return walked;
}

/** The path of a legal walk (see `walk`). */
export function legalPath(scenario: Scenario, params: Record<string, number>, choices: readonly number[], prefix: readonly PathStep[] = []): PathStep[] {
  return walk(scenario, params, choices, { prefix }).path;
}

export const choiceList = (maxLength: number) => fc.array(fc.nat({ max: 10_000 }), { maxLength });

/** A property over random legal walks of a scenario under random parameter overrides (`anyOverrides`). */
export const overWalks = (scenario: Scenario, check: (w: Walk) => void) =>
  fc.property(choiceList(60), anyOverrides(scenario), (choices, overrides) => check(walk(scenario, overrides, choices)));

/** A link state a person could have made: a legal path and compared path, a seed, overrides, a step shown. */
export function legalLinkState(scenario: Scenario): fc.Arbitrary<LinkState> {
  const { data } = scenario;
  return fc
    .record({ params: paramOverrides(scenario, 3), choices: choiceList(40), compareChoices: choiceList(10) })
    .chain(({ params, choices, compareChoices }) => {
      const path = legalPath(scenario, params, choices);
      return fc
        .record({
          seed: fc.nat({ max: 0xffffffff }),
          step: fc.option(fc.integer({ min: 0, max: path.length }), { nil: null }),
          compare: fc.oneof(
            fc.constant(null),
            fc.constant({ kind: 'preset' as const, presetId: 'history' }),
            fc.constant({ kind: 'path' as const, path: legalPath(scenario, params, compareChoices) }),
          ),
        })
        .map((extra): LinkState => ({ scenarioId: data.id, modelVersion: data.modelVersion, path, params, ...extra }));
    });
}
