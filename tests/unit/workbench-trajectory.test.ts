import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '@/lib/sim/engine';
import type { PathStep } from '@/lib/sim/path';
import { createTrajectoryCache } from '@/lib/workbench/trajectory';
import { continuePath, defaultParams as params, scenario } from './support/workbench-paths';

describe('incremental trajectories', () => {
  it('give the same records as replaying each path from the start, whatever was asked before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.nat(300), { maxLength: 15 }), fc.nat(15)), { minLength: 1, maxLength: 6 }), (requests) => {
        const cache = createTrajectoryCache(scenario, params);
        let previous: PathStep[] = [];
        for (const [choices, keep] of requests) {
          // Each request shares a prefix with the one before, as a branch or a move would.
          const steps = continuePath(previous.slice(0, keep), choices);
          const trajectory = cache.trajectory(steps);
          expect(trajectory.records).toEqual(replay(scenario, steps, params).records);
          expect(trajectory.snapshots.map((s) => s.value)).toEqual(trajectory.records.map((r) => r.value));
          previous = steps;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a path while another is worked out a step at a time, so returning to it costs nothing', () => {
    const cache = createTrajectoryCache(scenario, params);
    const branch = cache.trajectory(continuePath([], [1, 2, 3, 4, 5]));
    const other = continuePath([], [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
    for (let length = 1; length <= other.length; length += 1) cache.trajectory(other.slice(0, length));
    expect(cache.trajectory(branch.steps)).toBe(branch);
  });

  it('pushes nothing out when asked for the start of a path it keeps', () => {
    const cache = createTrajectoryCache(scenario, params);
    const branch = cache.trajectory(continuePath([], [1, 2, 3, 4, 5]));
    const other = cache.trajectory(continuePath([], [7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]));
    for (let length = 1; length < other.steps.length; length += 1) cache.trajectory(other.steps.slice(0, length));
    expect(cache.trajectory(branch.steps)).toBe(branch);
    expect(cache.trajectory(other.steps)).toBe(other);
  });

  it('stops at a step the model cannot take and says which', () => {
    const cache = createTrajectoryCache(scenario, params);
    const trajectory = cache.trajectory([{ move: 'talks.convene' }, { move: 'agreement.sign' }]);
    expect(trajectory.records).toHaveLength(2);
    expect(trajectory.error).toMatchObject({ code: 'move-unavailable', step: 2 });
  });
});
