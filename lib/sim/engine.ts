/**
 * The simulation core: start a scenario, list the moves available at a step, apply a move, replay a
 * path to a trajectory. Pure: the same scenario, path, parameters and seed give the same numbers in
 * Node and in every browser.
 */
import type { AnyMachineSnapshot, StateValue } from 'xstate';
import type { MoveEvent, MoveSpec, Outcome, Params, Scenario } from '@/machines/scenario';
import { addDays } from './date';
import type { PathStep } from './path';
import type { MoveRef, SimError, WhyNot } from './errors';
import { err, ok, type Result } from './result';
import { createRng, type Rng } from './rng';
import { nextSnapshot, startSnapshot } from './machine-step';

/** One step of a trajectory: where the negotiation stands after the step's move. */
export interface StepRecord {
  /** 0 is the start. */
  step: number;
  /** Days since the scenario's start date. */
  day: number;
  date: string;
  move: string | null;
  /** The result of an uncertain move, null for a certain one (and at the start). */
  moveOutcome: string | null;
  value: StateValue;
  metrics: Record<string, number>;
  outcome: Outcome | null;
  /** Whether the deal signed still holds (null before a deal, or in a scenario whose story ends at one). */
  holds: boolean | null;
}

export interface OutcomeOption {
  id: string;
  label: string;
  /** Chance of this outcome now, 0–1. */
  p: number;
}

export interface MoveOption {
  id: string;
  party: string;
  label: string;
  /** Present when the move's result is uncertain now. */
  outcomes?: OutcomeOption[];
}

export interface BlockedMove {
  id: string;
  party: string;
  label: string;
  /** Why the move is not available. */
  reason: WhyNot;
}

export function initialSnapshot(scenario: Scenario, params: Params): AnyMachineSnapshot {
  return startSnapshot(scenario.machine, scenario.input(params));
}

/** How the negotiation ended, or null while it goes on (the scenario says: by default, its final state). */
export function outcomeOf(scenario: Scenario, snapshot: AnyMachineSnapshot): Outcome | null {
  return scenario.outcomeOf(snapshot);
}

function moveSpec(scenario: Scenario, moveId: string): MoveSpec | undefined {
  return scenario.data.moves.find((m) => m.id === moveId);
}

function outcomeOptions(scenario: Scenario, snapshot: AnyMachineSnapshot, spec: MoveSpec): OutcomeOption[] | null {
  const odds = scenario.oddsOf(snapshot, spec.id);
  if (!odds) return null;
  return odds.map((o) => ({ id: o.id, label: spec.outcomes?.find((s) => s.id === o.id)?.label ?? o.id, p: o.p }));
}

function isAvailable(snapshot: AnyMachineSnapshot, moveId: string, outcomes: OutcomeOption[] | null): boolean {
  if (snapshot.status !== 'active') return false;
  if (!outcomes) return snapshot.can({ type: moveId });
  return outcomes.some((o) => snapshot.can({ type: moveId, outcome: o.id }));
}

/** The moves that can be taken now, in the scenario's order, with the odds of uncertain results. */
export function availableMoves(scenario: Scenario, snapshot: AnyMachineSnapshot): MoveOption[] {
  const moves: MoveOption[] = [];
  for (const spec of scenario.data.moves) {
    const outcomes = outcomeOptions(scenario, snapshot, spec);
    if (!isAvailable(snapshot, spec.id, outcomes)) continue;
    moves.push(outcomes ? { id: spec.id, party: spec.party, label: spec.label, outcomes } : { id: spec.id, party: spec.party, label: spec.label });
  }
  return moves;
}

function reasonFor(scenario: Scenario, snapshot: AnyMachineSnapshot, moveId: string): WhyNot {
  const ended = outcomeOf(scenario, snapshot);
  if (ended) return { kind: 'ended', outcome: ended, holds: scenario.holdsOf(snapshot) };
  const sentence = scenario.whyUnavailable(snapshot, moveId);
  return sentence === null ? { kind: 'unknown' } : { kind: 'rule', sentence };
}

/** Notable moves that cannot be taken now, each with the reason in a sentence. */
export function blockedNotableMoves(scenario: Scenario, snapshot: AnyMachineSnapshot): BlockedMove[] {
  return scenario.data.moves
    .filter((spec) => spec.notable && !isAvailable(snapshot, spec.id, outcomeOptions(scenario, snapshot, spec)))
    .map((spec) => ({ id: spec.id, party: spec.party, label: spec.label, reason: reasonFor(scenario, snapshot, spec.id) }));
}

/** The moves at one step: those open, and the notable ones that are not, with the reason. */
export interface MovesAt {
  available: MoveOption[];
  blocked: BlockedMove[];
}

export function movesAt(scenario: Scenario, snapshot: AnyMachineSnapshot): MovesAt {
  return { available: availableMoves(scenario, snapshot), blocked: blockedNotableMoves(scenario, snapshot) };
}

/** Picks an outcome by its odds with one draw from the generator. */
export function drawOutcome(odds: readonly { id: string; p: number }[], rng: Rng): string {
  const u = rng.next();
  let cumulative = 0;
  for (const o of odds) {
    cumulative += o.p;
    if (u < cumulative) return o.id;
  }
  return odds[odds.length - 1]!.id;
}

export interface AppliedStep {
  snapshot: AnyMachineSnapshot;
  /** The step as taken, with the outcome that happened (drawn when the step did not fix it). */
  step: PathStep;
}

/**
 * Takes one move. An uncertain move needs its outcome, or a generator to draw it; a certain move
 * must not carry one. Errors name the move as a student reads it in the workbench.
 */
export function applyStep(scenario: Scenario, snapshot: AnyMachineSnapshot, step: PathStep, rng?: Rng): Result<AppliedStep> {
  const spec = moveSpec(scenario, step.move);
  if (!spec) return err({ code: 'unknown-move', move: step.move });
  const move: MoveRef = { id: spec.id, label: spec.label };
  const outcomes = outcomeOptions(scenario, snapshot, spec);
  if (!isAvailable(snapshot, spec.id, outcomes)) {
    // After a signing the story may go on (time passes while the deal holds), but the talks' moves are over.
    const ended = outcomeOf(scenario, snapshot);
    return err(ended ? { code: 'talks-ended', move, outcome: ended } : { code: 'move-unavailable', move, reason: reasonFor(scenario, snapshot, step.move) });
  }
  let outcome = step.outcome;
  if (!outcomes) {
    if (outcome !== undefined) {
      const declared = spec.outcomes?.some((o) => o.id === outcome);
      return err(declared ? { code: 'outcome-not-allowed', move, outcome } : { code: 'unknown-outcome', move, outcome });
    }
  } else if (outcome === undefined) {
    const possible = outcomes.map((o) => o.id);
    if (!rng) return err({ code: 'outcome-needed', move, possible });
    outcome = drawOutcome(outcomes, rng);
  } else if (!outcomes.some((o) => o.id === outcome)) {
    const possible = outcomes.map((o) => o.id);
    return err(spec.outcomes?.some((o) => o.id === outcome) ? { code: 'outcome-impossible', move, outcome, possible } : { code: 'unknown-outcome', move, outcome, possible });
  }
  const event: MoveEvent = outcome === undefined ? { type: spec.id } : { type: spec.id, outcome };
  return ok({ snapshot: nextSnapshot(scenario.machine, snapshot, event), step: outcome === undefined ? { move: spec.id } : { move: spec.id, outcome } });
}

/** One metric's change over a step: all of it, the share of the days the move took, and the move's own. */
export interface MetricChange {
  metric: string;
  total: number;
  days: number;
  move: number;
}

/**
 * What a step changed, split into the days its move took and the move's own effect (a Ukrainian
 * strike on Russian energy adds no Ukrainian casualties; the day it takes does). Null when the
 * scenario cannot tell time from the move, or for the start.
 */
export function changesOf(scenario: Scenario, before: AnyMachineSnapshot, after: AnyMachineSnapshot, moveId: string): MetricChange[] | null {
  if (!scenario.metricsAfterDays) return null;
  const alone = scenario.metricsAfterDays(before, moveSpec(scenario, moveId)?.days ?? 0);
  const [from, to] = [scenario.metricsOf(before), scenario.metricsOf(after)];
  return scenario.data.metrics.map(({ id }) => ({ metric: id, total: to[id]! - from[id]!, days: alone[id]! - from[id]!, move: to[id]! - alone[id]! }));
}

/** The trajectory record for a snapshot. */
export function recordOf(scenario: Scenario, snapshot: AnyMachineSnapshot, stepIndex: number, step: PathStep | null): StepRecord {
  const day = scenario.dayOf(snapshot);
  return {
    step: stepIndex,
    day,
    date: addDays(scenario.data.startDate, day),
    move: step?.move ?? null,
    moveOutcome: step?.outcome ?? null,
    value: snapshot.value,
    metrics: scenario.metricsOf(snapshot),
    outcome: outcomeOf(scenario, snapshot),
    holds: scenario.holdsOf(snapshot),
  };
}

export interface Replay {
  /** One record per step reached, step 0 = start. */
  records: StepRecord[];
  /** The path as taken, every uncertain step with its outcome. */
  path: PathStep[];
  /** The last snapshot reached. */
  snapshot: AnyMachineSnapshot;
  /** The snapshot of every step reached, step 0 = start, so a caller can go on from any of them. */
  snapshots: AnyMachineSnapshot[];
  /** Set when a step could not be taken; the records stop before it. */
  error?: SimError;
}

/**
 * Replays a path from the start. Steps without an outcome draw one from a generator seeded with
 * `seed`, so a path plus a seed fixes the whole trajectory, and a path with every outcome needs no seed.
 */
export function replay(scenario: Scenario, steps: readonly PathStep[], params: Params, seed = 1): Replay {
  const rng = createRng(seed);
  let snapshot = initialSnapshot(scenario, params);
  const records = [recordOf(scenario, snapshot, 0, null)];
  const snapshots = [snapshot];
  const path: PathStep[] = [];
  for (const [index, step] of steps.entries()) {
    const applied = applyStep(scenario, snapshot, step, rng);
    if (!applied.ok) {
      return { records, path, snapshot, snapshots, error: { ...applied.error, step: index + 1 } };
    }
    snapshot = applied.value.snapshot;
    snapshots.push(snapshot);
    path.push(applied.value.step);
    records.push(recordOf(scenario, snapshot, index + 1, applied.value.step));
  }
  return { records, path, snapshot, snapshots };
}
