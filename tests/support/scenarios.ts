/** Registered scenarios for the tests, loaded the way the app loads them (on demand, by id). */
import { loadEveryModelVersion, loadScenario, loadScenarios } from '@/machines/registry';
import type { Scenario } from '@/machines/scenario';
import { scenario as harbourTalks } from '@/tests/fixtures/scenarios/harbour-talks';

/** The scenario with this id, in this model version or else the current one; throws when none is registered. */
export async function requireScenario(id: string, version?: number): Promise<Scenario> {
  const scenario = await loadScenario(id, version);
  if (!scenario) throw new Error(`scenario ${id}${version === undefined ? '' : ` model ${version}`} is not registered`);
  return scenario;
}

/** Every registered scenario, as `[id, scenario]` rows for `describe.each`. */
export const registeredScenarios = async (): Promise<Array<readonly [string, Scenario]>> => (await loadScenarios()).map((s) => [s.data.id, s] as const);

/**
 * The scenarios the engine's laws are checked on: every model version of every registered one (a
 * released version stays runnable for good, so it stays lawful), and the harbour-talks fixture
 * (tests/fixtures/scenarios/), whose parties, states and wording are its own.
 */
export const lawScenarios = async (): Promise<Array<readonly [string, Scenario]>> => [
  ...(await loadEveryModelVersion()).map((s) => [`${s.data.id} model ${s.data.modelVersion}`, s] as const),
  [harbourTalks.data.id, harbourTalks] as const,
];
