/**
 * The engine steps the statechart through one reused inert scope (lib/sim/machine-step.ts) rather
 * than XState's `transition()`, which builds a fresh actor per call. Differential test: on random
 * legal paths under random parameters, both give the same state, context, status and output at
 * every step.
 */
import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { replay } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { nextSnapshot, startSnapshot } from '@/lib/sim/machine-step';
import { lawScenarios } from '@/tests/support/scenarios';
import { choiceList, legalPath, paramOverrides } from './support/legal-paths';

const observable = (snapshot: AnyMachineSnapshot) => ({
  value: snapshot.value,
  context: snapshot.context,
  status: snapshot.status,
  output: snapshot.output,
});

describe.each(await lawScenarios())('%s: stepping without a fresh actor per step', (_id, scenario) => {
  it('gives what XState’s transition() gives at every step of random legal paths', () => {
    fc.assert(
      fc.property(paramOverrides(scenario), choiceList(80), (overrides, choices) => {
        const resolved = resolveParams(scenario.data, overrides);
        if (!resolved.ok) throw new Error(coreEn.simError(resolved.error));
        const input = scenario.input(resolved.value);
        const path = legalPath(scenario, overrides, choices);
        let reference = initialTransition(scenario.machine, input)[0];
        let fast = startSnapshot(scenario.machine, input);
        expect(observable(fast)).toEqual(observable(reference));
        for (const step of path) {
          const event = step.outcome === undefined ? { type: step.move } : { type: step.move, outcome: step.outcome };
          reference = transition(scenario.machine, reference, event)[0];
          fast = nextSnapshot(scenario.machine, fast, event);
          expect(observable(fast)).toEqual(observable(reference));
        }
        // And what a caller sees: the engine's replay ends on the same state.
        expect(observable(replay(scenario, path, resolved.value).snapshot)).toEqual(observable(reference));
      }),
      { numRuns: 200 },
    );
  });
});
