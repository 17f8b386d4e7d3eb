/**
 * The scenario contract: what a scenario folder provides, and the types derived from its data. It
 * sits near the bottom of the import graph so that scenarios and the engine can both depend on it.
 * The zod schema the data must pass is in `scenario-schema.ts`, checked by the tests rather than in
 * every browser that loads a scenario.
 */
import type { AnyMachineSnapshot, AnyStateMachine, InputFrom, SnapshotFrom } from 'xstate';
import { OUTCOMES, type Outcome } from './scenario-constants';
import type { Evidence, ScenarioData } from './scenario-schema';

export { OUTCOMES, PALETTE, type Outcome, type PaletteColour } from './scenario-constants';
export type {
  EffectSpec,
  Evidence,
  MetricSpec,
  MoveOutcomeSpec,
  MoveSpec,
  ParameterSpec,
  Party,
  PluralWording,
  PresetSpec,
  ScenarioData,
  Source,
} from './scenario-schema';

/** Parameter values by id, after defaults and overrides are resolved. */
export type Params<TParamId extends string = string> = Readonly<Record<TParamId, number>>;

/** The event every move sends: the move id, and the outcome when the move's result is uncertain. */
export interface MoveEvent {
  type: string;
  outcome?: string;
}

/** The chance of one outcome of an uncertain move, 0–1. */
export interface OutcomeOdds<TOutcomeId extends string = string> {
  id: TOutcomeId;
  p: number;
}

/** What every state node of a scenario's statechart says of itself: its name for people (the state map). */
export interface StateMeta {
  label: string;
}

/** What a scenario's machine outputs once it reaches a final state: how the negotiation ended. */
export interface ScenarioOutput {
  outcome: Outcome;
}

type MoveOf<TData extends ScenarioData> = TData['moves'][number];
type OutcomeIdsOf<TMove> = TMove extends { outcomes: readonly (infer O)[] } ? (O extends { id: infer I extends string } ? I : never) : never;

/** The move ids of a scenario's data, as a union of literals. */
export type MoveIdOf<TData extends ScenarioData> = MoveOf<TData>['id'];
/** Every outcome id any uncertain move of the data declares. */
export type MoveOutcomeIdOf<TData extends ScenarioData> = OutcomeIdsOf<MoveOf<TData>>;
/** The outcome ids one move declares: `OutcomeIdOf<Data, 'truce.sign'>` is `'signed' | 'refused'`. */
export type OutcomeIdOf<TData extends ScenarioData, TMoveId extends MoveIdOf<TData>> = OutcomeIdsOf<Extract<MoveOf<TData>, { id: TMoveId }>>;
/** The moves of the data that declare outcomes: the uncertain ones. */
export type UncertainMoveIdOf<TData extends ScenarioData> = Extract<MoveOf<TData>, { outcomes: readonly unknown[] }>['id'];
export type ParamIdOf<TData extends ScenarioData> = TData['parameters'][number]['id'];
export type EffectIdOf<TData extends ScenarioData> = TData['effects'][number]['id'];
export type MetricIdOf<TData extends ScenarioData> = TData['metrics'][number]['id'];

/**
 * The events a scenario's moves send, one member per move: a move with declared outcomes may carry
 * one of its own, a move without none. A typo in a move or outcome name is then a type error.
 */
export type MoveEventOf<TData extends ScenarioData> =
  MoveOf<TData> extends infer TMove
    ? TMove extends { id: infer TId; outcomes: readonly unknown[] }
      ? { type: TId; outcome?: OutcomeIdsOf<TMove> }
      : TMove extends { id: infer TId }
        ? { type: TId }
        : never
    : never;

/**
 * Scenario data with its ids kept as literal types (`const` inference), checked against the
 * contract's shape: the statechart and rules built from it get typed move, outcome and parameter ids.
 */
export function defineScenarioData<const TData extends ScenarioData>(data: TData): TData {
  return data;
}

/** The full citations of what a number or move rests on, joined as one line ("A; B"). */
export function citationText(data: Pick<ScenarioData, 'sources'>, evidence: Pick<Evidence, 'sources'>): string {
  return evidence.sources.map((id) => data.sources.find((s) => s.id === id)?.citation ?? id).join('; ');
}

/** Days of the calendar each move takes (the data's `days`); 0 for an event that is not a move. */
export function moveDaysOf(data: Pick<ScenarioData, 'moves'>): (moveId: string) => number {
  const days = new Map(data.moves.map((m) => [m.id, m.days]));
  return (moveId) => days.get(moveId) ?? 0;
}

/** The values of a scenario's effects table by id. */
export function effectValues<const TData extends ScenarioData>(data: TData): Readonly<Record<EffectIdOf<TData>, number>> {
  return Object.fromEntries(data.effects.map((e) => [e.id, e.value])) as Record<EffectIdOf<TData>, number>;
}

/**
 * What the engine asks of a scenario. Everything is in the scenario's own folder, so a new scenario
 * is a new folder plus a registry line.
 */
export interface Scenario {
  readonly data: ScenarioData;
  /** The statechart, built when first asked for. Once done, its output is a `ScenarioOutput`. */
  readonly machine: AnyStateMachine;
  /** Input for the machine's first snapshot. */
  input(params: Params): unknown;
  /** Days since the start date. */
  dayOf(snapshot: AnyMachineSnapshot): number;
  /** Metric values by id, in the units of `data.metrics`. */
  metricsOf(snapshot: AnyMachineSnapshot): Record<string, number>;
  /** Chances of each outcome of an uncertain move now; null when the move's result is certain now. */
  oddsOf(snapshot: AnyMachineSnapshot, moveId: string): OutcomeOdds[] | null;
  /** Why a notable move is unavailable now, as one sentence; null when no reason is known. */
  whyUnavailable(snapshot: AnyMachineSnapshot, moveId: string): string | null;
  /**
   * How the negotiation ended, or null while it goes on. A signed deal ends the negotiation but not
   * the story: time may still pass while it holds or breaks (`holdsOf`).
   */
  outcomeOf(snapshot: AnyMachineSnapshot): Outcome | null;
  /** Whether the deal signed still holds: true while it does, false once it has broken, null before a deal (or without one). */
  holdsOf(snapshot: AnyMachineSnapshot): boolean | null;
  /**
   * The metrics had only `days` passed from this state, with no move: the share of a move's change
   * that is the time it took. Absent for a scenario that cannot tell them apart.
   */
  metricsAfterDays?(snapshot: AnyMachineSnapshot, days: number): Record<string, number>;
}

/** How the negotiation ended by the machine's final state (its output), or null while the machine runs. */
export function finalOutcomeOf(snapshot: AnyMachineSnapshot): Outcome | null {
  if (snapshot.status !== 'done') return null;
  const outcome = (snapshot.output as Partial<ScenarioOutput> | undefined)?.outcome;
  return outcome !== undefined && OUTCOMES.includes(outcome) ? outcome : null;
}

/** A scenario as its folder writes it: typed by its own data and machine. */
export interface ScenarioDefinition<TData extends ScenarioData, TMachine extends AnyStateMachine> {
  /** Builds the statechart; called once, when the engine first needs it. */
  createMachine(): TMachine;
  input(params: Params<ParamIdOf<TData>>): InputFrom<TMachine>;
  dayOf(snapshot: SnapshotFrom<TMachine>): number;
  metricsOf(snapshot: SnapshotFrom<TMachine>): Record<MetricIdOf<TData>, number>;
  oddsOf(snapshot: SnapshotFrom<TMachine>, moveId: MoveIdOf<TData>): OutcomeOdds[] | null;
  whyUnavailable(snapshot: SnapshotFrom<TMachine>, moveId: MoveIdOf<TData>): string | null;
  /** How the negotiation ended; by default the final state's output (a scenario whose story goes on after a signing says so here). */
  outcomeOf?(snapshot: SnapshotFrom<TMachine>): Outcome | null;
  /** Whether the deal signed still holds; by default null (a deal ends the story). */
  holdsOf?(snapshot: SnapshotFrom<TMachine>): boolean | null;
  /** The metrics had only `days` passed from this state, with no move; by default unknown. */
  metricsAfterDays?(snapshot: SnapshotFrom<TMachine>, days: number): Record<MetricIdOf<TData>, number>;
}

/**
 * A scenario's engine: its statechart and the answers to the engine's questions, built from its data.
 * The data and the engine are modules of their own, so a page can take a scenario's data without its
 * engine's code (the gallery, the model page), and a workbench page loads its own version's data
 * and engine and no other's (machines/registry.ts).
 */
export type ScenarioEngine = (data: ScenarioData) => Scenario;

/**
 * A scenario's engine for the registry. The engine holds scenarios of every kind, so it sees data,
 * snapshots, parameters and move ids in their general types; this is the one place that narrows them
 * back, which is sound because the registry hands an engine only its own scenario's data, and the
 * engine hands a scenario only snapshots of its own machine, parameters resolved from its own data
 * and move ids it found in that data.
 */
export function defineEngine<const TData extends ScenarioData, TMachine extends AnyStateMachine>(
  build: (data: TData) => ScenarioDefinition<TData, TMachine>,
): ScenarioEngine {
  return (data) => scenarioOf(data, build(data as TData));
}

function scenarioOf<TData extends ScenarioData, TMachine extends AnyStateMachine>(data: ScenarioData, definition: ScenarioDefinition<TData, TMachine>): Scenario {
  let machine: TMachine | null = null;
  const own = (snapshot: AnyMachineSnapshot) => snapshot as SnapshotFrom<TMachine>;
  const move = (moveId: string) => moveId as MoveIdOf<TData>;
  return {
    data,
    get machine() {
      return (machine ??= definition.createMachine());
    },
    input: (params) => definition.input(params as Params<ParamIdOf<TData>>),
    dayOf: (snapshot) => definition.dayOf(own(snapshot)),
    metricsOf: (snapshot) => definition.metricsOf(own(snapshot)),
    oddsOf: (snapshot, moveId) => definition.oddsOf(own(snapshot), move(moveId)),
    whyUnavailable: (snapshot, moveId) => definition.whyUnavailable(own(snapshot), move(moveId)),
    outcomeOf: (snapshot) => (definition.outcomeOf ? definition.outcomeOf(own(snapshot)) : finalOutcomeOf(snapshot)),
    holdsOf: (snapshot) => definition.holdsOf?.(own(snapshot)) ?? null,
    ...(definition.metricsAfterDays ? { metricsAfterDays: (snapshot: AnyMachineSnapshot, days: number) => definition.metricsAfterDays!(own(snapshot), days) } : {}),
  };
}
