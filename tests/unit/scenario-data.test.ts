/**
 * Scenario data is compiled in and not checked when a browser loads it, so every registered
 * scenario's data is checked here against the schema.
 */
import { describe, expect, it } from 'vitest';
import { scenarios } from '@/machines/registry';
import { checkScenarioData } from '@/machines/scenario-schema';

describe.each(scenarios.map((s) => [s.data.id, s] as const))('scenario %s', (_id, scenario) => {
  it('has data that passes the scenario schema unchanged', () => {
    expect(checkScenarioData(scenario.data)).toEqual(scenario.data);
  });
});

describe('the scenario schema', () => {
  const data = scenarios[0]!.data;

  it('names a parameter default outside its range', () => {
    const broken = structuredClone(data);
    broken.parameters[0]!.default = broken.parameters[0]!.max + 1;
    expect(() => checkScenarioData(broken)).toThrow(/parameters\.0: default must lie within/);
  });

  it('names a duplicated move id and a missing history preset', () => {
    const broken = structuredClone(data);
    broken.moves.push(structuredClone(broken.moves[0]!));
    broken.presets = broken.presets.filter((p) => p.id !== 'history');
    expect(() => checkScenarioData(broken)).toThrow(/duplicate moves id .*; .*a scenario needs a "history" preset/);
  });
});
