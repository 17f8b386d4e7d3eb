/**
 * Laws that hold on every legal path: random paths are built from choice indices (a move among the
 * available ones, an outcome among its possible ones) with random parameter overrides in range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import {
  applyStep,
  availableMoves,
  blockedNotableMoves,
  initialSnapshot,
  outcomeOf,
  recordOf,
  replay,
  type StepRecord,
} from '@/lib/sim/engine';
import type { PathStep } from '@/lib/sim/path';
import { createRng, type Rng } from '@/lib/sim/rng';
import { OUTCOMES } from '@/machines/scenario';
import { daysBetween, daysOfMove, paramsWith, regionsOf, scenario } from './support/abu-dhabi';

interface Walk {
  overrides: Record<string, number>;
  records: StepRecord[];
  path: PathStep[];
  snapshots: AnyMachineSnapshot[];
}

/** Parameter overrides anywhere in each parameter's range (including its ends). */
const overridesArb = fc
  .array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }))), { maxLength: 5 })
  .map((picks) => {
    const overrides: Record<string, number> = {};
    for (const [index, fraction] of picks) {
      const spec = scenario.data.parameters[index % scenario.data.parameters.length]!;
      overrides[spec.id] = Math.min(spec.max, Math.max(spec.min, spec.min + fraction * (spec.max - spec.min)));
    }
    return overrides;
  });

/** Choice indices: one for the move, one for its outcome. */
const choicesArb = fc.array(fc.tuple(fc.nat({ max: 63 }), fc.nat({ max: 63 })), { minLength: 1, maxLength: 60 });

/**
 * Walks a path from the start: each choice picks a move among those available, and for an uncertain
 * move either an outcome among its possible ones or, with a generator, a draw by the odds.
 */
function walk(choices: ReadonlyArray<readonly [number, number]>, overrides: Record<string, number>, rng?: Rng): Walk {
  let snapshot = initialSnapshot(scenario, paramsWith(overrides));
  const records = [recordOf(scenario, snapshot, 0, null)];
  const snapshots = [snapshot];
  const path: PathStep[] = [];
  for (const [moveChoice, outcomeChoice] of choices) {
    const moves = availableMoves(scenario, snapshot);
    if (moves.length === 0) break;
    const move = moves[moveChoice % moves.length]!;
    const step: PathStep =
      move.outcomes && !rng ? { move: move.id, outcome: move.outcomes[outcomeChoice % move.outcomes.length]!.id } : { move: move.id };
    const applied = applyStep(scenario, snapshot, step, rng);
    if (!applied.ok) throw new Error(`step ${path.length + 1}: ${applied.error.message}`);
    snapshot = applied.value.snapshot;
    path.push(applied.value.step);
    snapshots.push(snapshot);
    records.push(recordOf(scenario, snapshot, path.length, applied.value.step));
  }
  return { overrides, records, path, snapshots };
}

/** A property over random walks; the generated inputs stay small so counterexamples print legibly. */
const overWalks = (check: (w: Walk) => void) => fc.property(choicesArb, overridesArb, (choices, overrides) => check(walk(choices, overrides)));

const STRIKE_LEVEL_OF: Record<string, number> = { paused: 0, active: 1, intensified: 2 };

describe('any random legal path', () => {
  it('keeps every metric within its declared range', () => {
    fc.assert(
      overWalks(({ records }) => {
        for (const record of records) {
          for (const spec of scenario.data.metrics) {
            const value = record.metrics[spec.id];
            expect(Number.isFinite(value), `${spec.id} at step ${record.step}`).toBe(true);
            expect(value!, `${spec.id} at step ${record.step}`).toBeGreaterThanOrEqual(spec.min);
            if (spec.max !== null) expect(value!, `${spec.id} at step ${record.step}`).toBeLessThanOrEqual(spec.max);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('replays from its recorded path to identical records', () => {
    fc.assert(
      overWalks(({ records, path, overrides }) => {
        const replayed = replay(scenario, path, paramsWith(overrides));
        expect(replayed.error).toBeUndefined();
        expect(replayed.path).toEqual(path);
        expect(replayed.records).toEqual(records);
      }),
      { numRuns: 40 },
    );
  });

  it('with a seed, drawing the outcomes and then replaying the recorded path give the same trajectory', () => {
    fc.assert(
      fc.property(choicesArb, overridesArb, fc.nat({ max: 0xffffffff }), (choices, overrides, seed) => {
        const drawn = walk(choices, overrides, createRng(seed));
        for (const step of drawn.path) {
          const spec = scenario.data.moves.find((m) => m.id === step.move)!;
          if (step.outcome !== undefined) expect(spec.outcomes?.map((o) => o.id)).toContain(step.outcome);
        }
        const movesOnly = drawn.path.map((s) => ({ move: s.move }));
        const again = replay(scenario, movesOnly, paramsWith(overrides), seed);
        expect(again.error).toBeUndefined();
        expect(again.records).toEqual(drawn.records);
        const recorded = replay(scenario, drawn.path, paramsWith(overrides), (seed + 1) % 0x100000000);
        expect(recorded.error).toBeUndefined();
        expect(recorded.records).toEqual(drawn.records);
      }),
      { numRuns: 40 },
    );
  });

  it('never reaches a dead end: a state with no move is always an outcome, and an outcome has no move', () => {
    fc.assert(
      overWalks(({ snapshots }) => {
        for (const snapshot of snapshots) {
          const moves = availableMoves(scenario, snapshot);
          const outcome = outcomeOf(snapshot);
          if (outcome === null) expect(moves.length).toBeGreaterThan(0);
          else expect(moves).toEqual([]);
          if (moves.length === 0) expect(OUTCOMES).toContain(outcome);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never moves the date backwards, and each move advances it by exactly its days', () => {
    fc.assert(
      overWalks(({ records }) => {
        for (const [index, record] of records.entries()) {
          if (index === 0) continue;
          const before = records[index - 1]!;
          expect(record.date >= before.date).toBe(true);
          expect(daysBetween(before.date, record.date), `${record.move} at step ${record.step}`).toBe(daysOfMove(record.move!));
          expect(record.day - before.day).toBe(daysOfMove(record.move!));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the strike region of the state value in step with the campaign level in context', () => {
    fc.assert(
      overWalks(({ snapshots }) => {
        for (const snapshot of snapshots) {
          const regions = regionsOf(snapshot.value);
          if (!regions) continue;
          expect(snapshot.context.strikeLevel).toBe(STRIKE_LEVEL_OF[regions.strikes.onUkraine]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lists moves that can all be taken with each listed outcome, odds that sum to one, and blocked moves that are refused with a reason', () => {
    fc.assert(
      overWalks(({ snapshots }) => {
        for (const snapshot of snapshots.slice(-3)) {
          for (const move of availableMoves(scenario, snapshot)) {
            if (move.outcomes) {
              expect(move.outcomes.reduce((sum, o) => sum + o.p, 0)).toBeCloseTo(1, 9);
              for (const o of move.outcomes) {
                expect(o.p).toBeGreaterThan(0);
                expect(applyStep(scenario, snapshot, { move: move.id, outcome: o.id }).ok, `${move.id}:${o.id}`).toBe(true);
              }
            } else {
              expect(applyStep(scenario, snapshot, { move: move.id }).ok, move.id).toBe(true);
            }
          }
          for (const blocked of blockedNotableMoves(scenario, snapshot)) {
            expect(blocked.reason).toMatch(/^[A-Z].*\.$/);
            expect(blocked.reason).not.toBe('Not possible in the present situation.');
            const spec = scenario.data.moves.find((m) => m.id === blocked.id)!;
            for (const outcome of spec.outcomes?.map((o) => o.id) ?? [undefined]) {
              const step = outcome === undefined ? { move: spec.id } : { move: spec.id, outcome };
              expect(applyStep(scenario, snapshot, step).ok, `${blocked.id}:${outcome ?? ''}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
