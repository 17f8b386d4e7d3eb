/**
 * Every outcome and every state of the Abu Dhabi statechart can be reached, beyond the seeded walks
 * every scenario is checked with (engine-laws.test.ts): a breadth-first search over state values
 * (with the flags in context that guards read) finds the shortest paths, and walks that draw outcomes
 * by the model's own odds end in each outcome. Each path found is checked by replaying it.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { applyStep, availableMoves, drawOutcome, initialSnapshot, outcomeOf, replay } from '@/lib/sim/engine';
import { formatPath, type PathStep } from '@/lib/sim/path';
import { createRng } from '@/lib/sim/rng';
import { paramsOrDefaults } from '@/lib/sim/params';
import { OUTCOMES, type Outcome, type Scenario } from '@/machines/scenario';
import { statePaths, statesOf } from './support/chart-states';
import { everyVersion } from './support/abu-dhabi';


/** The abstract state the search distinguishes: the state value and the context flags guards read. */
function searchKey(snapshot: AnyMachineSnapshot): string {
  const c = snapshot.context as Record<string, unknown>;
  return JSON.stringify([snapshot.value, c.frameworkAgreed, c.pressedRussia, c.pressedUkraine, c.usMonitoring, c.peacekeepersAccepted]);
}

interface Found {
  /** The first (shortest) path that reached each state or outcome. */
  pathTo: Map<string, PathStep[]>;
  depthReached: number;
}

/**
 * Breadth-first search from the start over every available move and every possible outcome, until
 * every target has been reached or `maxDepth` moves have been tried.
 */
function breadthFirst(scenario: Scenario, targets: ReadonlySet<string>, maxDepth: number): Found {
  const pathTo = new Map<string, PathStep[]>();
  const start = initialSnapshot(scenario, paramsOrDefaults(scenario.data, {}));
  const seen = new Set([searchKey(start)]);
  let frontier: Array<{ snapshot: AnyMachineSnapshot; path: PathStep[] }> = [{ snapshot: start, path: [] }];
  const note = (snapshot: AnyMachineSnapshot, path: PathStep[]) => {
    for (const state of statesOf(snapshot)) if (!pathTo.has(state)) pathTo.set(state, path);
  };
  note(start, []);
  let depth = 0;
  while (frontier.length > 0 && depth < maxDepth && [...targets].some((t) => !pathTo.has(t))) {
    depth += 1;
    const nextFrontier: typeof frontier = [];
    for (const { snapshot, path } of frontier) {
      for (const move of availableMoves(scenario, snapshot)) {
        for (const outcome of move.outcomes?.map((o) => o.id) ?? [undefined]) {
          const step: PathStep = outcome === undefined ? { move: move.id } : { move: move.id, outcome };
          const applied = applyStep(scenario, snapshot, step);
          if (!applied.ok) throw new Error(coreEn.simError(applied.error));
          const key = searchKey(applied.value.snapshot);
          if (seen.has(key)) continue;
          seen.add(key);
          note(applied.value.snapshot, [...path, step]);
          // A deal signed is an outcome whose story goes on: its states are searched too.
          if (applied.value.snapshot.status === 'active') nextFrontier.push({ snapshot: applied.value.snapshot, path: [...path, step] });
        }
      }
    }
    frontier = nextFrontier;
  }
  return { pathTo, depthReached: depth };
}

// Model 2's regions multiply into too many state values to search breadth-first in a test's time:
// its states are found by walks instead, as every scenario's are (engine-laws.test.ts).
describe.each(everyVersion.filter(([version]) => version === 1))('model %i: reachability by breadth-first search', (_, scenario) => {
  const allStates = statePaths(scenario.machine.root);
  const paramsWith = () => paramsOrDefaults(scenario.data, {});
  let found: Found;
  beforeAll(() => {
    found = breadthFirst(scenario, new Set(allStates), 8);
  });

  it('the statechart has the regions and outcomes the model promises', () => {
    for (const state of ['negotiating.talks', 'negotiating.truce', 'negotiating.strikes', 'negotiating.territory', ...OUTCOMES]) {
      expect(allStates).toContain(state);
    }
  });

  it.each([...OUTCOMES])('%s is reached by some path, and replaying that path ends in it', (outcome: Outcome) => {
    const path = found.pathTo.get(outcome);
    expect(path, `no path to ${outcome} within ${found.depthReached} moves`).toBeDefined();
    const replayed = replay(scenario, path!, paramsWith());
    expect(replayed.error).toBeUndefined();
    expect(replayed.records.at(-1)!.outcome, formatPath(path!)).toBe(outcome);
    expect(replayed.records.slice(0, -1).every((r) => r.outcome === null)).toBe(true);
  });

  it('every state of the statechart is reached by some path', () => {
    const missing = allStates.filter((state) => !found.pathTo.has(state));
    expect(missing).toEqual([]);
    for (const state of allStates) {
      const replayed = replay(scenario, found.pathTo.get(state)!, paramsWith());
      expect(replayed.error).toBeUndefined();
      expect(statesOf(replayed.snapshot), state).toContain(state);
    }
  });
});

describe.each(everyVersion)('model %i: reachability under the model’s own odds', (_, scenario) => {
  const paramsWith = () => paramsOrDefaults(scenario.data, {});
  it('bounded random walks with fixed seeds, drawing outcomes by their odds, end in each outcome', () => {
    const ended = new Map<Outcome, string>();
    for (let seed = 1; seed <= 400 && ended.size < OUTCOMES.length; seed += 1) {
      const rng = createRng(seed);
      let snapshot = initialSnapshot(scenario, paramsWith());
      const path: PathStep[] = [];
      for (let step = 0; step < 80; step += 1) {
        const moves = availableMoves(scenario, snapshot);
        if (moves.length === 0) break;
        const move = moves[Math.floor(rng.next() * moves.length)]!;
        const outcome = move.outcomes ? drawOutcome(move.outcomes, rng) : undefined;
        const taken: PathStep = outcome === undefined ? { move: move.id } : { move: move.id, outcome };
        const applied = applyStep(scenario, snapshot, taken);
        if (!applied.ok) throw new Error(coreEn.simError(applied.error));
        snapshot = applied.value.snapshot;
        path.push(taken);
      }
      const outcome = outcomeOf(scenario, snapshot);
      if (outcome && !ended.has(outcome)) ended.set(outcome, formatPath(path));
    }
    expect([...ended.keys()].sort()).toEqual([...OUTCOMES].sort());
  });
});
