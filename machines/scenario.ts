/**
 * The scenario contract: what a scenario folder provides. It sits at the bottom of the import graph
 * so that scenarios and the engine can both depend on it. The zod schema the data must pass is in
 * `scenario-schema.ts`, checked by the tests rather than in every browser that loads a scenario.
 */
import type { AnyStateMachine, SnapshotFrom } from 'xstate';

export const PARTY_IDS = ['us', 'russia', 'ukraine', 'europe', 'time'] as const;
export type PartyId = (typeof PARTY_IDS)[number];

export const OUTCOMES = ['agreement', 'armistice', 'collapse'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type { MetricSpec, MoveOutcomeSpec, MoveSpec, ParameterSpec, Party, PresetSpec, ScenarioData } from './scenario-schema';
import type { ScenarioData } from './scenario-schema';

/** Parameter values by id, after defaults and overrides are resolved. */
export type Params = Readonly<Record<string, number>>;

/** The event every move sends: the move id, and the outcome when the move's result is uncertain. */
export interface MoveEvent {
  type: string;
  outcome?: string;
}

/** The chance of one outcome of an uncertain move, 0–1. */
export interface OutcomeOdds {
  id: string;
  p: number;
}

/**
 * What a scenario folder exports. The engine asks only these questions, so a new scenario is a new
 * folder plus a registry line.
 */
export interface Scenario<TMachine extends AnyStateMachine = AnyStateMachine> {
  data: ScenarioData;
  machine: TMachine;
  /** Input for the machine's first snapshot. */
  input(params: Params): unknown;
  /** Days since the start date. */
  dayOf(snapshot: SnapshotFrom<TMachine>): number;
  /** Metric values by id, in the units of `data.metrics`. */
  metricsOf(snapshot: SnapshotFrom<TMachine>): Record<string, number>;
  /** Chances of each outcome of an uncertain move now; null when the move's result is certain now. */
  oddsOf(snapshot: SnapshotFrom<TMachine>, moveId: string): OutcomeOdds[] | null;
  /** Why a notable move is unavailable now, as one sentence; null when no reason is known. */
  whyUnavailable(snapshot: SnapshotFrom<TMachine>, moveId: string): string | null;
}
