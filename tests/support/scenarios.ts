/** Registered scenarios for the tests, loaded the way the app loads them (on demand, by id). */
import { loadScenario, loadScenarios } from '@/machines/registry';
import type { Scenario } from '@/machines/scenario';
import { scenario as harbourTalks } from '@/tests/fixtures/scenarios/harbour-talks';

/** The scenario with this id; throws when none is registered. */
export async function requireScenario(id: string): Promise<Scenario> {
  const scenario = await loadScenario(id);
  if (!scenario) throw new Error(`scenario ${id} is not registered`);
  return scenario;
}

/** Every registered scenario, as `[id, scenario]` rows for `describe.each`. */
export const registeredScenarios = async (): Promise<Array<readonly [string, Scenario]>> => (await loadScenarios()).map((s) => [s.data.id, s] as const);

/**
 * The scenarios the engine's laws are checked on: every registered one, and the harbour-talks fixture
 * (tests/fixtures/scenarios/), whose parties, states and wording are its own.
 */
export const lawScenarios = async (): Promise<Array<readonly [string, Scenario]>> => [...(await registeredScenarios()), [harbourTalks.data.id, harbourTalks] as const];
