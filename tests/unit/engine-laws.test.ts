/**
 * Laws the engine keeps for every scenario — each registered one and the harbour-talks fixture, a
 * scenario made only of its own folder — on random legal paths under random parameter overrides.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStep, availableMoves, blockedNotableMoves, outcomeOf, replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { parsePath, type PathStep } from '@/lib/sim/path';
import { createRng } from '@/lib/sim/rng';
import { decodeLinkCode, encodeLinkCode } from '@/lib/share/codec';
import { openLinkCode } from '@/lib/share/link';
import { OUTCOMES, type Scenario } from '@/machines/scenario';
import { checkScenarioData } from '@/machines/scenario-schema';
import { lawScenarios } from '@/tests/support/scenarios';
import { statePaths, statesOf } from './support/chart-states';
import { choiceList, legalLinkState, overWalks, paramOverrides, walk } from './support/legal-paths';

const paramsWith = (scenario: Scenario, overrides: Record<string, number>) => {
  const resolved = resolveParams(scenario.data, overrides);
  if (!resolved.ok) throw new Error(coreEn.simError(resolved.error));
  return resolved.value;
};

/** Whole days between two ISO dates (b − a), computed independently of the engine. */
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

describe.each(await lawScenarios())('%s: any random legal path', (_id, scenario) => {
  const daysOf = (moveId: string) => scenario.data.moves.find((m) => m.id === moveId)!.days;

  it('keeps every metric within its declared range', () => {
    fc.assert(
      overWalks(scenario, ({ records }) => {
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
      overWalks(scenario, ({ records, path, overrides }) => {
        const replayed = replay(scenario, path, paramsWith(scenario, overrides));
        expect(replayed.error).toBeUndefined();
        expect(replayed.path).toEqual(path);
        expect(replayed.records).toEqual(records);
      }),
      { numRuns: 40 },
    );
  });

  it('with a seed, drawing the outcomes and then replaying the recorded path give the same trajectory', () => {
    fc.assert(
      fc.property(choiceList(60), paramOverrides(scenario, 5), fc.nat({ max: 0xffffffff }), (choices, overrides, seed) => {
        const drawn = walk(scenario, overrides, choices, { rng: createRng(seed) });
        for (const step of drawn.path) {
          const spec = scenario.data.moves.find((m) => m.id === step.move)!;
          if (step.outcome !== undefined) expect(spec.outcomes?.map((o) => o.id)).toContain(step.outcome);
        }
        const movesOnly = drawn.path.map((s) => ({ move: s.move }));
        const again = replay(scenario, movesOnly, paramsWith(scenario, overrides), seed);
        expect(again.error).toBeUndefined();
        expect(again.records).toEqual(drawn.records);
        const recorded = replay(scenario, drawn.path, paramsWith(scenario, overrides), (seed + 1) % 0x100000000);
        expect(recorded.error).toBeUndefined();
        expect(recorded.records).toEqual(drawn.records);
      }),
      { numRuns: 40 },
    );
  });

  it('never reaches a dead end: a state with no move is always an outcome; once the talks have ended only time passes, and a deal that holds lets it', () => {
    const clock = new Set(scenario.data.parties.filter((p) => p.kind === 'clock').map((p) => p.id));
    fc.assert(
      overWalks(scenario, ({ snapshots }) => {
        for (const snapshot of snapshots) {
          const moves = availableMoves(scenario, snapshot);
          const outcome = outcomeOf(scenario, snapshot);
          if (outcome === null) expect(moves.length).toBeGreaterThan(0);
          else expect(moves.every((m) => clock.has(m.party))).toBe(true);
          if (moves.length === 0) expect(OUTCOMES).toContain(outcome);
          if (scenario.holdsOf(snapshot) === true) expect(moves.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never moves the date backwards, and each move advances it by exactly its days', () => {
    fc.assert(
      overWalks(scenario, ({ records }) => {
        for (const [index, record] of records.entries()) {
          if (index === 0) continue;
          const before = records[index - 1]!;
          expect(record.date >= before.date).toBe(true);
          expect(daysBetween(before.date, record.date), `${record.move} at step ${record.step}`).toBe(daysOf(record.move!));
          expect(record.day - before.day).toBe(daysOf(record.move!));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('lists moves that can all be taken with each listed outcome, odds that sum to one, and blocked moves that are refused with the scenario’s own reason', () => {
    fc.assert(
      overWalks(scenario, ({ snapshots }) => {
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
            expect(coreEn.whyNot(blocked.reason)).toMatch(/^[A-Z].*\.$/);
            expect(blocked.reason.kind).not.toBe('unknown');
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

  it('says why a notable move is not possible exactly when it is not: its requirements are the rule the statechart follows', () => {
    fc.assert(
      overWalks(scenario, ({ snapshots }) => {
        for (const snapshot of snapshots) {
          if (outcomeOf(scenario, snapshot) !== null) continue;
          const open = new Set(availableMoves(scenario, snapshot).map((m) => m.id));
          for (const spec of scenario.data.moves.filter((m) => m.notable)) {
            expect(scenario.whyUnavailable(snapshot, spec.id) === null, spec.id).toBe(open.has(spec.id));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe.each(await lawScenarios())('%s: data and links', (_id, scenario) => {
  const { data } = scenario;

  it('has data that passes the scenario schema unchanged', () => {
    expect(checkScenarioData(data)).toEqual(data);
  });

  it('replays its history preset to the end', () => {
    const steps = parsePath('history', data);
    if (!steps.ok) throw new Error(coreEn.simError(steps.error));
    const replayed = replay(scenario, steps.value, paramsWith(scenario, {}));
    expect(replayed.error).toBeUndefined();
    expect(replayed.path).toHaveLength(steps.value.length);
  });

  it('decode(encode(state)) gives back any legal state, and the link opens on the same records as the path', () => {
    fc.assert(
      fc.property(legalLinkState(scenario), (state) => {
        const encoded = encodeLinkCode(state, data);
        if (!encoded.ok) throw new Error(coreEn.simError(encoded.error));
        expect(decodeLinkCode(encoded.value, data)).toEqual({ ok: true, value: state });
        const opened = openLinkCode(encoded.value, scenario);
        if (!opened.ok) throw new Error(coreEn.linkError(opened.error));
        expect(opened.value.replay.records).toEqual(replay(scenario, state.path, paramsWith(scenario, state.params), state.seed).records);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe.each(await lawScenarios())('%s: reachability', (_id, scenario) => {
  // A walk starts at the beginning or, for a long record, at a step of it: states a random walk from
  // the start would take hundreds of steps to find (a signing after every item of an agenda) are
  // reached from where the record stood, as a person exploring what if would reach them.
  const record = parsePath('history', scenario.data);
  if (!record.ok) throw new Error(coreEn.simError(record.error));

  it('every state of the statechart, each outcome among them, is reached by a seeded walk choosing among moves and results alike — from the start or from a step of the record — and replaying it gets there', () => {
    const allStates = statePaths(scenario.machine.root);
    const pathTo = new Map<string, PathStep[]>();
    for (let seed = 1; seed <= 600 && pathTo.size < allStates.length; seed += 1) {
      const rng = createRng(seed);
      const path: PathStep[] = seed % 2 === 1 ? [] : record.value.slice(0, Math.floor(rng.next() * (record.value.length + 1)));
      const start = replay(scenario, path, paramsWith(scenario, {}));
      for (const [index, reached] of start.snapshots.entries()) for (const state of statesOf(reached)) if (!pathTo.has(state)) pathTo.set(state, path.slice(0, index));
      let snapshot = start.snapshot;
      for (let step = 0; step < 60 && snapshot.status === 'active'; step += 1) {
        const choices = availableMoves(scenario, snapshot).flatMap((move) => (move.outcomes ? move.outcomes.map((o) => ({ move: move.id, outcome: o.id })) : [{ move: move.id }]));
        if (choices.length === 0) break;
        const taken: PathStep = choices[Math.floor(rng.next() * choices.length)]!;
        const applied = applyStep(scenario, snapshot, taken);
        if (!applied.ok) throw new Error(coreEn.simError(applied.error));
        snapshot = applied.value.snapshot;
        path.push(taken);
        for (const state of statesOf(snapshot)) if (!pathTo.has(state)) pathTo.set(state, [...path]);
      }
    }
    expect(allStates.filter((state) => !pathTo.has(state))).toEqual([]);
    for (const [state, path] of pathTo) expect(statesOf(replay(scenario, path, paramsWith(scenario, {})).snapshot), state).toContain(state);
  }, 60_000);
});
