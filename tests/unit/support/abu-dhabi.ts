/**
 * Shared helpers for the tests of Abu Dhabi's model 1, the first released version (model 2's own facts
 * are in abu-dhabi-model-2.test.ts): load it through the registry and replay paths.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import { loadEveryModelVersion } from '@/machines/registry';
import { requireScenario } from '@/tests/support/scenarios';
import type { Params, Scenario } from '@/machines/scenario';
import { addDays } from '@/lib/sim/date';
import { applyStep, availableMoves, replay, type MoveOption, type Replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath } from '@/lib/sim/path';

export const SCENARIO_ID = 'abu-dhabi-2026';

export const scenario: Scenario = await requireScenario(SCENARIO_ID, 1);

/** Every model version of Abu Dhabi, as `[version, scenario]` rows for `describe.each`: the laws of its model that hold in each. */
export const everyVersion = (await loadEveryModelVersion()).filter((s) => s.data.id === SCENARIO_ID).map((s) => [s.data.modelVersion, s] as const);

/** Parameters with overrides applied; throws when an override is rejected. */
export function paramsWith(overrides: Record<string, number> = {}): Params {
  const result = resolveParams(scenario.data, overrides);
  if (!result.ok) throw new Error(coreEn.simError(result.error));
  return result.value;
}

/** Replays a path written as text (presets expand); throws when any step is rejected. */
export function play(pathText: string, overrides: Record<string, number> = {}, seed = 1): Replay {
  const steps = parsePath(pathText, scenario.data);
  if (!steps.ok) throw new Error(coreEn.simError(steps.error));
  const result = replay(scenario, steps.value, paramsWith(overrides), seed);
  if (result.error) throw new Error(coreEn.simError(result.error));
  return result;
}

/** The snapshot a path leads to. */
export function stateAfter(pathText: string, overrides: Record<string, number> = {}): AnyMachineSnapshot {
  return play(pathText, overrides).snapshot;
}

/** The state of each region while the talks go on. */
export interface Regions {
  talks: string;
  truce: string;
  strikes: { onUkraine: string; onRussia: string };
  territory: { donetsk: string; freeze: string; security: string };
}

/** The regions of a state value, or null once the negotiation has ended. */
export function regionsOf(value: StateValue): Regions | null {
  if (typeof value === 'string') return null;
  return (value as unknown as { negotiating: Regions }).negotiating;
}

export function regions(snapshot: AnyMachineSnapshot): Regions {
  const found = regionsOf(snapshot.value);
  if (!found) throw new Error(`the negotiation has ended: ${JSON.stringify(snapshot.value)}`);
  return found;
}

export function movesAt(snapshot: AnyMachineSnapshot): MoveOption[] {
  return availableMoves(scenario, snapshot);
}

export function moveAt(snapshot: AnyMachineSnapshot, moveId: string): MoveOption | undefined {
  return movesAt(snapshot).find((m) => m.id === moveId);
}

/** The chance of one outcome of an uncertain move now (0 when the outcome cannot happen). */
export function chanceOf(snapshot: AnyMachineSnapshot, moveId: string, outcomeId: string): number {
  const move = moveAt(snapshot, moveId);
  if (!move?.outcomes) throw new Error(`${moveId} is not an uncertain move available here`);
  return move.outcomes.find((o) => o.id === outcomeId)?.p ?? 0;
}

/** Metric values of a snapshot. */
export function metricsOf(snapshot: AnyMachineSnapshot): Record<string, number> {
  return scenario.metricsOf(snapshot);
}

/** Whole days between two ISO dates (b − a), computed independently of the code under test. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Day of the week of an ISO date, 0 = Sunday. */
export function weekdayOf(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

/** Takes one move from a snapshot; throws when the engine rejects it. */
export function next(snapshot: AnyMachineSnapshot, move: string, outcome?: string): AnyMachineSnapshot {
  const applied = applyStep(scenario, snapshot, outcome === undefined ? { move } : { move, outcome });
  if (!applied.ok) throw new Error(coreEn.simError(applied.error));
  return applied.value.snapshot;
}

/** The date of a snapshot. */
export function dateOf(snapshot: AnyMachineSnapshot): string {
  return addDays(scenario.data.startDate, scenario.dayOf(snapshot));
}

/** Days each move takes, from the scenario data. */
export function daysOfMove(moveId: string): number {
  const spec = scenario.data.moves.find((m) => m.id === moveId);
  if (!spec) throw new Error(`unknown move ${moveId}`);
  return spec.days;
}
