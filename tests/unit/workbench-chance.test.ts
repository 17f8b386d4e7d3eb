import { coreEn } from '@/lib/i18n/core-messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireScenario } from '@/tests/support/scenarios';
import { applyStep, availableMoves, initialSnapshot } from '@/lib/sim/engine';
import { resolveParams } from '@/lib/sim/params';
import { drawStep } from '@/lib/workbench/chance';

const scenario = await requireScenario('abu-dhabi-2026');
const params = resolveParams(scenario.data, {});
if (!params.ok) throw new Error(coreEn.simError(params.error));
const convened = applyStep(scenario, initialSnapshot(scenario, params.value), { move: 'talks.convene' });
if (!convened.ok) throw new Error(coreEn.simError(convened.error));
const roundOutcomes = availableMoves(scenario, convened.value.snapshot).find((m) => m.id === 'talks.round')!.outcomes!.map((o) => o.id);

describe('letting chance decide', () => {
  it('records a possible outcome in the step it returns', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.integer({ min: 1, max: 500 }), (seed, stepNumber) => {
        const drawn = drawStep(scenario, convened.value.snapshot, 'talks.round', seed, stepNumber);
        expect(drawn.ok && roundOutcomes.includes(drawn.value.outcome!)).toBe(true);
      }),
    );
  });

  it('the same seed at the same step always draws the same outcome', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.integer({ min: 1, max: 500 }), (seed, stepNumber) => {
        const first = drawStep(scenario, convened.value.snapshot, 'talks.round', seed, stepNumber);
        const second = drawStep(scenario, convened.value.snapshot, 'talks.round', seed, stepNumber);
        expect(second).toEqual(first);
      }),
    );
  });

  it('different seeds reach different outcomes', () => {
    const drawn = new Set(
      Array.from({ length: 200 }, (_, seed) => {
        const step = drawStep(scenario, convened.value.snapshot, 'talks.round', seed, 3);
        return step.ok ? step.value.outcome : null;
      }),
    );
    expect(drawn.size).toBeGreaterThan(1);
  });

  it('a move that is not available is refused, not drawn', () => {
    const drawn = drawStep(scenario, initialSnapshot(scenario, params.value), 'talks.round', 1, 1);
    expect(drawn.ok).toBe(false);
  });
});
