/**
 * Scenario data is compiled in and not checked when a browser loads it, so the tests check it
 * against the schema (every scenario's data passes: engine-laws.test.ts); here, that the schema
 * names each kind of mistake an author can make.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioData } from '@/machines/scenario';
import { VERSION_GATES } from '@/app/s/[scenarioId]/_workbench/engine-gates';
import { loadEveryModelVersion, modelHistoryOf, scenarioIds, scenarioVersions } from '@/machines/registry';
import { checkScenarioData } from '@/machines/scenario-schema';
import { registeredScenarios } from '@/tests/support/scenarios';

type Breakable = { -readonly [K in keyof ScenarioData]: ScenarioData[K] extends readonly (infer T)[] ? T[] : ScenarioData[K] };
/** A copy of scenario data to break: the data is read-only, a copy need not be. */
const breakable = (data: ScenarioData) => structuredClone(data) as Breakable;

describe('the scenario schema', async () => {
  const data = (await registeredScenarios())[0]![1].data;

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

  it('names two parties that share a colour', () => {
    const broken = breakable(data);
    const [first, second] = broken.parties;
    broken.parties[1] = { ...second!, colour: first!.colour };
    expect(() => checkScenarioData(broken)).toThrow(`parties ${first!.id} and ${second!.id} share the colour ${first!.colour}`);
  });

  it('names a source nobody listed, a party nobody listed and a headline that is not a metric', () => {
    const broken = breakable(data);
    broken.moves[0] = { ...broken.moves[0]!, sources: ['nowhere'], party: 'nobody' };
    broken.situation = { ...broken.situation, headline: { ...broken.situation.headline, metric: 'noSuchMetric' } };
    expect(() => checkScenarioData(broken)).toThrow(/cites an unknown source nowhere.*belongs to an unknown party nobody.*noSuchMetric is not a metric/);
  });
});

describe('the registry', () => {
  it('hands the workbench a browser engine for every registered model version, and for no other', () => {
    expect(Object.keys(VERSION_GATES).sort()).toEqual([...scenarioVersions].sort());
  });

  it('loads each model version a scenario’s history lists, and each says it is that version', async () => {
    const loaded = (await loadEveryModelVersion()).map((s) => `${s.data.id}@${s.data.modelVersion}`);
    expect(loaded).toEqual([...scenarioVersions]);
    for (const id of scenarioIds) {
      expect(scenarioVersions.filter((key) => key.startsWith(`${id}@`))).toEqual(modelHistoryOf(id).map((r) => `${id}@${r.version}`));
    }
  });
});
