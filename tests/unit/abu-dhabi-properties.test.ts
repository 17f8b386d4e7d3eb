/**
 * A law of the Abu Dhabi model on every legal path (the engine's own laws, for every scenario, are in
 * engine-laws.test.ts): random paths are built from choice indices with random parameter overrides.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyVersion, regionsOf } from './support/abu-dhabi';
import { overWalks } from './support/legal-paths';

/** The campaign level each state of the strikes on Ukraine stands for (holding off keeps the level it returns to). */
const STRIKE_LEVEL_OF: Record<string, number> = { paused: 0, active: 1, holdingOff: 1, intensified: 2 };


describe.each(everyVersion)('any random legal path of model %i', (_, scenario) => {
  it('keeps the strike region of the state value in step with the campaign level in context', () => {
    fc.assert(
      overWalks(scenario, ({ snapshots }) => {
        for (const snapshot of snapshots) {
          const regions = regionsOf(snapshot.value);
          if (!regions) continue;
          expect(snapshot.context.strikeLevel).toBe(STRIKE_LEVEL_OF[regions.strikes.onUkraine]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
