/** Registered scenarios for the tests, loaded the way the app loads them (on demand, by id). */
import { loadScenario, loadScenarios } from '@/machines/registry';
import type { Scenario } from '@/machines/scenario';

/** The scenario with this id; throws when none is registered. */
export async function requireScenario(id: string): Promise<Scenario> {
  const scenario = await loadScenario(id);
  if (!scenario) throw new Error(`scenario ${id} is not registered`);
  return scenario;
}

/** Every registered scenario, as `[id, scenario]` rows for `describe.each`. */
export const registeredScenarios = async (): Promise<Array<readonly [string, Scenario]>> => (await loadScenarios()).map((s) => [s.data.id, s] as const);
