/**
 * Scenario data is compiled in and not checked when a browser loads it, so every registered
 * scenario's data is checked here against the schema.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioData } from '@/machines/scenario';
import { registeredScenarios } from '@/tests/support/scenarios';

const scenarios = await registeredScenarios();
/** A copy of scenario data to break: the data is read-only, a copy need not be. */
const breakable = (data: ScenarioData) => structuredClone(data) as { -readonly [K in keyof ScenarioData]: ScenarioData[K] extends readonly (infer T)[] ? T[] : ScenarioData[K] };
import { checkScenarioData } from '@/machines/scenario-schema';

describe.each(scenarios)('scenario %s', (_id, scenario) => {
  it('has data that passes the scenario schema unchanged', () => {
    expect(checkScenarioData(scenario.data)).toEqual(scenario.data);
  });
});

describe('the scenario schema', () => {
  const data = scenarios[0]![1].data;

  it('names a parameter default outside its range', () => {
    const broken = breakable(data);
    broken.parameters[0]!.default = broken.parameters[0]!.max + 1;
    expect(() => checkScenarioData(broken)).toThrow(/parameters\.0: default must lie within/);
  });

  it('names a duplicated move id and a missing history preset', () => {
    const broken = breakable(data);
    broken.moves.push(structuredClone(broken.moves[0]!));
    broken.presets = broken.presets.filter((p) => p.id !== 'history');
    expect(() => checkScenarioData(broken)).toThrow(/duplicate moves id .*; .*a scenario needs a "history" preset/);
  });
});
